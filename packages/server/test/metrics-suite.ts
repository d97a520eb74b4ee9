import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from './harness.js';
import { user } from './scim-suite.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The text exposition format, one sample per line (`name{a="x",b="y"} value`). */
export function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of the one sample named `name` whose labels include `labels`; undefined when there is none. */
export function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  expect(found.length, `${name} ${JSON.stringify(labels)} matches one sample`).toBeLessThanOrEqual(1);
  return found[0]?.value;
}

/** Issue 12 item 9: Prometheus metrics at /metrics, run on SQLite and PostgreSQL. */
export function defineMetricsSuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind, { METRICS_TOKEN: TOKEN });
    t = await server.addTenant('metrics-a');
  });
  afterAll(async () => server?.close());

  const scrape = async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    return { text, samples: parseMetrics(text) };
  };

  it('refuses /metrics without the token or with a wrong one (401), answers 200 with it', async () => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${server.url}/metrics`, { headers: { authorization: `Basic ${TOKEN}` } });
    expect(basic.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE scimdesk_http_requests_total counter');
  });

  it('counts SCIM requests by route pattern, method, status and tenant, and SCIM errors by scimType', async () => {
    expect((await server.scim(t, 'POST', '/Users', user('metrics.one'))).status).toBe(201);
    expect((await server.scim(t, 'GET', '/Users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidFilter');

    const { samples } = await scrape();
    const req = (route: string, method: string, status: string) =>
      sampleValue(samples, 'scimdesk_http_requests_total', { route, method, status, tenant: 'metrics-a' });
    expect(req('/scim/v2/:tenant/Users', 'POST', '201')).toBe(1);
    expect(req('/scim/v2/:tenant/Users/:id', 'GET', '404')).toBe(1);
    expect(req('/scim/v2/:tenant/Users', 'GET', '400')).toBe(1);
    // The raw URL (an id, a filter) never becomes a label value.
    expect(
      samples.some((s) => Object.values(s.labels).some((v) => v.includes('00000000') || v.includes('filter'))),
    ).toBe(false);

    const err = (scimType: string, status: string) =>
      sampleValue(samples, 'scimdesk_scim_errors_total', { scimType, status, tenant: 'metrics-a' });
    expect(err('invalidFilter', '400')).toBe(1);
    expect(err('', '404')).toBe(1);
    expect(err('uniqueness', '409')).toBeUndefined();
  });

  it('has latency histograms with counts and buckets', async () => {
    const { samples } = await scrape();
    const labels = { route: '/scim/v2/:tenant/Users', method: 'POST' };
    expect(sampleValue(samples, 'scimdesk_http_request_duration_seconds_count', labels)).toBe(1);
    expect(sampleValue(samples, 'scimdesk_http_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    expect(sampleValue(samples, 'scimdesk_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(1);
    expect(sampleValue(samples, 'scimdesk_http_request_duration_seconds_bucket', { ...labels, le: '10' })).toBe(1);
    const get = { route: '/scim/v2/:tenant/Users', method: 'GET' };
    expect(sampleValue(samples, 'scimdesk_http_request_duration_seconds_count', get)).toBe(1);
  });

  it('an unknown tenant slug adds no label value; its request is counted without a tenant', async () => {
    const res = await fetch(`${server.url}/scim/v2/no-such-tenant-x7/Users`, {
      headers: { authorization: 'Bearer x' },
    });
    expect(res.status).toBe(404);
    await fetch(`${server.url}/scim/v2/no-such-tenant-x7/Users/1/what?ever=1`);
    const { text, samples } = await scrape();
    expect(text).not.toContain('no-such-tenant-x7');
    const route = '/scim/v2/:tenant/Users';
    expect(
      sampleValue(samples, 'scimdesk_http_requests_total', { route, method: 'GET', status: '404', tenant: '' }),
    ).toBe(1);
    const tenants = new Set(samples.filter((s) => s.labels.tenant !== undefined).map((s) => s.labels.tenant));
    expect([...tenants].sort()).toEqual(['', 'metrics-a']);
  });

  it('shows the event log queue, its lag and what it wrote', async () => {
    await server.rt.services.events.flush();
    const { samples } = await scrape();
    expect(sampleValue(samples, 'scimdesk_event_log_queued')).toBe(0);
    expect(sampleValue(samples, 'scimdesk_event_log_lag_seconds')).toBe(0);
    // GET 404 and GET 400 on the known tenant go through the queue; the POST's event committed
    // with the user it created, and the unknown tenant has no log to write to.
    expect(sampleValue(samples, 'scimdesk_event_log_written_total')).toBe(2);
    expect(sampleValue(samples, 'scimdesk_event_log_failed_total')).toBe(0);
    server.rt.services.events.record({ ...sampleEvent(t), path: '/Users' });
    const queued = parseMetrics(await (await scrapeRaw()).text());
    expect(sampleValue(queued, 'scimdesk_event_log_queued')).toBe(1);
    expect(sampleValue(queued, 'scimdesk_event_log_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('shows the database pool and the process', async () => {
    const { samples } = await scrape();
    const max = sampleValue(samples, 'scimdesk_db_pool_max', { database: kind });
    expect(max).toBe(kind === 'postgresql' ? 10 : 1);
    const used = sampleValue(samples, 'scimdesk_db_pool_connections', { database: kind, state: 'used' });
    const free = sampleValue(samples, 'scimdesk_db_pool_connections', { database: kind, state: 'free' });
    expect(used).toBeGreaterThanOrEqual(0);
    expect((used ?? 0) + (free ?? 0)).toBeGreaterThanOrEqual(1);
    expect((used ?? 0) + (free ?? 0)).toBeLessThanOrEqual(max ?? 0);
    expect(sampleValue(samples, 'scimdesk_db_pool_pending_acquires', { database: kind })).toBe(0);
    expect(sampleValue(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('declares the engine metrics before the engine exists', async () => {
    const { text } = await scrape();
    for (const name of [
      'scimdesk_engine_cycles_total',
      'scimdesk_engine_cycle_duration_seconds',
      'scimdesk_engine_objects_total',
      'scimdesk_engine_target_request_duration_seconds',
    ])
      expect(text).toContain(`# HELP ${name} `);
  });

  it('the Grafana dashboard only queries metrics that /metrics exposes', async () => {
    const dashboard = readFileSync(new URL('../../../ops/grafana/scimdesk.json', import.meta.url), 'utf8');
    const used = new Set(
      [...dashboard.matchAll(/\b((?:scimdesk|process|nodejs)_\w+)/g)].map((m) =>
        m[1].replace(/_(bucket|count|sum)$/, ''),
      ),
    );
    expect(used.size).toBeGreaterThan(15);
    const { text } = await scrape();
    for (const name of used) expect(text, name).toContain(`# TYPE ${name} `);
  });

  const scrapeRaw = () => fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
}

function sampleEvent(t: TestTenant) {
  return {
    tenantId: t.tenant.id,
    tokenId: null,
    actor: 'test',
    method: 'GET',
    path: '/',
    action: 'Other' as const,
    resourceType: null,
    targetId: null,
    targetName: null,
    modified: null,
    status: 200,
    scimType: null,
    error: null,
    warnings: null,
    durationMs: 1,
  };
}
