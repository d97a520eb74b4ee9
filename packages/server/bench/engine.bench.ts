/**
 * The provisioning engine at scale (a script that prints figures, not a test):
 *   1. an initial cycle of N users (default 100,000) and N/100 groups of ~50 members from the
 *      source directory into a local tenant;
 *   2. an incremental cycle after 10 changes (a mapped attribute, givenName: 10 updates);
 *   3. a plan of a restart (every object again, sending nothing; E10);
 *   4. an initial cycle of M users (default 10,000) into an external scimdesk over HTTP, served
 *      by another process.
 * Each cycle runs in a child process of its own, so its peak RSS is the cycle's, not the setup's.
 *
 *   pnpm bench:engine [--users 100000] [--external 10000] [--db sqlite|postgresql]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { App } from '../src/apps/app.entity.js';
import { applyApp } from '../src/apps/app.service.js';
import { startCycle } from '../src/cycles/cycle.service.js';
import { runSlice } from '../src/cycles/cycle.slice.js';
import { provisionOnDemand } from '../src/cycles/on-demand.js';
import { DirectoryService } from '../src/directory/directory.service.js';
import { importFiles } from '../src/directory/import/import.js';
import { computePlan, createPlan } from '../src/plans/plan.compute.js';
import { readPlan } from '../src/plans/plan.row.js';
import { createTenant } from '../src/tenants/tenant.service.js';
import { createThrowawayDb, openRuntime } from './db.js';

const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

interface Figures {
  label: string;
  /** On-demand runs of one user (ms), after the incremental cycle. */
  onDemandMs?: number[];
  onDemandGroupMs?: number[];
  objects: number;
  wallMs: number;
  peakRssMb: number;
  counts: Record<string, number>;
  status: string;
}

/** Child: run one cycle of `app` (optionally after 10 directory changes) and print its figures as JSON. */
async function child(url: string, appName: string, changes: number): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const rt = await openRuntime(url);
  const stats = process.env.BENCH_SQL_STATS ? sqlStats(rt.services.sql) : undefined;
  const em = rt.db.orm.em.fork();
  const app = await em.findOneOrFail(App, { name: appName });
  if (changes) {
    const dirs = new DirectoryService(rt.services.sql);
    for (let i = 0; i < changes; i++) {
      const id = `u${String(i * 7919).padStart(6, '0')}`;
      const u = await dirs.getUser(app.directoryId, id);
      if (u) await dirs.updateUser(app.directoryId, id, { givenName: `Changed${i}-${Date.now()}` } as never);
    }
  }
  if (changes < 0) {
    // A plan of a restart: every object read, matched and decided, nothing sent.
    const t0 = performance.now();
    const made = await createPlan(rt.services, app, { kind: 'restart' });
    await computePlan(rt.services, em, app, made);
    const wallMs = performance.now() - t0;
    const plan = await readPlan(rt.services.sql, made.id);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    await rt.close();
    const { wouldHoldDeletes: _w, ...counts } = plan?.totals ?? {};
    const fig = { objects: plan?.done ?? 0, wallMs, peakRssMb: peak / 1048576, counts, status: String(plan?.status) };
    process.stdout.write(`${JSON.stringify(fig)}\n`);
    return;
  }
  const t0 = performance.now();
  const { cycle } = await startCycle(rt.services, app, 'bench');
  for (;;) {
    const out = await runSlice(rt.services, cycle.id, { runnerId: 'bench', sliceMs: 3_600_000 });
    if (out !== 'yielded') break;
  }
  const wallMs = performance.now() - t0;
  // After the incremental cycle: provision one user on demand (a changed name: an update), 5 times.
  const onDemandMs: number[] = [];
  const onDemandGroupMs: number[] = [];
  if (changes) {
    const dirs = new DirectoryService(rt.services.sql);
    for (let i = 0; i < 5; i++) {
      const id = `u${String(i * 20000 + 1).padStart(6, '0')}`;
      if (!(await dirs.getUser(app.directoryId, id))) continue;
      await dirs.updateUser(app.directoryId, id, { givenName: `OnDemand${i}-${Date.now()}` } as never);
      const s = performance.now();
      await provisionOnDemand(rt.services, em, app, { user: id });
      onDemandMs.push(performance.now() - s);
    }
    // A group of 200 members (already provisioned by the initial cycle) on demand: the first run
    // creates the group with its members, the next ones find it up to date.
    const members = Array.from({ length: 200 }, (_, i) => `u${String(i + 1).padStart(6, '0')}`);
    const g = await dirs.createGroup(app.directoryId, { displayName: `On demand 200 ${Date.now()}` });
    await dirs.addMembers(app.directoryId, g.objectId, members);
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      await provisionOnDemand(rt.services, em, app, { group: g.objectId });
      onDemandGroupMs.push(performance.now() - s);
    }
  }
  const row = await rt.services.sql.get<{ done: number; counts: string; status: string }>(
    'select done, counts, status from cycle where id = ?',
    [cycle.id],
  );
  clearInterval(sampler);
  stats?.print();
  peak = Math.max(peak, process.memoryUsage().rss);
  await rt.close();
  const fig = {
    objects: Number(row?.done ?? 0),
    wallMs,
    peakRssMb: peak / 1048576,
    counts: JSON.parse(String(row?.counts)),
    status: String(row?.status),
    onDemandMs,
    onDemandGroupMs,
  };
  process.stdout.write(`${JSON.stringify(fig)}\n`);
}

/** BENCH_SQL_STATS=1: time spent per statement text (on stderr), to see where a cycle goes. */
function sqlStats(sql: import('../src/db/sql.js').Sql) {
  const by = new Map<string, { n: number; ms: number }>();
  const done = new WeakSet<object>();
  const wrap = (q: import('../src/db/sql.js').SqlRunner) => {
    if (done.has(q)) return;
    done.add(q);
    for (const m of ['all', 'get', 'run'] as const) {
      const orig = q[m].bind(q) as (t: string, p?: readonly unknown[]) => Promise<unknown>;
      (q as unknown as Record<string, unknown>)[m] = async (t: string, p?: readonly unknown[]) => {
        const t0 = performance.now();
        const pending = orig(t, p);
        // better-sqlite3 runs the statement inside the call: time that, not the await (which
        // would also count whatever other objects' work ran before this continuation).
        const sync = q.kind === 'sqlite' ? performance.now() - t0 : 0;
        try {
          return await pending;
        } finally {
          const k = t.replace(/\s+/g, ' ').slice(0, 90);
          const e = by.get(k) ?? { n: 0, ms: 0 };
          e.n += 1;
          e.ms += q.kind === 'sqlite' ? sync : performance.now() - t0;
          by.set(k, e);
        }
      };
    }
  };
  wrap(sql);
  const tx = sql.transaction.bind(sql);
  sql.transaction = (fn) => tx((q) => (wrap(q), fn(q)));
  return {
    print() {
      for (const [k, e] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
        process.stderr.write(`${e.ms.toFixed(0).padStart(7)} ms ${String(e.n).padStart(7)}x  ${k}\n`);
    },
  };
}

function runChild(url: string, app: string, changes: number, label: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
        '--import',
        'tsx',
        import.meta.filename,
        '--child',
        url,
        app,
        String(changes),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    p.stdout.on('data', (d) => {
      out += d;
    });
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${label}: child exited ${code}`));
      resolve({ label, ...JSON.parse(out.trim().split('\n').at(-1) ?? '{}') });
    });
  });
}

function directoryFiles(dir: string, users: number, prefix: string): { users: string; groups: string } {
  const lines = ['objectId,userPrincipalName,givenName,surname,displayName,mail,department,jobTitle,accountEnabled'];
  for (let i = 0; i < users; i++) {
    const id = `u${String(i).padStart(6, '0')}`;
    lines.push(
      `${id},${prefix}${i}@bench.example,Given${i},Family${i},User ${i},${prefix}${i}@bench.example,Dept${i % 20},Engineer,true`,
    );
  }
  const groups = Array.from({ length: Math.max(1, Math.floor(users / 100)) }, (_, g) => ({
    objectId: `g${String(g).padStart(5, '0')}`,
    displayName: `Group ${g}`,
    members: Array.from({ length: 50 }, (_, k) => `u${String((g * 97 + k * 1009) % users).padStart(6, '0')}`),
  }));
  const u = join(dir, `${prefix}users.csv`);
  const gf = join(dir, `${prefix}groups.json`);
  writeFileSync(u, `${lines.join('\n')}\n`);
  writeFileSync(gf, JSON.stringify(groups));
  return { users: u, groups: gf };
}

async function setup(url: string, dir: string, users: number, prefix: string, target: object, appName: string) {
  const rt = await openRuntime(url);
  try {
    const dirs = new DirectoryService(rt.services.sql);
    const d = (await dirs.find(prefix)) ?? (await dirs.createDirectory({ slug: prefix }));
    const t0 = performance.now();
    await importFiles(rt.services.sql, d.id, directoryFiles(dir, users, prefix));
    const importMs = performance.now() - t0;
    const em = rt.db.orm.em.fork();
    if ('tenant' in target) await createTenant(em, { slug: (target as { tenant: string }).tenant, rules: 'egnyte' });
    const r = await applyApp(rt.services, em, {
      name: appName,
      source: { directory: prefix },
      target,
      mappings: 'seed',
      scope: { mode: 'all' },
    });
    if (!r.app) throw new Error(JSON.stringify(r.diagnostics));
    return importMs;
  } finally {
    await rt.close();
  }
}

/** A scimdesk in another process, on its own database, with a tenant and a token. */
async function externalTarget(dir: string): Promise<{ url: string; token: string; stop(): void }> {
  const db = `sqlite:${join(dir, 'target.db')}`;
  const cli = (args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, DATABASE_URL: db, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
  cli(['tenant', 'create', 'ext', '--rules', 'egnyte']);
  cli(['admin', 'create', 'owner', '--tenant', 'ext', '--role', 'owner']);
  const token = cli(['token', 'create', '--tenant', 'ext', '--owner', 'owner']).trim().split('\n').at(-1) ?? '';
  const port = 18000 + (process.pid % 1000);
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: db,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ENGINE_RUNNER: 'off',
      SCIM_RATE_LIMIT_PER_TOKEN: '0',
      SCIM_RATE_LIMIT_PER_TENANT: '0',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `${url}/scim/v2/ext`, token, stop: () => proc.kill('SIGTERM') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (f: Figures) => {
  const rate = Math.round(f.objects / (f.wallMs / 1000));
  const line = `${f.label.padEnd(34)} ${String(f.objects).padStart(7)} objects  ${(f.wallMs / 1000).toFixed(2).padStart(7)} s  ${String(rate).padStart(6)} obj/s  peak RSS ${Math.round(f.peakRssMb)} MB  ${f.status} ${JSON.stringify(f.counts)}`;
  if (!f.onDemandMs?.length) return line;
  const runs = f.onDemandMs.map((m) => Math.round(m)).join(', ');
  const group = f.onDemandGroupMs?.length
    ? `\n${'on-demand, 1 group of 200 members'.padEnd(34)} first ${Math.round(f.onDemandGroupMs[0])} ms (creates it), then ${f.onDemandGroupMs
        .slice(1)
        .map((m) => Math.round(m))
        .join(', ')} ms`
    : '';
  return `${line}\n${'on-demand, 1 user (an update)'.padEnd(34)} median ${Math.round(median(f.onDemandMs))} ms of ${f.onDemandMs.length} runs (${runs} ms)${group}`;
};

async function main(): Promise<void> {
  if (process.argv.includes('--child')) {
    const i = process.argv.indexOf('--child');
    await child(process.argv[i + 1], process.argv[i + 2], Number(process.argv[i + 3]));
    return;
  }
  const users = Number(flag('users', '100000'));
  const external = Number(flag('external', '10000'));
  const kind = flag('db', 'sqlite') as 'sqlite' | 'postgresql';
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-engine-bench-'));
  const db = await createThrowawayDb(kind);
  const ext = external ? await externalTarget(dir) : undefined;
  try {
    console.log(
      `engine bench on ${kind}: ${users} users + ${Math.floor(users / 100)} groups locally; ${external} users over HTTP`,
    );
    const importMs = await setup(db.url, dir, users, 'local', { tenant: 'benchlocal' }, 'bench-local');
    console.log(`(setup: directory import of ${users} users in ${(importMs / 1000).toFixed(1)} s)`);
    console.log(fmt(await runChild(db.url, 'bench-local', 0, 'initial cycle -> local tenant')));
    console.log(fmt(await runChild(db.url, 'bench-local', 10, 'incremental cycle, 10 changes')));
    console.log(fmt(await runChild(db.url, 'bench-local', -1, 'plan of a restart (sends nothing)')));
    if (ext) {
      await setup(db.url, dir, external, 'remote', { url: ext.url, token: ext.token }, 'bench-remote');
      console.log(fmt(await runChild(db.url, 'bench-remote', 0, 'initial cycle -> external over HTTP')));
    }
  } finally {
    ext?.stop();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
