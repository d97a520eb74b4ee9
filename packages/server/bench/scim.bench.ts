/**
 * scimdesk SCIM throughput benchmark (a script, not a test): see bench/README.md.
 *
 *   node --import tsx bench/scim.bench.ts [--users N] [--db sqlite|postgresql] [--duration S]
 *        [--connections C] [--repeat R] [--keep]            (`--help` for all options)
 *
 * Process model: this process makes a throwaway database, loads N users through the ORM
 * connection, closes it, then spawns each server under test (scimdesk, and a bare fastify
 * reference) in a CHILD process (bench/server-child.ts) and drives it with autocannon from here.
 * On 2 cores that gives the server one event loop to itself and the load generator the other
 * core, as a real deployment would; in a single process, autocannon's HTTP parsing and bookkeeping
 * would run on the server's event loop and be charged to scimdesk. The reference runs under the
 * same model, so the "vs fastify" ratio divides out the machine and the generator. PostgreSQL
 * itself also needs CPU on the same 2 cores: its figures include that contention.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Runtime } from '../src/runtime.js';
import { parseBenchArgs, UsageError } from './args.js';
import { type ChildServer, startChildServer } from './child.js';
import { analyze, createBenchTenant, createThrowawayDb, openRuntime } from './db.js';
import { buildScenarios, measure, type Scenario } from './load.js';
import { resultTable, type Summary } from './report.js';
import { checkRowsMatchService, loadUsers, UserFactory } from './users.js';

const TENANT = 'bench';
const AUTOCANNON_VERSION = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  const cpus = os.cpus();
  const header = [
    'scimdesk SCIM benchmark',
    `  users: ${fmt(opts.users)}   db: ${opts.db}   node: ${process.version}   cpus: ${cpus.length} x ${cpus[0]?.model.trim() ?? '?'}`,
    `  date: ${new Date().toISOString()}   ${opts.duration} s per run (+${opts.warmup} s warm-up), ${opts.connections} connections, repeat ${opts.repeat} (medians)`,
    `  server: child process (node --import tsx), load generator: autocannon ${AUTOCANNON_VERSION} in the parent`,
    ...(opts.logLevel !== 'silent' || !opts.eventLog
      ? [`  diagnostics: log level ${opts.logLevel}, event log ${opts.eventLog ? 'on' : 'OFF'}`]
      : []),
  ].join('\n');
  console.log(header);

  const db = await createThrowawayDb(opts.db);
  const children: ChildServer[] = [];
  const cleanup = async () => {
    await Promise.allSettled(children.map((c) => c.stop()));
    if (opts.keep) console.log(`kept the database: ${db.where}`);
    else await db.drop();
  };
  process.once('SIGINT', () => {
    console.error('interrupted: stopping servers and dropping the database');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    // 1. Load.
    const rt = await openRuntime(db.url);
    const { tenant, token } = await createBenchTenant(rt, TENANT);
    const factory = new UserFactory();
    await checkRowsMatchService(rt, tenant, factory);
    let lastPrint = 0;
    const load = await loadUsers(rt, tenant, factory, opts.users, (done) => {
      if (done - lastPrint >= opts.users / 10 || done === opts.users) {
        lastPrint = done;
        process.stdout.write(`  loading: ${fmt(done)} / ${fmt(opts.users)}\r`);
      }
    });
    const t0 = performance.now();
    await analyze(rt);
    const analyzeMs = performance.now() - t0;
    const size = await databaseSize(rt, db.where);
    await rt.close();
    const loadLine = `  load: ${fmt(load.rows)} users in ${secs(load.ms)} (${fmt(load.rows / (load.ms / 1000))} rows/s), analyze ${secs(analyzeMs)}, database ${size}`;
    console.log(`\n${loadLine}`);

    // 2. Servers.
    const scenarios = buildScenarios({
      base: `/scim/v2/${TENANT}`,
      users: opts.users,
      sampleIds: load.sampleIds,
      sampleUserNames: load.sampleUserNames,
      factory,
    }).filter((s) => opts.scenarios.includes(s.name));
    const origins = new Map<Scenario['target'], string>();
    for (const target of ['reference', 'scim'] as const) {
      if (!scenarios.some((s) => s.target === target)) continue;
      const child = await startChildServer(
        target,
        { BENCH_DATABASE_URL: db.url, BENCH_LOG_LEVEL: opts.logLevel, BENCH_EVENT_LOG: opts.eventLog ? 'on' : 'off' },
        opts.cpuProf,
      );
      children.push(child);
      origins.set(target, child.origin);
    }
    const tokenFor = (s: Scenario) => (s.target === 'scim' ? token : undefined);
    for (const s of scenarios) await probe(origins.get(s.target)!, tokenFor(s), s);

    // 3. Measure: every scenario once per repeat, so slow drift of a shared machine hits all alike.
    const summaries: Summary[] = scenarios.map((scenario) => ({ scenario, runs: [] }));
    for (let r = 1; r <= opts.repeat; r++) {
      for (const sum of summaries) {
        const { scenario: s } = sum;
        const origin = origins.get(s.target)!;
        if (opts.warmup > 0) await measure(origin, tokenFor(s), s, opts.warmup, opts.connections);
        const m = await measure(origin, tokenFor(s), s, opts.duration, opts.connections);
        sum.runs.push(m);
        console.log(
          `  [${r}/${opts.repeat}] ${s.label}: ${fmt(m.reqPerSec)} req/s, p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, errors ${m.errors}`,
        );
      }
    }
    await Promise.all(children.splice(0).map((c) => c.stop()));

    console.log(`\n${header}\n${loadLine}\n\n${resultTable(summaries)}\n`);
  } finally {
    await cleanup();
  }
}

/** One request per scenario before measuring, so a broken scenario fails loudly instead of timing errors. */
async function probe(origin: string, token: string | undefined, s: Scenario): Promise<void> {
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

async function databaseSize(rt: Runtime, where: string): Promise<string> {
  let bytes: number;
  if (rt.db.kind === 'sqlite') bytes = statSync(where).size;
  else {
    const conn = rt.db.orm.em.getConnection();
    const rows = await conn.execute<{ n: string }[]>('select pg_database_size(current_database()) as n');
    bytes = Number(rows[0].n);
  }
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

main().catch((err: unknown) => {
  console.error(err instanceof UsageError ? err.message : err);
  process.exit(1);
});
