/**
 * Provisioning log benchmark (a script, not a test): insertLogs throughput and the export's memory.
 *
 *   node --expose-gc --import tsx bench/logs.bench.ts [--rows 100000] [--db sqlite|postgresql]
 *
 * Writes N engine-shaped entries (3 modified properties, 4 steps) with insertLogs, once in one
 * transaction and once in transactions of 100 (an engine batch), then streams the app's whole log
 * as CSV and as JSON over real HTTP from this process, sampling its RSS every 10 ms. Prints figures.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { createAdmin } from '../src/admins/admin.service.js';
import { App } from '../src/apps/app.entity.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import type { LogEntry } from '../src/provisioning/log.types.js';
import { insertLogs } from '../src/provisioning/log.writer.js';
import { startRuntime } from '../src/runtime.js';
import { createTenant } from '../src/tenants/tenant.service.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROWS = Number(arg('rows', '100000'));
const DB = arg('db', 'sqlite');
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** `--export-node-flags '--max-old-space-size=96'`: run the export phase with a small heap to show it needs none. */
const EXPORT_NODE_FLAGS = arg('export-node-flags', '').split(' ').filter(Boolean);
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const engineEntry = (appId: string, cycleId: string, i: number): LogEntry => ({
  appId,
  cycleId,
  objectType: 'user',
  action: i % 10 === 0 ? 'Create' : 'Update',
  status: i % 50 === 0 ? 'Failure' : 'Success',
  sourceId: randomUUID(),
  sourceName: `User Number ${i}`,
  targetId: randomUUID(),
  targetName: `user.${i}@contoso.com`,
  modified: [
    { attribute: 'title', old: 'Engineer', new: 'Senior Engineer' },
    { attribute: 'department', old: 'R&D', new: 'Platform' },
    { attribute: 'active', old: true, new: true },
  ],
  steps: [
    { step: 'import', status: 'Success', details: { changeNumber: i } },
    { step: 'scope', status: 'Success', details: { inScope: true } },
    { step: 'match', status: 'Success', details: { on: 'userName' } },
    { step: 'action', status: 'Success', details: {} },
  ],
  request: { method: 'PATCH', path: `/Users/${i}` },
  responseStatus: 200,
  errorCode: i % 50 === 0 ? 'EntryConflict' : null,
  retryCount: 0,
  durationMs: 35,
});

async function main() {
  let url: string;
  let cleanup = async () => {};
  if (DB === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scimdesk-logs-bench-'));
    url = `sqlite:${join(dir, 'bench.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `scimdesk_logs_bench_${process.pid}`;
    const c = new pg.Client({ connectionString: PG_ADMIN });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
    cleanup = async () => {
      const d = new pg.Client({ connectionString: PG_ADMIN });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    };
  }
  const rt = await startRuntime(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  try {
    const em = rt.db.orm.em.fork();
    const tenant = await createTenant(em, { slug: 'bench', rules: 'standard', ssoEnabled: false });
    await createAdmin(rt.services, em, tenant, { userName: 'bench.owner', password: 'bench-password-1' });
    const make = (name: string) => {
      const app = new App();
      Object.assign(app, {
        id: randomUUID(),
        name,
        directoryId: randomUUID(),
        targetTenantId: tenant.id,
        mappings: '{}',
        scope: '{}',
      });
      em.persist(app);
      return app;
    };
    const one = make('bench-one-tx');
    const batched = make('bench-batched');
    await em.flush();
    const cycle = randomUUID();

    const entries = Array.from({ length: ROWS }, (_, i) => engineEntry(one.id, cycle, i));
    let t = performance.now();
    await rt.services.sql.transaction((tx) => insertLogs(tx, entries));
    const oneTx = performance.now() - t;
    const entries2 = entries.map((e) => ({ ...e, appId: batched.id }));
    t = performance.now();
    for (let i = 0; i < entries2.length; i += 100)
      await rt.services.sql.transaction((tx) => insertLogs(tx, entries2.slice(i, i + 100)));
    const inBatches = performance.now() - t;
    console.log(
      `${DB}: insertLogs ${ROWS} entries: one transaction ${(oneTx / 1000).toFixed(2)} s (${Math.round(ROWS / (oneTx / 1000))}/s); transactions of 100: ${(inBatches / 1000).toFixed(2)} s (${Math.round(ROWS / (inBatches / 1000))}/s)`,
    );
  } finally {
    await rt.close();
  }
  try {
    // the export runs in a fresh process, so its RSS is the export's, not the insert's garbage
    execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--export-from',
        url,
        '--rows',
        String(ROWS),
        '--db',
        DB,
      ],
      { stdio: 'inherit' },
    );
  } finally {
    await cleanup();
  }
}

async function exportPhase(url: string) {
  const rt = await startRuntime(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  try {
    const one = { name: 'bench-one-tx' };
    let t = 0;
    const app = await buildApp(rt.services, rt.log);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const signIn = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(userName: "bench.owner", password: "bench-password-1") { csrfToken } }',
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    for (const format of ['csv', 'json']) {
      gc();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakLive = before.heapUsed;
      let ticks = 0;
      let peakExternal = before.arrayBuffers;
      const timer = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        // every 250 ms: the live heap (after a full GC), i.e. what the export holds on to
        if (++ticks % 25 === 0) {
          gc();
          const m = process.memoryUsage();
          peakLive = Math.max(peakLive, m.heapUsed);
          peakExternal = Math.max(peakExternal, m.arrayBuffers);
        }
      }, 10);
      t = performance.now();
      const res = await fetch(`${origin}/api/apps/${one.name}/provisioning-logs/export?format=${format}`, {
        headers: { cookie },
      });
      let bytes = 0;
      let newlines = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) newlines++;
      }
      clearInterval(timer);
      const ms = performance.now() - t;
      gc();
      const after = process.memoryUsage();
      console.log(
        `${DB}: export ${format} of ${ROWS} rows: ${mb(bytes)} (${newlines} lines) in ${(ms / 1000).toFixed(2)} s; RSS before ${mb(before.rss)}, peak ${mb(peakRss)} (+${mb(peakRss - before.rss)}), after ${mb(after.rss)}; live heap (after GC) before ${mb(before.heapUsed)}, peak ${mb(peakLive)}; buffers before ${mb(before.arrayBuffers)}, peak ${mb(peakExternal)}`,
      );
    }
    await app.close();
  } finally {
    await rt.close();
  }
}

const exportFrom = arg('export-from', '');
await (exportFrom ? exportPhase(exportFrom) : main());
