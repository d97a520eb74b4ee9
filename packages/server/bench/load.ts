import autocannon from 'autocannon';
import type { ScenarioName } from './args.js';
import type { UserFactory } from './users.js';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export interface NextRequest {
  path: string;
  body?: string;
}

export interface Scenario {
  name: ScenarioName;
  label: string;
  target: 'scim' | 'reference';
  method: 'GET' | 'POST' | 'PATCH';
  /** Called by autocannon before every request, so each one targets a different user. */
  next(): NextRequest;
  /** The status a successful request answers. */
  expect: number;
}

export interface ScenarioData {
  /** `/scim/v2/<tenant>` */
  base: string;
  users: number;
  sampleIds: string[];
  sampleUserNames: string[];
  factory: UserFactory;
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];

export function buildScenarios(d: ScenarioData): Scenario[] {
  let nextUser = d.users + 1;
  let nextTitle = 1;
  return [
    {
      name: 'reference',
      label: 'reference: bare fastify, 1 KB JSON',
      target: 'reference',
      method: 'GET',
      expect: 200,
      next: () => ({ path: '/reference' }),
    },
    {
      name: 'get',
      label: 'GET /Users/:id',
      target: 'scim',
      method: 'GET',
      expect: 200,
      next: () => ({ path: `${d.base}/Users/${pick(d.sampleIds)}` }),
    },
    {
      name: 'filter',
      label: 'GET /Users?filter=userName eq',
      target: 'scim',
      method: 'GET',
      expect: 200,
      next: () => ({
        path: `${d.base}/Users?filter=${encodeURIComponent(`userName eq "${pick(d.sampleUserNames)}"`)}`,
      }),
    },
    {
      name: 'list',
      label: 'GET /Users?startIndex=R&count=100',
      target: 'scim',
      method: 'GET',
      expect: 200,
      next: () => ({ path: `${d.base}/Users?startIndex=${1 + Math.floor(Math.random() * (d.users - 99))}&count=100` }),
    },
    {
      name: 'post',
      label: 'POST /Users',
      target: 'scim',
      method: 'POST',
      expect: 201,
      next: () => ({ path: `${d.base}/Users`, body: JSON.stringify(d.factory.body(nextUser++)) }),
    },
    {
      name: 'patch',
      label: 'PATCH /Users/:id (replace title)',
      target: 'scim',
      method: 'PATCH',
      expect: 204,
      next: () => ({
        path: `${d.base}/Users/${pick(d.sampleIds)}`,
        body: JSON.stringify({
          schemas: [PATCH_OP],
          Operations: [{ op: 'replace', path: 'title', value: `Bench Title ${nextTitle++}` }],
        }),
      }),
    },
  ];
}

export interface Measurement {
  /** Successful (2xx) responses per second. */
  reqPerSec: number;
  /** Latency percentiles of the 2xx responses, in ms (measured by the client, sub-ms precision). */
  p50: number;
  p99: number;
  ok: number;
  /** Connection errors (timeouts included) plus non-2xx responses. */
  errors: number;
  /** Requests still unanswered when the run ended (about one per connection; more means very slow). */
  unfinished: number;
  statusCounts: Record<string, number>;
  /** Server CPU time (user + system) per answered request, in microseconds (set by the caller). */
  cpuUsPerRequest?: number;
}

/** Runs one scenario against `origin` for `seconds` with autocannon in this process. */
export function measure(
  origin: string,
  token: string | undefined,
  s: Scenario,
  seconds: number,
  connections: number,
): Promise<Measurement> {
  const headers: Record<string, string> = { accept: 'application/scim+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (s.method !== 'GET') headers['content-type'] = 'application/scim+json';
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 30,
        headers,
        requests: [
          {
            method: s.method,
            setupRequest: (req) => {
              sent++;
              const n = s.next();
              req.path = n.path;
              if (n.body !== undefined) req.body = n.body;
              return req;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(latencies).sort();
        const q = (p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] : Number.NaN);
        const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]));
        resolve({
          reqPerSec: latencies.length / elapsed,
          p50: q(0.5),
          p99: q(0.99),
          ok: latencies.length,
          errors: result.errors + result.non2xx,
          unfinished: Math.max(0, sent - latencies.length - result.errors - result.non2xx),
          statusCounts,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

/** One request per scenario before measuring, so a broken scenario fails loudly instead of timing errors. */
export async function probe(origin: string, token: string | undefined, s: Scenario): Promise<void> {
  const n = s.next();
  const res = await fetch(`${origin}${n.path}`, {
    method: s.method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(n.body ? { 'content-type': 'application/scim+json' } : {}),
    },
    body: n.body,
  });
  const text = await res.text();
  if (res.status !== s.expect) throw new Error(`${s.label}: expected ${s.expect}, got ${res.status}: ${text}`);
  if (s.name === 'filter' || s.name === 'list') {
    const body = JSON.parse(text) as { totalResults: number; Resources: unknown[] };
    const want = s.name === 'filter' ? 1 : 100;
    if (body.Resources.length !== want)
      throw new Error(`${s.label}: expected ${want} resources: ${text.slice(0, 300)}`);
  }
}
