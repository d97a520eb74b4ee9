import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SERVER_DIR, TEST_SECRET_KEY } from './engine/engine-box.js';
import { PG_ADMIN_URL, postgresReachable } from './harness.js';

/**
 * Replicas started together on an empty PostgreSQL database: before, one raced the other into
 * `relation "mikro_orm_migrations" already exists` (42P07) or a deadlock creating pg-boss's
 * queues (40P01) and exited. Now setup takes turns on an advisory lock and every replica comes up.
 */
describe.skipIf(!(await postgresReachable()))('replicas started at once on a new PostgreSQL database', () => {
  it('all three migrate, start their runner and serve', async () => {
    const name = `scimdesk_r_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    const children: Array<{ child: ChildProcess; out: string }> = [];
    try {
      for (let i = 0; i < 3; i++) {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
          cwd: SERVER_DIR,
          env: {
            PATH: process.env.PATH ?? '',
            DATABASE_URL: url,
            PORT: '0',
            HOST: '127.0.0.1',
            LOG_LEVEL: 'error',
            ENGINE_SECRET_KEY: TEST_SECRET_KEY,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const entry = { child, out: '' };
        child.stdout?.on('data', (d: Buffer) => {
          entry.out += d.toString();
        });
        child.stderr?.on('data', (d: Buffer) => {
          entry.out += d.toString();
        });
        children.push(entry);
      }
      const outcome = (e: (typeof children)[number]) =>
        /scimdesk is up/.test(e.out) ? 'up' : e.child.exitCode !== null || e.child.signalCode ? 'exited' : undefined;
      const until = Date.now() + 100_000;
      while (children.some((e) => !outcome(e)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      const outcomes = children.map((e) => outcome(e) ?? 'still starting');
      expect(outcomes, children.map((e) => e.out).join('\n---\n')).toEqual(['up', 'up', 'up']);
      const queues = new pg.Client({ connectionString: url });
      await queues.connect();
      const { rows } = await queues.query(
        "select name, policy from pgboss.queue where name like 'scimdesk-%' order by name",
      );
      await queues.end();
      expect(rows).toEqual([
        { name: 'scimdesk-cycle', policy: 'stately' },
        { name: 'scimdesk-tick', policy: 'stately' },
      ]);
    } finally {
      for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
