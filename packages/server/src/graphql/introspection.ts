import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, Kind, visit } from 'graphql';
import type { GqlContext } from './context.js';
import { ApiError } from './errors.js';

/** Whether the document asks for the schema (`__schema` or `__type`); `__typename` is an ordinary field. */
export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * No introspection without signing in. The dashboard is typed at build time from the checked-in
 * `schema.graphql` and needs none at run time; an anonymous caller has no use for the schema but
 * to map the API or to make the server build the largest answer it can. Signed-in sessions and
 * API tokens may introspect (tools such as GraphiQL or codegen), within the cost, alias and
 * response-size limits, which count introspection like any field.
 */
export const introspectionAuthPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!introspects(document)) return;
        const p = await contextValue.principal().catch(() => null);
        if (!p)
          throw new ApiError('UNAUTHENTICATED', 'Sign in, or send an API token, to introspect the schema', {
            http: { status: 401 },
          });
      },
    };
  },
};
