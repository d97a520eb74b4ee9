import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Paths that belong to the API, never to the dashboard's client-side router. */
const API_PATH = /^\/(scim|graphql|api|healthz|readyz)(\/|$)/i;

/** A browser navigation to a dashboard route (`/t/acmeusw/users`): not an API path, not a file. */
function isDashboardRoute(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.url.split('?')[0];
  if (API_PATH.test(path) || /\.[a-z0-9]+$/i.test(path)) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the built dashboard at `/` (one port, one process), with `index.html` for every other
 * browser navigation so the client-side router's URLs survive a reload. The files are listed at
 * start (no wildcard route, so SCIM's own 404s stay SCIM errors): restart after a rebuild.
 * When the dashboard is not built, a short page says how to build it.
 */
export async function serveDashboard(app: FastifyInstance, dist = DEFAULT_DIST): Promise<void> {
  if (existsSync(`${dist}/index.html`)) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false });
    app.setNotFoundHandler((req, reply) => {
      if (isDashboardRoute(req)) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'Not Found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    });
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
