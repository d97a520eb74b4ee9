import { createServer } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpScimTarget } from './http-target.js';
import type { HttpPolicy } from './policy.js';
import { TargetError } from './target.js';

/**
 * The HTTP target against a real fastify server that misbehaves on purpose: each scenario lives under
 * its own base path (`/<scenario>/Users`), and the server records when every request arrived.
 */
interface Hit {
  at: number;
  method: string;
  url: string;
  auth?: string;
  contentType?: string;
  body?: unknown;
}

let server: FastifyInstance;
let origin: string;
const hits = new Map<string, Hit[]>();
const counters = new Map<string, number>();
/** The burst scenario: requests in flight now and at most, and how many next requests answer 429. */
const burst = { inFlight: 0, maxInFlight: 0, throttleNext: 0 };

const nth = (key: string) => {
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return n;
};
const hitsOf = (scenario: string) => hits.get(scenario) ?? [];
const scimError = (reply: FastifyReply, status: number, detail: string, scimType?: string) =>
  reply
    .code(status)
    .type('application/scim+json')
    .send({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), detail, scimType });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FAST: Partial<HttpPolicy> = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 2000 };
const targets: HttpScimTarget[] = [];
function target(scenario: string, policy: Partial<HttpPolicy> = FAST, base = origin) {
  const t = new HttpScimTarget({ baseUrl: `${base}/${scenario}/`, token: 'secret-token', policy });
  targets.push(t);
  return t;
}

async function caught(p: Promise<unknown>): Promise<TargetError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TargetError) return e;
    throw e;
  }
  throw new Error('expected a TargetError');
}

beforeAll(async () => {
  server = Fastify({ forceCloseConnections: true });
  server.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (_req, body, done) =>
    done(null, JSON.parse(body as string)),
  );
  server.addHook('onRequest', async (req) => {
    const scenario = req.url.split('/')[1];
    const list = hits.get(scenario) ?? [];
    list.push({
      at: performance.now(),
      method: req.method,
      url: req.url,
      auth: req.headers.authorization,
      contentType: req.headers['content-type'],
    });
    hits.set(scenario, list);
  });
  server.addHook('preHandler', async (req) => {
    const list = hits.get(req.url.split('/')[1]);
    if (list) list[list.length - 1].body = req.body;
  });
  // 429 with Retry-After: 1 twice, then 201.
  server.post('/throttle/Users', async (req, reply) => {
    if (nth('throttle') <= 2) return reply.code(429).header('retry-after', '1').send();
    return reply
      .code(201)
      .type('application/scim+json')
      .send({ id: 'u1', ...(req.body as object) });
  });
  // 500 twice, then 200.
  server.get('/flaky/Users/:id', async (req, reply) => {
    if (nth('flaky') <= 2) return scimError(reply, 500, 'try again');
    return reply.type('application/scim+json').send({ id: (req.params as { id: string }).id, userName: 'a' });
  });
  server.get('/down/Users/:id', async (_req, reply) => scimError(reply, 500, 'the database is down'));
  server.post('/down/Users', async (_req, reply) => scimError(reply, 500, 'the database is down'));
  server.get('/auth/Users/:id', async (_req, reply) => scimError(reply, 401, 'bad token'));
  server.post('/auth/Users', async (_req, reply) => scimError(reply, 409, 'userName taken', 'uniqueness'));
  server.get('/slow/Users/:id', async (_req, reply) => {
    await sleep(1500);
    return reply.send({ id: 'late' });
  });
  server.get('/slow/Users', async (_req, reply) => {
    await sleep(1500);
    return reply.send({ totalResults: 0 });
  });
  server.get('/hangup/Users/:id', async (req) => {
    req.raw.socket.destroy();
  });
  server.post('/hangup/Users', async (req) => {
    req.raw.socket.destroy();
  });
  server.get('/burst/Users/:id', async (req, reply) => {
    burst.inFlight++;
    burst.maxInFlight = Math.max(burst.maxInFlight, burst.inFlight);
    await sleep(20);
    burst.inFlight--;
    if (burst.throttleNext > 0) {
      burst.throttleNext--;
      return reply.code(429).header('retry-after', '1').send();
    }
    return reply.send({ id: (req.params as { id: string }).id });
  });
  // Connection tests: an HTML page; a target that ignores filters.
  server.get('/html/Users', async (_req, reply) => reply.type('text/html').send('<html>sign in</html>'));
  server.get('/nofilter/Users', async (_req, reply) =>
    reply.send({ totalResults: 1, Resources: [{ id: 'x', userName: 'someone' }] }),
  );
  server.get('/empty/Users', async (_req, reply) =>
    reply.send({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0 }),
  );
  await server.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.server.address();
  origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  await server.close();
});

describe('retries', () => {
  it('waits the Retry-After of each 429, then the POST succeeds', async () => {
    const t = target('throttle', { ...FAST, maxAttempts: 4, maxRetryAfterMs: 5000 });
    const started = performance.now();
    const res = await t.create('user', { userName: 'a' });
    const took = performance.now() - started;
    expect(res.value).toMatchObject({ id: 'u1', userName: 'a' });
    expect(res.call).toMatchObject({ method: 'POST', path: '/Users', status: 201, retries: 2 });
    const at = hitsOf('throttle').map((h) => h.at);
    expect(at).toHaveLength(3);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(990);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(990);
    expect(took).toBeGreaterThanOrEqual(1990);
    expect(res.call.durationMs).toBeGreaterThanOrEqual(1990);
    const h = hitsOf('throttle')[2];
    expect(h.auth).toBe('Bearer secret-token');
    expect(h.contentType).toBe('application/scim+json');
    expect(h.body).toEqual({ userName: 'a' });
  });

  it('caps a Retry-After by maxRetryAfterMs', async () => {
    counters.delete('throttle');
    const t = target('throttle', { ...FAST, maxAttempts: 4, maxRetryAfterMs: 100 });
    const started = performance.now();
    const res = await t.create('user', { userName: 'b' });
    expect(res.call.retries).toBe(2);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('retries a GET on 500 and succeeds on the third attempt', async () => {
    const res = await target('flaky').get('user', 'u7');
    expect(res.value).toEqual({ id: 'u7', userName: 'a' });
    expect(res.call).toMatchObject({ method: 'GET', path: '/Users/u7', status: 200, retries: 2 });
    expect(hitsOf('flaky')).toHaveLength(3);
  });

  it('gives up after maxAttempts with SCIM_500 and the detail', async () => {
    const e = await caught(target('down').get('user', 'u1'));
    expect(e.code).toBe('SCIM_500');
    expect(e.status).toBe(500);
    expect(e.message).toBe('the database is down');
    expect(e.call).toMatchObject({ method: 'GET', path: '/Users/u1', status: 500, retries: 2 });
    expect(hitsOf('down')).toHaveLength(3);
  });

  it('does not retry a POST after a 500 (it may have been created)', async () => {
    hits.delete('down');
    const e = await caught(target('down').create('user', { userName: 'x' }));
    expect(e.code).toBe('SCIM_500');
    expect(e.call.retries).toBe(0);
    expect(e.call.body).toEqual({ userName: 'x' });
    expect(hitsOf('down')).toHaveLength(1);
  });

  it('does not retry a 401; keeps scimType of a 409', async () => {
    const t = target('auth');
    const e = await caught(t.get('user', 'u1'));
    expect([e.code, e.message, e.call.retries]).toEqual(['SCIM_401', 'bad token', 0]);
    const c = await caught(t.create('user', { userName: 'dup' }));
    expect([c.code, c.scimType, c.message, c.call.retries]).toEqual(['SCIM_409', 'uniqueness', 'userName taken', 0]);
    expect(hitsOf('auth')).toHaveLength(2);
  });

  it('times out each attempt, retries, and ends with TIMEOUT', async () => {
    const t = target('slow', { ...FAST, timeoutMs: 200, maxAttempts: 2 });
    const started = performance.now();
    const e = await caught(t.get('user', 'u1'));
    expect(e.code).toBe('TIMEOUT');
    expect(e.message).toBe(`127.0.0.1:${new URL(origin).port} did not answer GET /Users/u1 within 0.2 s`);
    expect(e.call).toMatchObject({ status: 0, retries: 1 });
    expect(hitsOf('slow')).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1400);
  });

  it('retries a GET whose connection was closed; not a POST', async () => {
    const t = target('hangup');
    const e = await caught(t.get('user', 'u1'));
    expect(e.code).toBe('NETWORK');
    expect(e.call).toMatchObject({ status: 0, retries: 2 });
    expect(hitsOf('hangup')).toHaveLength(3);
    const p = await caught(t.create('user', { userName: 'x' }));
    expect([p.code, p.call.retries]).toEqual(['NETWORK', 0]);
    expect(hitsOf('hangup')).toHaveLength(4);
  });

  it('retries a POST whose connection was refused (nothing was sent)', async () => {
    const port = await freePort();
    const t = target('x', FAST, `http://127.0.0.1:${port}`);
    const e = await caught(t.create('user', { userName: 'x' }));
    expect(e.code).toBe('NETWORK');
    expect(e.call.retries).toBe(2);
    expect(e.message).toBe(`Could not reach 127.0.0.1:${port}: the connection was refused (ECONNREFUSED)`);
  });
});

describe('adaptive concurrency', () => {
  it('grows by one per window of successes, halves once on a burst of 429s and holds for Retry-After', async () => {
    const t = target('burst', { ...FAST, initialConcurrency: 4, maxConcurrency: 8, maxRetryAfterMs: 5000 });
    expect(t.concurrency).toBe(4);
    // 4 + 5 + 6 + 7 = 22 successes take it from 4 to 8.
    await Promise.all(Array.from({ length: 40 }, (_, i) => t.get('user', `g${i}`)));
    expect(t.concurrency).toBe(8);
    expect(burst.maxInFlight).toBeLessThanOrEqual(8);
    expect(burst.maxInFlight).toBeGreaterThanOrEqual(5);

    // Eight calls in flight together all get 429: one cut (8 -> 4), not three.
    burst.throttleNext = 8;
    burst.maxInFlight = 0;
    hits.delete('burst');
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => t.get('user', `t${i}`)));
    expect(results.map((r) => r.call.retries)).toEqual(Array(8).fill(1));
    const at = hitsOf('burst').map((h) => h.at - started);
    expect(at).toHaveLength(16);
    // No request reached the target during the hold: the retries came a second after the 429s.
    const firstRetry = Math.min(...at.slice(8));
    expect(firstRetry - Math.max(...at.slice(0, 8))).toBeGreaterThanOrEqual(950);
    // After the cut at most 4 ran at once; 8 successes at 4 make 5.
    expect(t.concurrency).toBe(5);

    burst.maxInFlight = 0;
    await Promise.all(Array.from({ length: 30 }, (_, i) => t.get('user', `r${i}`)));
    expect(t.concurrency).toBe(8);
  });
});

describe('testConnection', () => {
  it('passes on an empty ListResponse (trailing slash or not)', async () => {
    const t = new HttpScimTarget({ baseUrl: `${origin}/empty`, token: 't' });
    targets.push(t);
    const r = await t.testConnection();
    expect(r).toEqual({
      ok: true,
      status: 200,
      message: `Connected: ${origin}/empty/Users answered a filter on userName with an empty list.`,
    });
    const url = hitsOf('empty')[0].url;
    expect(decodeURIComponent(url)).toMatch(/^\/empty\/Users\?filter=userName eq "[0-9a-f-]{36}"$/);
  });

  it('explains an HTML page, a target that ignores filters, a 401 and an unreachable host', async () => {
    expect((await target('html').testConnection()).message).toBe(
      `${origin}/html/Users answered 200 but not with a SCIM ListResponse (it sent text/html): is this the SCIM base URL?`,
    );
    expect((await target('nofilter').testConnection()).message).toMatch(
      /answered a filter on a random userName with 1 user\(s\): the target seems to ignore filters/,
    );
    const port = await freePort();
    const down = await target('x', FAST, `http://127.0.0.1:${port}`).testConnection();
    expect(down).toEqual({
      ok: false,
      status: 0,
      message: `Could not reach 127.0.0.1:${port}: the connection was refused (ECONNREFUSED).`,
    });
    const slow = await target('slow', { ...FAST, timeoutMs: 200 }).testConnection();
    expect(slow).toEqual({
      ok: false,
      status: 0,
      message: `127.0.0.1:${new URL(origin).port} did not answer within 0.2 s.`,
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}
