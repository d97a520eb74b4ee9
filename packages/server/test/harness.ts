import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { createAdmin } from '../src/admins/admin.service.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { type Runtime, startRuntime } from '../src/runtime.js';
import type { RuleSetName, Tenant } from '../src/tenants/tenant.entity.js';
import { createTenant } from '../src/tenants/tenant.service.js';

export type DbKind = 'sqlite' | 'postgresql';

/** Where the PostgreSQL suites run; each test server gets its own throwaway database there. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

let pgReachable: boolean | undefined;
export async function postgresReachable(): Promise<boolean> {
  if (pgReachable !== undefined) return pgReachable;
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    pgReachable = true;
  } catch {
    pgReachable = false;
    if (process.env.SCIMDESK_REQUIRE_PG === '1')
      throw new Error(`PostgreSQL is required but unreachable at ${PG_ADMIN_URL}`);
    console.warn(`PostgreSQL unreachable at ${PG_ADMIN_URL}: PostgreSQL suites are skipped`);
  }
  return pgReachable;
}

export interface TestTenant {
  tenant: Tenant;
  token: string;
  url: string;
  adminUserName: string;
}

export interface TestServer {
  url: string;
  /** The database this server runs on (pass it as `databaseUrl` to start a second replica on it). */
  databaseUrl: string;
  rt: Runtime;
  app: FastifyInstance;
  addTenant(slug: string, opts?: { rules?: RuleSetName; sso?: boolean }): Promise<TestTenant>;
  /** fetch against a tenant with its token, JSON in and out. */
  scim(
    t: TestTenant,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ScimReply>;
  close(): Promise<void>;
}

export interface ScimReply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field
  body: any;
}

/** Starts scimdesk on a throwaway SQLite file or PostgreSQL database and a free port. */
/** `env` adds configuration (e.g. `{ GRAPHQL_MAX_DEPTH: '6' }`). */
/** `opts.databaseUrl`: run on another server's database (a second replica); this one neither creates nor drops it. */
export async function startTestServer(
  kind: DbKind = 'sqlite',
  env: Record<string, string> = {},
  opts: { databaseUrl?: string } = {},
): Promise<TestServer> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (opts.databaseUrl) {
    url = opts.databaseUrl;
    cleanup = async () => {};
  } else if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scimdesk-test-'));
    url = `sqlite:${join(dir, 'test.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `scimdesk_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    cleanup = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = loadConfig({ DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const rt = await startRuntime(config, pino({ level: 'silent' }));
  const app = await buildApp(rt.services, rt.log);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    url: origin,
    databaseUrl: url,
    rt,
    app,
    async addTenant(slug, opts = {}) {
      const em = rt.db.orm.em.fork();
      const tenant = await createTenant(em, { slug, rules: opts.rules ?? 'standard', ssoEnabled: opts.sso ?? false });
      const adminUserName = `admin.${slug}`;
      const { admin } = await createAdmin(rt.services, em, tenant, {
        userName: adminUserName,
        password: 'pw-for-tests-only',
      });
      const { secret } = await rt.services.tokens.create(em, tenant, admin);
      return { tenant, token: secret, url: `${origin}/scim/v2/${slug}`, adminUserName };
    },
    async scim(t, method, path, body, headers = {}) {
      const res = await fetch(`${t.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${t.token}`,
          ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await app.close();
      await rt.close();
      await cleanup();
    },
  };
}
