import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { AdminAccount } from '../src/admins/admin.entity.js';
import { createAdmin } from '../src/admins/admin.service.js';
import { databaseKind, loadConfig } from '../src/config.js';
import { type Runtime, startRuntime } from '../src/runtime.js';
import { Tenant } from '../src/tenants/tenant.entity.js';
import { createTenant } from '../src/tenants/tenant.service.js';
import { type DbKind, PG_ADMIN_URL } from '../test/harness.js';

/** A database made for one benchmark run, as test/harness.ts makes one per test server. */
export interface ThrowawayDb {
  kind: DbKind;
  url: string;
  drop(): Promise<void>;
}

/** A database kept by an earlier run (--reuse): never dropped. */
export function reusedDb(url: string): ThrowawayDb {
  return { kind: databaseKind(url), url, drop: async () => {} };
}

export async function createThrowawayDb(kind: DbKind): Promise<ThrowawayDb> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scimdesk-bench-'));
    const file = join(dir, 'bench.db');
    return {
      kind,
      url: `sqlite:${file}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `scimdesk_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`create database ${name}`);
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return { kind, url, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Opens the runtime in this process (applies migrations) without an HTTP server. */
export function openRuntime(url: string): Promise<Runtime> {
  // ENGINE_* settings pass through (`ENGINE_BATCH_SIZE=500 pnpm bench:engine`), so a setting can be compared.
  const passed = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('ENGINE_')));
  const config = loadConfig({ ...passed, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  return startRuntime(config, pino({ level: 'silent' }));
}

export interface BenchTenant {
  tenant: Tenant;
  /** The bearer secret. */
  token: string;
}

/** A `standard` tenant, its admin and a SCIM token: what test/harness.ts addTenant() does. */
export async function createBenchTenant(rt: Runtime, slug: string): Promise<BenchTenant> {
  const em = rt.db.orm.em.fork();
  const tenant = await createTenant(em, { slug, rules: 'standard', ssoEnabled: false });
  const { admin } = await createAdmin(rt.services, em, tenant, {
    userName: `admin.${slug}`,
    password: 'pw-for-bench-only',
  });
  const { secret } = await rt.services.tokens.create(em, tenant, admin);
  return { tenant, token: secret };
}

/** A database kept by an earlier `--keep` run: its bench tenant and admin, with a fresh token. */
export async function reuseBenchTenant(rt: Runtime, slug: string): Promise<BenchTenant> {
  const em = rt.db.orm.em.fork();
  const tenant = await em.findOne(Tenant, { slug });
  if (!tenant) throw new Error(`no tenant "${slug}" in this database: was it made by this benchmark with --keep?`);
  const admin = await em.findOneOrFail(AdminAccount, { tenantId: tenant.id, userNameLower: `admin.${slug}` });
  const { secret } = await rt.services.tokens.create(em, tenant, admin);
  return { tenant, token: secret };
}

/**
 * Refreshes planner statistics after the bulk load. SQLite: `analyze`, and the WAL folded back into
 * the file. PostgreSQL: `vacuum analyze`, because a freshly loaded table has no visibility map, so
 * `count(*)` could not use an index-only scan (a seq scan, ~8x slower at 100k) until autovacuum ran;
 * a table in service has been vacuumed.
 */
export async function analyze(rt: Runtime): Promise<void> {
  const conn = rt.db.orm.em.getConnection();
  if (rt.db.kind === 'sqlite') {
    await conn.execute('analyze');
    await conn.execute('pragma wal_checkpoint(truncate)');
  } else await conn.execute('vacuum analyze');
}
