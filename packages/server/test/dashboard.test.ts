import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { type Runtime, startRuntime } from '../src/runtime.js';

/** The built dashboard at `/`, with index.html for client-side routes; API paths keep their own 404s. */
describe('dashboard hosting', () => {
  let dir: string;
  let rt: Runtime;
  let app: FastifyInstance;
  let origin: string;
  const html = { accept: 'text/html,application/xhtml+xml' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scimdesk-web-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><div id="app">dashboard</div>');
    writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'test.db')}`,
      WEB_DIST: join(dir, 'dist'),
      LOG_LEVEL: 'silent',
    });
    rt = await startRuntime(config, pino({ level: 'silent' }));
    app = await buildApp(rt.services, rt.log);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await rt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for a reloaded client-side route', async () => {
    for (const path of ['/', '/t/acmeusw/users', '/t/acmeusw/users/123?tab=raw']) {
      const res = await fetch(`${origin}${path}`, { headers: html });
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('dashboard');
    }
  });

  it('serves assets, and 404s for missing files and non-browser requests', async () => {
    expect((await fetch(`${origin}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${origin}/assets/gone.js`, { headers: html })).status).toBe(404);
    const api = await fetch(`${origin}/t/acmeusw/users`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'Not Found' });
  });

  it('leaves SCIM and GraphQL paths alone', async () => {
    const scim = await fetch(`${origin}/scim/v2/nobody/Users`, { headers: html });
    expect(scim.status).toBe(404);
    expect(await scim.json()).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '404',
    });
    expect((await fetch(`${origin}/graphqlx`, { headers: html })).status).toBe(200);
    expect((await fetch(`${origin}/graphql/x`, { headers: html })).status).toBe(404);
  });
});
