import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the built dashboard at `/` (one port, one process); a short page says how to build it when it is missing. */
export async function serveDashboard(app: FastifyInstance, dist = DEFAULT_DIST): Promise<void> {
  if (existsSync(`${dist}/index.html`)) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false });
    return;
  }
  app.get('/', async (_req, reply) =>
    reply
      .type('text/html')
      .send(
        '<!doctype html><title>scimdesk</title><h1>scimdesk</h1>' +
          '<p>The dashboard is not built: run <code>pnpm --filter @scimdesk/web build</code>. SCIM answers at /scim/v2/&lt;tenant&gt;.</p>',
      ),
  );
}
