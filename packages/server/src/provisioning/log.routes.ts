import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { appAccess } from '../apps/app.access.js';
import { resolvePrincipal } from '../auth/principal.js';
import { ApiError } from '../graphql/errors.js';
import type { Services } from '../scim/services.js';
import { ExportOptionsError, exportFilename, exportOptions, logExport } from './log.export.js';

const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

function refuse(reply: FastifyReply, err: unknown) {
  if (err instanceof ApiError) return reply.code(err.status).send({ error: { code: err.code, message: err.message } });
  if (err instanceof ExportOptionsError)
    return reply.code(400).send({ error: { code: 'BAD_USER_INPUT', message: err.message, field: err.field } });
  throw err;
}

/**
 * `GET /api/apps/:app/provisioning-logs/export?format=csv|json&cycle=&type=&action=&status=&identity=&from=&to=`:
 * every entry matching the filter, streamed (no row cap). The caller is the dashboard's session
 * cookie or `Authorization: Bearer sdp_...`; the access rule is the GraphQL API's (apps/app.access.ts):
 * an app the caller may not see is 404, like one that does not exist.
 */
export async function provisioningLogRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(fastifyCookie);
    registerExport(scoped, services);
  });
}

function registerExport(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { app: string }; Querystring: Record<string, unknown> }>(
    '/api/apps/:app/provisioning-logs/export',
    async (req, reply) => {
      const em = services.db.orm.em.fork();
      let target: Awaited<ReturnType<typeof appAccess>>;
      let options: ReturnType<typeof exportOptions>;
      try {
        options = exportOptions(req.query);
        target = await appAccess(
          { em, principal: () => resolvePrincipal(services, em, req) },
          req.params.app,
          'viewer',
        );
      } catch (err) {
        return refuse(reply, err);
      }
      const name = exportFilename(target.name, options.format);
      return reply
        .type(CONTENT_TYPE[options.format])
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(logExport(services.sql, target.id, options.filter, options.format));
    },
  );
}
