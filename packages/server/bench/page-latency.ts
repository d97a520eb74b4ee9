/**
 * What the dashboard-page benches share (graphql.bench.ts, logs-page.bench.ts,
 * directory-page.bench.ts): their flags, a GraphQL client with an API token, and the table of
 * sequential request times (what one admin waits for), median and p95 per query.
 */
import { performance } from 'node:perf_hooks';
import { startChildServer } from './child.js';

export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

// biome-ignore lint/suspicious/noExplicitAny: the benches read a few fields of known answers
export type Ask = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** Serves the database from a child process (no logging, no event log: reads only) for `fn`, then stops it. */
export async function servePages(databaseUrl: string, fn: (origin: string) => Promise<void>): Promise<void> {
  const child = await startChildServer('scim', {
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_LOG_LEVEL: 'silent',
    BENCH_EVENT_LOG: 'off',
    BENCH_QUERY_STATS: 'off',
  });
  try {
    await fn(child.origin);
  } finally {
    await child.stop();
  }
}

/**
 * POSTs to `/graphql` with an API token (a string) or a session's headers (signedInHeaders); throws on
 * any GraphQL error, so a broken query is never timed.
 */
export function graphqlAsker(origin: string, auth: string | Record<string, string>): Ask {
  const headers = typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : auth;
  return async (query, variables = {}) => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** Signs in as the dashboard does (what platform owners need: API tokens never act as one): the session cookie and CSRF header. */
export async function signedInHeaders(origin: string, userName: string, password: string) {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { signIn(userName: $u, password: $p) { csrfToken } }',
      variables: { u: userName, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { signIn: { csrfToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': body.data.signIn.csrfToken };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Times each query `requests` times in a row after 3 warm-ups and prints one line per query. */
export async function printLatencies(
  ask: Ask,
  scenarios: readonly (readonly [name: string, query: string, variables?: Record<string, unknown>])[],
  requests: number,
): Promise<void> {
  const width = Math.max(28, ...scenarios.map(([name]) => name.length + 2));
  console.log(`\n${requests} sequential requests per query after 3 warm-ups (ms)\n`);
  console.log(`${'query'.padEnd(width)}${'median'.padStart(9)}${'p95'.padStart(9)}`);
  for (const [name, query, variables] of scenarios) {
    for (let i = 0; i < 3; i++) await ask(query, variables);
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t = performance.now();
      await ask(query, variables);
      times.push(performance.now() - t);
    }
    console.log(`${name.padEnd(width)}${median(times).toFixed(1).padStart(9)}${p95(times).toFixed(1).padStart(9)}`);
  }
}
