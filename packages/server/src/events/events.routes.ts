import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { roleAtLeast } from '../auth/memberships.js';
import { resolvePrincipal } from '../auth/principal.js';
import { ApiError, forbidden, notFound, unauthenticated } from '../graphql/errors.js';
import { ExportOptionsError } from '../provisioning/log.export.js';
import type { Services } from '../scim/services.js';
import { eventExport, eventExportFilename, eventExportOptions } from './events.export.js';

const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

function refuse(reply: FastifyReply, err: unknown) {
  if (err instanceof ApiError) return reply.code(err.status).send({ error: { code: err.code, message: err.message } });
  if (err instanceof ExportOptionsError)
    return reply.code(400).send({ error: { code: 'BAD_USER_INPUT', message: err.message, field: err.field } });
  throw err;
}

/**
 * `GET /api/tenants/:tenant/events/export?format=csv|json&<EventFilter's fields>`: every event of
 * the tenant's provisioning log matching the filter, streamed (no row cap). The caller is the
 * dashboard's session cookie or `Authorization: Bearer sdp_...`, viewers of the tenant and up (the
 * GraphQL `events` query's rule); a tenant the caller has no part in is 404, like one that does not exist.
 */
export async function eventExportRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(fastifyCookie);
    scoped.get<{ Params: { tenant: string }; Querystring: Record<string, unknown> }>(
      '/api/tenants/:tenant/events/export',
      async (req, reply) => {
        const em = services.db.orm.em.fork();
        let options: ReturnType<typeof eventExportOptions>;
        let tenantId: string;
        try {
          const principal = await resolvePrincipal(services, em, req);
          if (!principal) throw unauthenticated();
          const membership = principal.memberships.find((m) => m.tenant.slug === req.params.tenant);
          if (!membership) throw notFound(`Tenant "${req.params.tenant}"`);
          if (!roleAtLeast(membership.role, 'viewer'))
            throw forbidden(
              `Your role in ${membership.tenant.slug} is ${membership.role}; this needs viewer or higher`,
            );
          options = eventExportOptions(req.query);
          tenantId = membership.tenant.id;
        } catch (err) {
          return refuse(reply, err);
        }
        // queued read events are written first, so the export has what the log page shows
        await services.events.flush();
        const name = eventExportFilename(req.params.tenant, options.format);
        return reply
          .type(CONTENT_TYPE[options.format])
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(eventExport(services.sql, tenantId, options.filter, options.format));
      },
    );
  });
}
