import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSql } from '../../src/db/orm.js';
import type { Sql } from '../../src/db/sql.js';
import type { Run } from '../directory/cli-run.js';
import { type GqlClient, signedInClient } from '../graphql-client.js';
import { addAdmin, PASSWORD } from '../graphql-fixture.js';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';

export const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** One key for every process of a box, so a token sealed by one CLI run opens in the next. */
export const TEST_SECRET_KEY = 'a1'.repeat(32);

export interface CycleSummary {
  cycleId: string;
  kind: 'initial' | 'incremental';
  status: string;
  counts: { created: number; updated: number; disabled: number; deleted: number; skipped: number; failed: number };
  durationMs: number;
}

/** One provisioning log entry as `app logs --format json` prints it. */
export interface LogLine {
  cycleId: string;
  objectType: 'user' | 'group';
  action: string;
  status: string;
  sourceId: string;
  sourceName: string;
  targetId: string | null;
  modified: { attribute: string; old: unknown; new: unknown }[];
  steps: { step: string; status: string; details: Record<string, unknown> }[];
  request: { method: string; path: string } | null;
  responseStatus: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  retryCount: number;
}

/**
 * A scimdesk server on a throwaway database (the SCIM door, to read the target tenant back) and
 * `scimdesk` CLI child processes on the same database (the operator's door).
 */
export interface EngineBox {
  server: TestServer;
  dir: string;
  /** Raw SQL on the box's database (for waiting on a cycle's progress and a few checks). */
  sql: Sql;
  file(name: string, text: string): string;
  cli(args: string[], env?: Record<string, string>): Promise<Run>;
  /** Starts a long-running CLI process (`serve`, a `cycle run --wait` to kill). */
  spawnCli(args: string[], env?: Record<string, string>): ChildProcess & { output: () => string };
  /** `cycle run <app> --wait --json` (or `app restart`): the summary on stdout's last line. */
  cycle(args: string[], env?: Record<string, string>): Promise<CycleSummary>;
  /** The app's provisioning log (`app logs --format json`); filters as `--cycle ID`. */
  logs(app: string, ...filters: string[]): Promise<LogLine[]>;
  /** A signed-in platform owner (GraphQL), made on first use in a tenant of its own. */
  owner(): Promise<GqlClient>;
  tenant(slug: string): Promise<TestTenant>;
  close(): Promise<void>;
}

export async function engineBox(kind: DbKind, env: Record<string, string> = {}): Promise<EngineBox> {
  const server = await startTestServer(kind, env);
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-engine-'));
  const sql = await openSql(server.databaseUrl);
  const baseEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    DATABASE_URL: server.databaseUrl,
    LOG_LEVEL: 'silent',
    ENGINE_SECRET_KEY: TEST_SECRET_KEY,
    ENGINE_POLL_MS: '100',
    ...env,
  };
  const spawnCli = (args: string[], extra: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: SERVER_DIR,
      env: { ...baseEnv, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    }) as ChildProcess & { output: () => string };
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.output = () => out;
    return child;
  };
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: SERVER_DIR,
        env: { ...baseEnv, ...extra },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  const tenants = new Map<string, TestTenant>();
  let ownerClient: GqlClient | undefined;
  const owner = async () => {
    if (!ownerClient) {
      const ops = await server.addTenant('ops');
      await addAdmin(server, ops, 'platform.owner', 'owner', true);
      ownerClient = await signedInClient(server, 'platform.owner', PASSWORD);
    }
    return ownerClient;
  };
  return {
    server,
    dir,
    sql,
    file(name, text) {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    cli,
    spawnCli,
    async cycle(args, extra) {
      const r = await cli([...args, '--wait', '--json'], extra);
      const last = r.stdout.trim().split('\n').pop() ?? '';
      if (!last.startsWith('{')) throw new Error(`no summary (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
      return JSON.parse(last) as CycleSummary;
    },
    owner,
    async logs(app, ...filters) {
      const r = await cli(['app', 'logs', app, '--format', 'json', ...filters]);
      if (r.code !== 0) throw new Error(`app logs failed: ${r.stderr}`);
      return JSON.parse(r.stdout) as LogLine[];
    },
    async tenant(slug) {
      let t = tenants.get(slug);
      if (!t) {
        t = await server.addTenant(slug, { rules: 'egnyte' });
        tenants.set(slug, t);
      }
      return t;
    },
    async close() {
      await sql.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the time is up. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every user of a tenant over SCIM (paged). */
// biome-ignore lint/suspicious/noExplicitAny: SCIM resources are read field by field
export async function allUsers(server: TestServer, t: TestTenant): Promise<any[]> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const out: any[] = [];
  for (let start = 1; ; start += 1000) {
    const r = await server.scim(t, 'GET', `/Users?startIndex=${start}&count=1000`);
    if (r.status !== 200) throw new Error(`GET /Users: ${r.status}`);
    out.push(...(r.body.Resources ?? []));
    if (out.length >= r.body.totalResults || !r.body.Resources?.length) return out;
  }
}
