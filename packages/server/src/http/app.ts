import { assertJsonShape, ScimError } from '@scimdesk/scim';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { graphqlApi } from '../graphql/plugin.js';
import { registerMetrics } from '../metrics/metrics.routes.js';
import { provisioningLogRoutes } from '../provisioning/log.routes.js';
import { scimRoutes } from '../scim/routes.js';
import type { Services } from '../scim/services.js';
import { serveDashboard } from './dashboard.js';
import { scimErrorHandler } from './errors.js';

export interface AppState {
  /** False while shutting down, so /readyz tells load balancers to stop sending traffic. */
  ready: boolean;
}

/** The fastify app: SCIM under /scim/v2/:tenant, the GraphQL admin API at /graphql, health endpoints, the dashboard at /. */
export async function buildApp(
  services: Services,
  logger: Logger,
  state: AppState = { ready: true },
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: services.config.SCIM_BULK_MAX_PAYLOAD_BYTES,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false },
    trustProxy: services.origin.trust ?? false,
  });
  // An empty body is no body (Entra sends DELETE with a JSON content type and nothing after it);
  // the handlers that need a body say so themselves.
  // A body nested deeper than MAX_JSON_DEPTH (64), or with a member name holding NUL, is 400 here,
  // once, before any handler recurses on it (one walk without recursion).
  const json = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/scim+json'], { parseAs: 'string' }, (req, body, done) =>
    body === ''
      ? done(null, undefined)
      : json(req, body as string, (err, value) => {
          if (err) return done(err, undefined);
          try {
            assertJsonShape(value);
          } catch (e) {
            return done(e as Error, undefined);
          }
          done(null, value);
        }),
  );

  registerMetrics(app, services);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    if (!state.ready) return reply.code(503).send({ status: 'shutting down' });
    await services.db.orm.em.getConnection().execute('select 1');
    return { status: 'ready' };
  });
  await serveDashboard(app, services.config.WEB_DIST);
  await graphqlApi(app, services);
  await provisioningLogRoutes(app, services);
  await (await import('../directory/import/import.routes.js')).directoryImportRoutes(app, services);
  await (await import('../events/events.routes.js')).eventExportRoutes(app, services);

  await app.register(
    async (scoped) => {
      scoped.setErrorHandler(scimErrorHandler);
      scoped.setNotFoundHandler((req, reply) =>
        scimErrorHandler(new ScimError(404, undefined, `No SCIM endpoint at ${req.method} ${req.url}`), req, reply),
      );
      await scimRoutes(scoped, services);
    },
    { prefix: '/scim/v2/:tenant' },
  );
  return app;
}
