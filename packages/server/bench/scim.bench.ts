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
 * same model, so the "vs fastify" ratio largely divides out the machine and the generator. PostgreSQL
 * itself also needs CPU on the same 2 cores: its figures include that contention.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sqlitePath } from '../src/config.js';
import type { Runtime } from '../src/runtime.js';
import type { Tenant } from '../src/tenants/tenant.entity.js';
import { parseBenchArgs, UsageError } from './args.js';
import { type ChildServer, type QueryStats, startChildServer } from './child.js';
import { analyze, createBenchTenant, createThrowawayDb, openRuntime, reuseBenchTenant, reusedDb } from './db.js';
import { buildScenarios, measure, probe, type Scenario } from './load.js';
import { type LoadResult, loadUsers, sampleUsers } from './loader.js';
import { resultTable, type Summary } from './report.js';
import { checkRowsMatchService, UserFactory } from './users.js';

const TENANT = 'bench';
const AUTOCANNON_VERSION = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms2 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(2) : '-');

async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  const db = opts.reuse ? reusedDb(opts.reuse) : await createThrowawayDb(opts.db);
  console.log(
    opts.reuse ? `measuring ${db.url} again` : `loading ${fmt(opts.users)} users into a new ${db.kind} database`,
  );
  const children: ChildServer[] = [];
  const cleanup = async () => {
    await Promise.allSettled(children.map((c) => c.stop()));
    if (opts.keep) console.log(`kept the database (measure it again with --reuse): ${db.url}`);
    else await db.drop();
  };
  process.once('SIGINT', () => {
    console.error('interrupted: stopping servers and dropping the database');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    // 1. Load (or sample a reused database).
    const rt = await openRuntime(db.url);
    const factory = new UserFactory();
    let tenant: Tenant;
    let token: string;
    let load: LoadResult;
    let loadLine: string;
    if (opts.reuse) {
      ({ tenant, token } = await reuseBenchTenant(rt, TENANT));
      load = await sampleUsers(rt, tenant);
      loadLine = `  reused ${db.url}: ${fmt(load.rows)} users, database ${await databaseSize(rt, db.url)}`;
    } else {
      ({ tenant, token } = await createBenchTenant(rt, TENANT));
      await checkRowsMatchService(rt, tenant, factory);
      let lastPrint = 0;
      load = await loadUsers(rt, tenant, opts.users, (done) => {
        if (done !== lastPrint && (done - lastPrint >= opts.users / 10 || done === opts.users)) {
          lastPrint = done;
          process.stdout.write(`  loading: ${fmt(done)} / ${fmt(opts.users)}${process.stdout.isTTY ? '\r' : '\n'}`);
        }
      });
      const t0 = performance.now();
      await analyze(rt);
      const analyzeMs = performance.now() - t0;
      loadLine = `  load: ${fmt(load.rows)} users in ${secs(load.ms)} (${fmt(load.rows / (load.ms / 1000))} rows/s), ${db.kind === 'sqlite' ? 'analyze' : 'vacuum analyze'} ${secs(analyzeMs)}, database ${await databaseSize(rt, db.url)}`;
    }
    await rt.close();
    const cpus = os.cpus();
    const header = [
      'scimdesk SCIM benchmark',
      `  users: ${fmt(load.rows)}   db: ${db.kind}   node: ${process.version}   cpus: ${cpus.length} x ${cpus[0]?.model.trim() ?? '?'}`,
      `  date: ${new Date().toISOString()}   ${opts.duration} s per run (+${opts.warmup} s warm-up), ${opts.connections} connections, repeat ${opts.repeat} (medians)`,
      `  code: ${codeVersion()}   server: child process (node --import tsx), load generator: autocannon ${AUTOCANNON_VERSION} in the parent`,
      ...(opts.logLevel !== 'silent' || !opts.eventLog
        ? [`  diagnostics: log level ${opts.logLevel}, event log ${opts.eventLog ? 'on' : 'OFF'}`]
        : []),
      loadLine,
    ].join('\n');
    console.log(`${process.stdout.isTTY ? '\n' : ''}${header}`);

    // 2. Servers.
    const scenarios = buildScenarios({
      base: `/scim/v2/${TENANT}`,
      users: load.rows,
      sampleIds: load.sampleIds,
      sampleUserNames: load.sampleUserNames,
      factory,
    }).filter((s) => opts.scenarios.includes(s.name));
    const servers = new Map<Scenario['target'], ChildServer>();
    for (const target of ['reference', 'scim'] as const) {
      if (!scenarios.some((s) => s.target === target)) continue;
      const child = await startChildServer(
        target,
        {
          BENCH_DATABASE_URL: db.url,
          BENCH_LOG_LEVEL: opts.logLevel,
          BENCH_EVENT_LOG: opts.eventLog ? 'on' : 'off',
          BENCH_QUERY_STATS: opts.queryStats ? 'on' : 'off',
        },
        opts.cpuProf,
      );
      children.push(child);
      servers.set(target, child);
    }
    const tokenFor = (s: Scenario) => (s.target === 'scim' ? token : undefined);
    for (const s of scenarios) await probe(servers.get(s.target)!.origin, tokenFor(s), s);

    // 3. Measure: every scenario once per repeat, so slow drift of a shared machine hits all alike.
    const loadBefore = os.loadavg()[0].toFixed(1);
    const summaries: Summary[] = scenarios.map((scenario) => ({ scenario, runs: [] }));
    for (let r = 1; r <= opts.repeat; r++) {
      for (const sum of summaries) {
        const { scenario: s } = sum;
        const server = servers.get(s.target)!;
        if (opts.warmup > 0) await measure(server.origin, tokenFor(s), s, opts.warmup, opts.connections);
        await server.waitIdle();
        const counting = opts.queryStats && s.target === 'scim';
        if (counting) await server.queryStats();
        const cpuBefore = processCpuMs(server.pid);
        const m = await measure(server.origin, tokenFor(s), s, opts.duration, opts.connections);
        await server.waitIdle();
        m.cpuUsPerRequest = ((processCpuMs(server.pid) - cpuBefore) * 1000) / Math.max(1, m.ok + m.errors);
        sum.runs.push(m);
        console.log(
          `  [${r}/${opts.repeat}] ${s.label}: ${fmt(m.reqPerSec)} req/s, p50 ${ms2(m.p50)} ms, p99 ${ms2(m.p99)} ms, errors ${m.errors}, unfinished ${m.unfinished}`,
        );
        if (counting) console.log(queryTable(await server.queryStats()));
      }
    }
    await Promise.all(children.splice(0).map((c) => c.stop()));
    const loadAvg = `  machine load average (1 min) before/after measuring: ${loadBefore} / ${os.loadavg()[0].toFixed(1)}`;

    console.log(`\n${header}\n${loadAvg}\n\n${resultTable(summaries)}\n`);
  } finally {
    await cleanup();
  }
}

/**
 * CPU time (user + system, ms) a process has used, from /proc (Linux; NaN elsewhere). Clock ticks
 * are 10 ms, so over a run of seconds the figure is good to a fraction of a percent.
 */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
const CLOCK_TICKS = 100;

/** The commit measured, and whether the server or scim sources differ from it (others may be editing). */
function codeVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', '../scim/src') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** Statements per request, most time first (wall time in the server, pool waits included). */
function queryTable({ stats, requests }: QueryStats): string {
  const per = (n: number) => (n / Math.max(1, requests)).toFixed(2);
  const total = stats.reduce((a, s) => ({ count: a.count + s.count, ms: a.ms + s.ms }), { count: 0, ms: 0 });
  const lines = [...stats]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 14)
    .map((s) => `      ${per(s.count).padStart(6)}/req ${per(s.ms).padStart(7)} ms/req  ${s.sql}`);
  return [`    SQL per request: ${per(total.count)} statements, ${per(total.ms)} ms`, ...lines].join('\n');
}

async function databaseSize(rt: Runtime, url: string): Promise<string> {
  let bytes: number;
  if (rt.db.kind === 'sqlite') bytes = statSync(sqlitePath(url)).size;
  else {
    const conn = rt.db.orm.em.getConnection();
    const rows: { n: string }[] = await conn.execute('select pg_database_size(current_database()) as n');
    bytes = Number(rows[0].n);
  }
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

main().catch((err: unknown) => {
  console.error(err instanceof UsageError ? err.message : err);
  process.exit(1);
});
