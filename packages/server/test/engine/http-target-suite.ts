import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { type EngineBox, engineBox, type LogLine } from './engine-box.js';

/** What the proxy does to a request before (or instead of) forwarding it. */
interface Faults {
  /** The next this many POSTs are answered 429 with Retry-After: 1. */
  posts429: number;
  /** PATCHes to a path containing the key: answered 500 this many more times (Infinity: always). */
  patch500: Map<string, number>;
}

/**
 * A real fastify proxy in front of a real target server: forwards every request, except the
 * faults it is told to inject. `seen` counts what it answered, by "METHOD status".
 */
async function startProxy(target: string, faults: Faults) {
  const seen = new Map<string, number>();
  /** The bodies of the POSTs it forwarded, as sent by the engine. */
  const posted: Record<string, unknown>[] = [];
  const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
  const app: FastifyInstance = Fastify();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.all('/*', async (req, reply) => {
    if (req.method === 'POST' && faults.posts429 > 0) {
      faults.posts429 -= 1;
      count('POST 429');
      return reply
        .code(429)
        .header('retry-after', '1')
        .type('application/scim+json')
        .send({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '429', detail: 'Slow down.' });
    }
    if (req.method === 'PATCH')
      for (const [key, left] of faults.patch500)
        if (req.url.includes(key) && left > 0) {
          faults.patch500.set(key, left - 1);
          count('PATCH 500');
          return reply.code(500).type('text/plain').send('upstream exploded');
        }
    if (req.method === 'POST' && typeof req.body === 'string') posted.push(JSON.parse(req.body));
    if (req.url.endsWith('/Schemas')) count('GET /Schemas');
    const res = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers: {
        authorization: String(req.headers.authorization ?? ''),
        ...(req.headers['content-type'] ? { 'content-type': String(req.headers['content-type']) } : {}),
      },
      body: typeof req.body === 'string' && req.body ? req.body : undefined,
    });
    count(`${req.method} ${res.status}`);
    const text = await res.text();
    reply.code(res.status);
    const type = res.headers.get('content-type');
    if (type) reply.type(type);
    return reply.send(text || undefined);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  return {
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    seen,
    posted,
    close: () => app.close(),
  };
}

/** An app whose target is another scimdesk over HTTP, through a proxy that throttles and fails. */
export function defineHttpTargetSuite(kind: DbKind): void {
  let box: EngineBox;
  let remote: TestServer;
  let rt: TestTenant;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  const faults: Faults = { posts429: 0, patch500: new Map() };
  const APP = 'remote-app';
  // Fast retries for the test: 3 attempts, 50 ms backoff (a Retry-After is still waited as given).
  const ENV = { ENGINE_HTTP_MAX_ATTEMPTS: '3', ENGINE_HTTP_BASE_DELAY_MS: '50', ENGINE_HTTP_MAX_DELAY_MS: '200' };
  const people = ['ann', 'bob', 'cy', 'dan'];
  const importUsers = async (given: Record<string, string>) => {
    const rows = people.map((p) => ({
      objectId: `u-${p}`,
      userPrincipalName: `${p}@acme.example`,
      givenName: given[p] ?? p.toUpperCase(),
      surname: 'Remote',
    }));
    const r = await box.cli(['directory', 'import', 'acme', '--users', box.file('u.json', JSON.stringify(rows))]);
    expect(r.code).toBe(0);
  };
  const appFile = (token: string) =>
    box.file(
      'remote.json',
      JSON.stringify({
        name: APP,
        source: { directory: 'acme' },
        target: { url: `${proxy.url}/scim/v2/remote`, token },
        mappings: 'seed',
        scope: { mode: 'all' },
        schedule: { enabled: false },
      }),
    );
  const remoteUser = async (userName: string) =>
    (await remote.scim(rt, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`)).body
      .Resources[0];
  const cycleLogs = async (cycleId: string) => (await box.logs(APP, '--cycle', cycleId)) as LogLine[];

  beforeAll(async () => {
    remote = await startTestServer('sqlite');
    rt = await remote.addTenant('remote', { rules: 'egnyte' });
    proxy = await startProxy(remote.url, faults);
    box = await engineBox(kind);
    expect((await box.cli(['directory', 'create', 'acme'])).code).toBe(0);
    await importUsers({});
  });
  afterAll(async () => {
    await box?.close();
    await proxy?.close();
    await remote?.close();
  });

  it('applies only when the connection test passes: a wrong token is exit 2 with the explanation, nothing saved', async () => {
    const wrong = await box.cli(['app', 'apply', '--file', appFile('not-the-token')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /remote\.json:1:\d+: error: target\.url: APP_TARGET_FAILED: The target refused the token \(401\): it may be wrong, revoked or expired\./,
    );
    expect(wrong.stderr).toContain('not applied (1 error(s))');
    expect((await box.cli(['app', 'show', APP])).code).toBe(2);
    const ok = await box.cli(['app', 'apply', '--file', appFile(rt.token)]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`app ${APP} created: target ${proxy.url}/scim/v2/remote`);
    const show = JSON.parse((await box.cli(['app', 'show', APP, '--json'])).stdout);
    expect(show.app.target).toEqual({ url: `${proxy.url}/scim/v2/remote`, token: 'stored (encrypted)' });
  });

  it('429 with Retry-After: the creates wait and succeed; the retries are in the log', async () => {
    faults.posts429 = 3;
    const c = await box.cycle(['cycle', 'run', APP], ENV);
    expect(c).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { created: 4, failed: 0 } });
    expect(proxy.seen.get('POST 429')).toBe(3);
    expect(proxy.seen.get('POST 201')).toBe(4);
    const logs = await cycleLogs(c.cycleId);
    const creates = logs.filter((l) => l.action === 'Create');
    expect(creates).toHaveLength(4);
    expect(creates.every((l) => l.status === 'Success' && l.responseStatus === 201)).toBe(true);
    expect(creates.reduce((n, l) => n + l.retryCount, 0)).toBe(3);
    for (const p of people) expect(await remoteUser(p)).toMatchObject({ externalId: `u-${p}`, active: true });
    // Typed as the target's /Schemas declare them (read once per cycle): booleans as booleans, not "True".
    expect(proxy.seen.get('GET /Schemas')).toBe(1);
    const ann = proxy.posted.find((b) => b.externalId === 'u-ann') as Record<string, Record<string, unknown>>;
    expect(ann.active).toBe(true);
    expect(ann['urn:scim:schemas:extension:custom:egnyte:1.0:User']).toMatchObject({
      sendInvite: false,
      emailChangeImmediate: true,
    });
  });

  it('500s: a PATCH retried succeeds, one failing after its retries is failed and succeeds in the next cycle', async () => {
    const annId = (await remoteUser('ann')).id;
    const bobId = (await remoteUser('bob')).id;
    faults.patch500.set(annId, 1);
    faults.patch500.set(bobId, Number.POSITIVE_INFINITY);
    await importUsers({ ann: 'Anna', bob: 'Bobby', cy: 'Cyril' });
    const c = await box.cycle(['cycle', 'run', APP], ENV);
    expect(c).toMatchObject({
      kind: 'incremental',
      status: 'succeeded',
      counts: { created: 0, updated: 2, failed: 1 },
    });
    const logs = await cycleLogs(c.cycleId);
    const of = (name: string) => logs.filter((l) => l.sourceName === `${name}@acme.example`);
    expect(of('ann')).toEqual([
      expect.objectContaining({ action: 'Update', status: 'Success', retryCount: 1, responseStatus: 204 }),
    ]);
    expect(of('cy')).toEqual([expect.objectContaining({ action: 'Update', status: 'Success', retryCount: 0 })]);
    expect(of('bob')).toEqual([
      expect.objectContaining({ action: 'Other', status: 'Failure', errorCode: 'SCIM_500', retryCount: 2 }),
    ]);
    // ann's PATCH once, bob's on each of its 3 attempts.
    expect(proxy.seen.get('PATCH 500')).toBe(4);
    expect(of('bob')[0].errorMessage).toContain('answered 500: upstream exploded');
    expect((await remoteUser('ann')).name.givenName).toBe('Anna');
    expect((await remoteUser('bob')).name.givenName).toBe('BOB');

    faults.patch500.clear();
    const next = await box.cycle(['cycle', 'run', APP], ENV);
    expect(next).toMatchObject({ kind: 'incremental', status: 'succeeded', counts: { updated: 1, failed: 0 } });
    const retried = (await cycleLogs(next.cycleId)).filter((l) => l.status !== 'Skipped');
    expect(retried).toEqual([
      expect.objectContaining({ sourceName: 'bob@acme.example', action: 'Update', status: 'Success' }),
    ]);
    expect(retried[0].modified).toEqual([{ attribute: 'name.givenName', old: 'BOB', new: 'Bobby' }]);
    expect((await remoteUser('bob')).name.givenName).toBe('Bobby');
  });
}
