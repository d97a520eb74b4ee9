import { Client, type Exchange, getOperationName, makeResult, type Operation } from '@urql/core';
import { type DocumentNode, GraphQLError } from 'graphql';
import { filter, map, pipe } from 'wonka';

/** What a fake server answers for one operation: its data, or a GraphQL error with a code. */
export type Answer = { data: Record<string, unknown> } | { error: string; code?: string };

export const operationName = (op: Operation) => getOperationName(op.query as DocumentNode) ?? '';

/** A real urql client whose only exchange answers from `answer` (no network): stores and components run unchanged. */
export function fakeClient(answer: (name: string, variables: Record<string, unknown>) => Answer) {
  const seen: { name: string; variables: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => {
        const name = operationName(op);
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        seen.push({ name, variables });
        const a = answer(name, variables);
        if ('error' in a)
          return makeResult(op, {
            errors: [new GraphQLError(a.error, { extensions: { code: a.code ?? 'BAD_USER_INPUT' } })],
          });
        return makeResult(op, { data: a.data });
      }),
    );
  return { client: new Client({ url: '/graphql', exchanges: [exchange] }), seen };
}
