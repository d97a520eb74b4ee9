import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IN_FLIGHT = 8;
const STREAM_MS = 2000;

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

/**
 * Issue 12 item 3: after kill -9 during a stream of POSTs, every acknowledged create exists and
 * has its Create event (the event commits in the write's transaction, not in a later batch).
 * The served process is `scimdesk serve` on a database prepared by a runtime in this process.
 */
export function defineKillSuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  let child: ChildProcess | undefined;
  let output = '';
  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('killed');
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await server?.close();
  });

  it('every create answered 201 before SIGKILL exists and has its Create event', { timeout: 30_000 }, async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? SERVER_DIR,
        DATABASE_URL: server.databaseUrl,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = child;
    proc.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    proc.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      proc.once('close', (_code, signal) => resolve(signal)),
    );
    const base = `http://127.0.0.1:${port}`;
    const url = `${base}/scim/v2/${t.tenant.slug}/Users`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (proc.exitCode !== null) throw new Error(`serve exited early: ${output}`);
      if (Date.now() > deadline) throw new Error(`serve did not answer /healthz: ${output}`);
      await sleep(100);
    }

    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    // Each worker keeps sending until a request fails after the kill, so requests are in flight when it lands.
    const worker = async (w: number) => {
      for (let i = 0; ; i++) {
        sent += 1;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/scim+json' },
            body: JSON.stringify(user(`killed.${w}.${i}`)),
          });
          const text = await res.text();
          if (res.status === 201) acknowledged.push((JSON.parse(text) as { id: string }).id);
          else if (!killed) throw new Error(`POST answered ${res.status}: ${text}`);
        } catch (err) {
          if (!killed) throw err;
          return;
        }
      }
    };
    const workers = Array.from({ length: IN_FLIGHT }, (_, w) => worker(w));
    await sleep(STREAM_MS);
    killed = true;
    proc.kill('SIGKILL');
    await Promise.all(workers);
    expect(await exited).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(sent - acknowledged.length).toBeGreaterThanOrEqual(IN_FLIGHT);

    const sql = server.rt.services.sql;
    const users = new Set(
      (await sql.all<{ id: string }>('select id from scim_user where tenant_id = ?', [t.tenant.id])).map((r) => r.id),
    );
    const created = new Set(
      (
        await sql.all<{ target_id: string }>(
          "select target_id from provisioning_event where tenant_id = ? and action = 'Create' and status = 201",
          [t.tenant.id],
        )
      ).map((r) => r.target_id),
    );
    const lost = acknowledged.filter((id) => !users.has(id));
    const withoutEvent = acknowledged.filter((id) => !created.has(id));
    expect({ acknowledged: acknowledged.length, lost, withoutEvent }).toEqual({
      acknowledged: acknowledged.length,
      lost: [],
      withoutEvent: [],
    });
    // Nor the other way round: a user that exists has its event, an event names a user that exists.
    expect([...users].filter((id) => !created.has(id))).toEqual([]);
    expect([...created].filter((id) => !users.has(id))).toEqual([]);
  });
}
