import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/orm.js';

/** The `scimdesk` CLI as an operator runs it (SPEC O3): child processes on one SQLite file. */

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

describe('scimdesk CLI', () => {
  let dir: string;
  let env: Record<string, string>;
  let port: number;
  let server: ChildProcess | undefined;
  let serverOut = '';
  let serverExit: Promise<Run> | undefined;

  const start = (args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: SERVER_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const finished = (child: ChildProcess): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  };
  const cli = (...args: string[]) => finished(start(args));
  const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scimdesk-cli-'));
    port = await freePort();
    env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
    };
  });
  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGKILL');
      await serverExit;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  let token = '';
  let tokenId = '';
  /** A second, never-expiring token for the requests in flight at shutdown. */
  let bulkToken = '';
  const BULK_USERS = 300;

  it('tenant create makes a standard tenant and prints its URL', { timeout: 60_000 }, async () => {
    const run = await cli('tenant', 'create', 'clitest', '--rules', 'standard');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tenant clitest (standard rules, SSO off)');
    expect(run.stdout).toContain(`tenant URL: http://127.0.0.1:${port}/scim/v2/clitest`);

    const again = await cli('tenant', 'create', 'clitest', '--rules', 'standard');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: .*clitest/);
  });

  it('admin create prints the admin and a generated password', { timeout: 60_000 }, async () => {
    const run = await cli('admin', 'create', 'ops', '--tenant', 'clitest', '--email', 'ops@example.com');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^admin ops \(owner\) in clitest, id [0-9a-f-]{36}$/m);
    expect(run.stdout).toContain('not tied to a user');
    const password = lines(run.stdout).find((l) => l.startsWith('password: '));
    expect(password).toBeDefined();
    expect(password!.slice('password: '.length).length).toBeGreaterThanOrEqual(12);
  });

  it('token create prints the token alone on its last line; token list shows it active', {
    timeout: 60_000,
  }, async () => {
    const run = await cli('token', 'create', '--tenant', 'clitest', '--owner', 'ops', '--expires-in', '90d');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    token = out[out.length - 1];
    expect(token).toMatch(/^scd_[0-9a-f-]{36}_[A-Za-z0-9_-]{20,}$/);
    tokenId = token.slice(4, 40);
    const header = out.find((l) => l.startsWith('token '));
    expect(header).toContain(`token ${tokenId} for clitest, owner ops, expires `);
    const expires = Date.parse(/expires (\S+)/.exec(header!)![1]);
    const days = (expires - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);

    const list = await cli('token', 'list', '--tenant', 'clitest');
    expect(list.code).toBe(0);
    const row = lines(list.stdout).find((l) => l.startsWith(tokenId));
    expect(row).toBeDefined();
    expect(row!.split(/\s{2,}/).slice(0, 3)).toEqual([tokenId, 'active', 'ops']);
    expect(row).toContain('last used never');
    expect(list.stdout).not.toContain(token.slice(41));

    const second = await cli('token', 'create', '--tenant', 'clitest', '--owner', 'ops', '--description', 'bulk');
    expect(second.code).toBe(0);
    bulkToken = lines(second.stdout).pop()!;
    expect(bulkToken).toMatch(/^scd_[0-9a-f-]{36}_[A-Za-z0-9_-]{20,}$/);
    expect(second.stdout).toContain('expires never');
  });

  it('serve answers SCIM with the token; after token revoke SCIM answers 401', { timeout: 90_000 }, async () => {
    server = start(['serve']);
    const exit = finished(server);
    serverExit = exit;
    server.stdout?.on('data', (d: Buffer) => {
      serverOut += d.toString();
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 45_000;
    for (;;) {
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (server.exitCode !== null) throw new Error(`serve exited early: ${JSON.stringify(await exit)}`);
      if (Date.now() > deadline) throw new Error(`serve did not answer /healthz: ${serverOut}`);
      await sleep(200);
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const scim = (path: string) =>
      fetch(`${base}/scim/v2/clitest${path}`, { headers: { authorization: `Bearer ${token}` } });
    const ok = await scim('/Users');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ totalResults: 0, Resources: [] });

    const revoke = await cli('token', 'revoke', tokenId);
    expect(revoke.stderr).toBe('');
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toMatch(new RegExp(`^token ${tokenId} revoked at \\S+`));

    const refused = await scim('/Users');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ schemas: [ERROR], status: '401' });

    const list = await cli('token', 'list', '--tenant', 'clitest');
    const row = lines(list.stdout).find((l) => l.startsWith(tokenId));
    expect(row!.split(/\s{2,}/)[1]).toBe('revoked');
    expect(row).not.toContain('last used never');

    // A long Bulk request is in flight when SIGTERM arrives: it completes, then the server exits 0.
    const bulk = fetch(`${base}/scim/v2/clitest/Bulk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bulkToken}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
        Operations: Array.from({ length: BULK_USERS }, (_, i) => ({
          method: 'POST',
          path: '/Users',
          bulkId: `u${i}`,
          data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: `bulk.${i}` },
        })),
      }),
    });
    await sleep(150);
    server.kill('SIGTERM');
    const bulkRes = await bulk;
    expect(bulkRes.status).toBe(200);
    const bulkBody = (await bulkRes.json()) as { Operations: { status: string }[] };
    expect(bulkBody.Operations).toHaveLength(BULK_USERS);
    expect(new Set(bulkBody.Operations.map((o) => o.status))).toEqual(new Set(['201']));
    const done = await exit;
    expect(done.signal).toBeNull();
    expect(done.code).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('the provisioning events of the served requests were flushed before exit', { timeout: 30_000 }, async () => {
    const db = await openDatabase(env.DATABASE_URL);
    try {
      const rows = await db.orm.em
        .getConnection()
        .execute(
          "select e.status from provisioning_event e join tenant t on t.id = e.tenant_id where t.slug = 'clitest' and e.method = 'GET' order by e.created_at",
        );
      expect(rows.map((r: { status: number }) => r.status)).toEqual([200]);
      // The revoked token's request is not an event; its count was flushed before exit.
      const refused = await db.orm.em
        .getConnection()
        .execute(
          "select r.reason, r.requests from refused_request r join tenant t on t.id = r.tenant_id where t.slug = 'clitest'",
        );
      expect(refused.map((r: { reason: string; requests: number }) => [r.reason, Number(r.requests)])).toEqual([
        ['revoked', 1],
      ]);
      const bulk = await db.orm.em
        .getConnection()
        .execute(
          "select e.status from provisioning_event e join tenant t on t.id = e.tenant_id where t.slug = 'clitest' and e.method = 'POST' and e.path like '%/Bulk'",
        );
      expect(bulk.map((r: { status: number }) => r.status)).toEqual([200]);
      const users = await db.orm.em
        .getConnection()
        .execute("select count(*) as n from scim_user where user_name like 'bulk.%'");
      expect(Number(users[0].n)).toBe(BULK_USERS);
    } finally {
      await db.close();
    }
  });

  it('bad input exits 2 with an error message and changes nothing', { timeout: 90_000 }, async () => {
    const [slug, owner, tenant, duration, rules, unknownToken, unknown] = await Promise.all([
      cli('tenant', 'create', 'Bad Slug'),
      cli('token', 'create', '--tenant', 'clitest', '--owner', 'nobody'),
      cli('token', 'list', '--tenant', 'no-such-tenant'),
      cli('token', 'create', '--tenant', 'clitest', '--owner', 'ops', '--expires-in', 'soon'),
      cli('tenant', 'create', 'other', '--rules', 'okta'),
      cli('token', 'revoke', '00000000-0000-4000-8000-000000000000'),
      cli('frobnicate'),
    ]);
    expect(slug.code).toBe(2);
    expect(slug.stderr).toMatch(/^error: .*Bad Slug/);
    expect(slug.stdout).toBe('');

    expect(owner.code).toBe(2);
    expect(owner.stderr).toMatch(/^error: .*nobody/);
    expect(owner.stdout).toBe('');

    expect(tenant.code).toBe(2);
    expect(tenant.stderr).toMatch(/^error: .*no-such-tenant/);

    expect(duration.code).toBe(2);
    expect(duration.stderr).toMatch(/^error: .*soon/);

    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/^error: .*--rules/);

    expect(unknownToken.code).toBe(2);
    expect(unknownToken.stderr).toMatch(/^error: /);

    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');

    // Nothing was created by the failed commands: still two tokens, one tenant.
    const list = await cli('token', 'list', '--tenant', 'clitest');
    expect(lines(list.stdout)).toHaveLength(2);
    const other = await cli('token', 'list', '--tenant', 'other');
    expect(other.code).toBe(2);
  });

  it('a zero --expires-in never yields a token that never expires', { timeout: 60_000 }, async () => {
    const run = await cli('token', 'create', '--tenant', 'clitest', '--owner', 'ops', '--expires-in', '0d');
    if (run.code === 0) {
      // Accepted: then the token must already be expired, not perpetual.
      expect(run.stdout).not.toMatch(/expires never/);
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: /);
    }
  });
});
