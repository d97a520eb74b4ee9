import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../scim/services.js';
import { MAX_PAGE } from './connection.js';
import { buildContext, type GqlContext } from './context.js';
import { csrfPlugin } from './csrf.js';
import { errorFormatter } from './errors.js';
import { introspectionAuthPlugin } from './introspection.js';
import { queryLimitsRule } from './limits.js';
import { responseSizePlugin } from './response-size.js';
import { adminSchema } from './schema.js';

/** The GraphQL admin API at `/graphql` on the same fastify server and port as SCIM (SPEC G1). */
export async function graphqlApi(app: FastifyInstance, services: Services): Promise<void> {
  const apollo = new ApolloServer<GqlContext>({
    schema: await adminSchema(),
    // Signed-in callers only (introspection.ts), within the limits below.
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter(app.log),
    validationRules: [
      queryLimitsRule({
        maxDepth: services.config.GRAPHQL_MAX_DEPTH,
        maxCost: services.config.GRAPHQL_MAX_COST,
        maxAliases: services.config.GRAPHQL_MAX_ALIASES,
        variablePage: MAX_PAGE,
      }),
    ],
    // fastify's close() drains connections (serve.ts); Apollo must not take over SIGTERM or close fastify itself.
    stopOnTerminationSignals: false,
    plugins: [csrfPlugin, introspectionAuthPlugin, responseSizePlugin(services.config.GRAPHQL_MAX_RESPONSE_BYTES)],
  });
  await apollo.start();
  await app.register(async (scoped) => {
    await scoped.register(fastifyCookie);
    await scoped.register(fastifyApollo(apollo), {
      path: '/graphql',
      context: async (req, reply) => {
        const ctx = buildContext(services, req, reply);
        await services.limits.graphql.enforce(ctx);
        return ctx;
      },
    });
  });
  app.addHook('onClose', async () => apollo.stop());
}
