import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../scim/services.js';
import { UNMATCHED_ROUTE } from './metrics.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * Counts every answered request (one cheap onResponse hook on the root instance, so SCIM, GraphQL,
 * health and the dashboard are all counted) and serves the registry at `GET /metrics`, behind
 * `Authorization: Bearer <METRICS_TOKEN>` when that is set.
 */
export function registerMetrics(app: FastifyInstance, services: Services): void {
  const { metrics } = services;
  app.addHook('onResponse', (req, reply, done) => {
    // The tenant is set by the SCIM door only once the URL's slug named a tenant that exists.
    const tenant = req.scimTenant?.slug ?? '';
    metrics.http.observe(
      req.routeOptions.url ?? UNMATCHED_ROUTE,
      req.method,
      reply.statusCode,
      tenant,
      reply.elapsedTime,
    );
    const err = req.scimError;
    if (err) metrics.http.scimError(err.scimType, err.status, tenant);
    done();
  });

  const token = services.config.METRICS_TOKEN;
  const expected = token ? sha256(token) : undefined;
  app.get('/metrics', async (req, reply) => {
    if (expected) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      // Compare digests, so the comparison takes the same time whatever the length of what was sent.
      if (!m || !timingSafeEqual(sha256(m[1]), expected)) {
        reply.header('WWW-Authenticate', 'Bearer realm="scimdesk-metrics"');
        return reply.code(401).send({ status: 401, error: 'A valid metrics token is required (METRICS_TOKEN)' });
      }
    }
    const { contentType, body } = await metrics.render();
    return reply.type(contentType).send(body);
  });
}
