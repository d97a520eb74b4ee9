import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbKind, TestTenant } from '../harness.js';
import { allUsers, type EngineBox, engineBox, waitFor } from './engine-box.js';

interface CycleRow {
  id: string;
  status: string;
  done: number | string;
  total: number | string;
  claimed_by: string | null;
  counts: string;
}

/**
 * A runner killed with SIGKILL mid-cycle: on PostgreSQL a second `serve` process (pg-boss) takes
 * the cycle over; on SQLite the next `cycle run --wait` resumes the same cycle from its cursor.
 * Either way every in-scope user exists exactly once in the target tenant.
 */
export function defineResumeSuite(kind: DbKind, userCount: number): void {
  let box: EngineBox;
  let t: TestTenant;
  const APP = 'scale';
  const ENV = {
    ENGINE_SLICE_SECONDS: '2',
    ENGINE_JOB_EXPIRE_SECONDS: kind === 'postgresql' ? '4' : '2',
    ENGINE_PGBOSS_MAINTENANCE_SECONDS: '1',
    ENGINE_BATCH_SIZE: '50',
  };
  const children: ChildProcess[] = [];
  const names = Array.from({ length: userCount }, (_, i) => `user${String(i).padStart(5, '0')}`);
  const cycleRow = async () =>
    box.sql.get<CycleRow>('select id, status, done, total, claimed_by, counts from cycle order by queued_at desc');

  beforeAll(async () => {
    box = await engineBox(kind, {});
    t = await box.tenant('scale');
    expect((await box.cli(['directory', 'create', 'scale'])).code).toBe(0);
    const csv = ['userPrincipalName,givenName,surname', ...names.map((n, i) => `${n}@scale.example,G${i},S${i}`)];
    const imported = await box.cli(['directory', 'import', 'scale', '--users', box.file('u.csv', csv.join('\n'))]);
    expect(imported.stdout).toContain(`users: ${userCount} created`);
    const app = {
      name: APP,
      source: { directory: 'scale' },
      target: { tenant: 'scale' },
      scope: { mode: 'all' },
      schedule: { enabled: false },
    };
    expect((await box.cli(['app', 'apply', '--file', box.file('app.json', JSON.stringify(app))])).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await box?.close();
  });

  /** Exactly the directory's users, once each, and a log without failures. */
  async function checkTarget(cycleId: string): Promise<void> {
    const users = (await allUsers(box.server, t)).filter((u) => u.externalId);
    const userNames = users.map((u) => u.userName);
    expect(userNames.length).toBe(userCount);
    expect(new Set(userNames)).toEqual(new Set(names));
    expect(new Set(users.map((u) => u.externalId)).size).toBe(userCount);
    const failures = await box.logs(APP, '--cycle', cycleId, '--status', 'Failure');
    expect(failures).toEqual([]);
    const row = (await cycleRow()) as CycleRow;
    const counts = JSON.parse(row.counts) as Record<string, number>;
    expect(counts.failed).toBe(0);
    // Objects the killed runner created in its uncommitted batch are matched again (updated or unchanged).
    expect(counts.created + counts.updated + counts.skipped).toBe(userCount);
    expect(Number(row.done)).toBe(userCount);
    expect(Number(row.total)).toBe(userCount);
  }

  if (kind === 'postgresql')
    it('two serve processes on one database: the one running the cycle is killed, the other finishes it', async () => {
      const serve = () => {
        const c = box.spawnCli(['serve'], { ...ENV, PORT: '0', HOST: '127.0.0.1' });
        children.push(c);
        return c;
      };
      const a = serve();
      const b = serve();
      for (const c of [a, b])
        await waitFor('serve to start', async () => {
          if (/scimdesk is up/.test(c.output())) return true;
          if (c.exitCode !== null || c.signalCode) throw new Error(`serve exited before it was up:\n${c.output()}`);
          return undefined;
        });
      const started = await box.cli(['cycle', 'run', APP, '--json']);
      expect(started.code).toBe(0);
      const cycleId = JSON.parse(started.stdout.trim().split('\n').pop() ?? '{}').cycleId as string;
      expect(cycleId).toBeTruthy();
      const pidOf = (c: ChildProcess) => `:${c.pid}:`;
      // Whichever replica pg-boss hands the cycle to is "A"; it is killed once a batch is committed.
      const first = await waitFor(
        'a replica to run the cycle',
        async () => {
          const row = await cycleRow();
          if (!row || Number(row.done) === 0 || !row.claimed_by) return undefined;
          return row;
        },
        60_000,
      );
      const victim = first.claimed_by?.includes(pidOf(a)) ? a : b;
      const survivor = victim === a ? b : a;
      expect(first.claimed_by).toContain(pidOf(victim));
      process.kill(victim.pid as number, 'SIGKILL');
      const doneAtKill = Number(first.done);
      expect(doneAtKill).toBeLessThan(userCount);
      let takenOver = false;
      const end = await waitFor(
        'the other replica to finish the cycle',
        async () => {
          const row = await cycleRow();
          if (row?.claimed_by?.includes(pidOf(survivor))) takenOver = true;
          return row && row.status !== 'queued' && row.status !== 'running' ? row : undefined;
        },
        120_000,
      );
      expect(end.status).toBe('succeeded');
      expect(end.id).toBe(cycleId);
      expect(takenOver).toBe(true);
      const claims = await box.logs(APP, '--cycle', cycleId, '--action', 'Create');
      expect(claims.length).toBeGreaterThanOrEqual(doneAtKill);
      await checkTarget(cycleId);
    }, 240_000);
  else
    it('a `cycle run --wait` killed mid-cycle: the next one resumes the same cycle from its cursor', async () => {
      const first = box.spawnCli(['cycle', 'run', APP, '--wait', '--json'], ENV);
      children.push(first);
      const running = await waitFor('the first batches', async () => {
        const row = await cycleRow();
        return row && Number(row.done) > 0 ? row : undefined;
      });
      process.kill(first.pid as number, 'SIGKILL');
      await waitFor('the process to die', async () => (first.signalCode ? true : undefined));
      const atKill = (await cycleRow()) as CycleRow;
      expect(atKill.status).toBe('running');
      expect(atKill.claimed_by).toContain(`:${first.pid}:`);
      expect(Number(atKill.done)).toBeLessThan(userCount);
      const again = await box.cycle(['cycle', 'run', APP], ENV);
      expect(again.cycleId).toBe(running.id);
      expect(again.status).toBe('succeeded');
      expect(Number((await box.sql.get<{ n: number | string }>('select count(*) as n from cycle'))?.n)).toBe(1);
      // Resumed from the cursor: what was committed before the kill is not processed again.
      const entries = await box.logs(APP, '--cycle', running.id);
      expect(entries.length).toBe(userCount);
      expect(new Set(entries.map((e) => e.sourceId)).size).toBe(userCount);
      await checkTarget(running.id);
    }, 120_000);
}
