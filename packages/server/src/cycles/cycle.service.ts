/**
 * Starting and steering cycles. A cycle is a row (status queued -> running -> succeeded | failed |
 * stopped); runners (jobs/) pick queued and abandoned ones. One open cycle per app is enforced by
 * the database (a unique index on open cycles), so two replicas asking at once get the same one.
 */
import { randomUUID } from 'node:crypto';
import { compileApp } from '../apps/app.compile.js';
import type { App, AppState } from '../apps/app.entity.js';
import type { SqlRunner } from '../db/sql.js';
import type { Services } from '../scim/services.js';
import { allowHeld, rejectHeld } from './cycle.deletes.js';
import type { CycleKind } from './cycle.entity.js';
import { retryNow } from './cycle.failures.js';
import { type CycleRow, cycleFromRaw, readCycle } from './cycle.row.js';
import { type CycleSummary, emptyCounts } from './cycle.types.js';

export async function openCycle(q: SqlRunner, appId: string): Promise<CycleRow | null> {
  const r = await q.get<Record<string, unknown>>(
    "select * from cycle where app_id = ? and status in ('queued', 'running')",
    [appId],
  );
  return r ? cycleFromRaw(r) : null;
}

export async function lastCycles(q: SqlRunner, appId: string, limit = 20): Promise<CycleRow[]> {
  const rows = await q.all<Record<string, unknown>>(
    `select * from cycle where app_id = ? order by queued_at desc, id desc limit ${Math.min(Math.max(limit, 1), 500)}`,
    [appId],
  );
  return rows.map(cycleFromRaw);
}

/** Initial when none ran yet, after a restart, or when mappings or scope changed since the watermark. */
export function nextKind(app: App): CycleKind {
  return app.watermark == null || app.evaluatedHash !== compileApp(app).hash ? 'initial' : 'incremental';
}

/** Queues a cycle (or returns the open one) and wakes the runner. */
export async function startCycle(
  services: Services,
  app: App,
  trigger: string,
): Promise<{ cycle: CycleRow; started: boolean }> {
  const open = await openCycle(services.sql, app.id);
  if (open) return { cycle: open, started: false };
  const id = randomUUID();
  try {
    await services.sql.run(
      'insert into cycle (id, app_id, kind, status, trigger, phase, counts, queued_at, total, done, run_ms) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)',
      [id, app.id, nextKind(app), 'queued', trigger, 'users', JSON.stringify(emptyCounts()), new Date()],
    );
  } catch (err) {
    const again = await openCycle(services.sql, app.id);
    if (again) return { cycle: again, started: false };
    throw err;
  }
  await services.runner?.wake(id, app.id);
  return { cycle: (await readCycle(services.sql, id)) as CycleRow, started: true };
}

/**
 * Restart (azure.md §5.2): stops the open cycle, clears the watermark and failures so the next
 * cycle is initial, keeping links; `full` also drops the links (Graph's resetScope Full).
 */
export async function restartApp(
  services: Services,
  app: App,
  full: boolean,
): Promise<{ cycle: CycleRow; started: boolean }> {
  await services.sql.transaction(async (tx) => {
    await tx.run(
      `update cycle set status = 'stopped', finished_at = ?, claimed_by = null, error = 'Restarted.' where app_id = ? and status in ('queued', 'running')`,
      [new Date(), app.id],
    );
    // A restart lifts a quarantine at once (azure.md §5.2).
    await tx.run(
      "update app set watermark = null, state = 'running', quarantine_reason = null, quarantine_message = null, quarantined_at = null, quarantine_cycles = 0 where id = ?",
      [app.id],
    );
    if (full) await tx.run('delete from app_link where app_id = ?', [app.id]);
    else
      await tx.run('update app_link set failed_at = null, failures = 0, last_error = null where app_id = ?', [app.id]);
  });
  app.watermark = null;
  app.state = 'running';
  return startCycle(services, app, 'restart');
}

export async function setAppState(services: Services, app: App, state: AppState): Promise<void> {
  await services.sql.run('update app set state = ?, updated_at = ? where id = ?', [state, new Date(), app.id]);
  app.state = state;
  if (state === 'running') {
    const open = await openCycle(services.sql, app.id);
    if (open) await services.runner?.wake(open.id, app.id);
  }
}

/**
 * Stops the app: nothing runs until it is resumed. An open cycle no live runner holds (queued, or
 * paused and released) ends now; one a runner holds ends at that runner's next batch (it reads
 * the state), so the two never both write the row.
 */
export async function stopApp(services: Services, app: App): Promise<void> {
  await setAppState(services, app, 'stopped');
  const stale = new Date(Date.now() - services.config.ENGINE_JOB_EXPIRE_SECONDS * 1000);
  await services.sql.run(
    `update cycle set status = 'stopped', finished_at = ?, claimed_by = null
      where app_id = ? and status in ('queued', 'running') and (claimed_by is null or heartbeat_at < ?)`,
    [new Date(), app.id, stale],
  );
}

export const summaryOf = (c: CycleRow): CycleSummary => ({
  cycleId: c.id,
  kind: c.kind,
  status: c.status,
  counts: c.counts,
  durationMs: c.runMs,
});

/** Resolves when the cycle is no longer open (polls the row: any replica may be running it). */
export async function waitForCycle(
  q: SqlRunner,
  id: string,
  onProgress?: (c: CycleRow) => void,
  pollMs = 200,
): Promise<CycleRow> {
  for (;;) {
    const c = await readCycle(q, id);
    if (!c) throw new Error(`cycle ${id} vanished`);
    onProgress?.(c);
    if (c.status !== 'queued' && c.status !== 'running') return c;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Apps whose next run is due (schedule on, running, nothing open): the scheduler queues them. */
export async function dueApps(q: SqlRunner, now: Date): Promise<string[]> {
  const rows = await q.all<{ id: string }>(
    `select a.id from app a where a.state = 'running' and a.schedule_enabled and a.next_run_at <= ?
     and not exists (select 1 from cycle c where c.app_id = a.id and c.status in ('queued', 'running'))`,
    [now],
  );
  return rows.map((r) => r.id);
}

/**
 * An admin's answer to deletes the threshold held (all, or the objects with these source ids):
 * `allow` marks them allowed and queues a cycle whose deletes phase sends them (when the app is
 * running; a paused app sends them when resumed); `reject` drops them and the target keeps the
 * objects.
 */
export async function decideHeld(
  services: Services,
  app: App,
  verdict: 'allow' | 'reject',
  sourceIds?: readonly string[],
): Promise<{ changed: number; cycle: CycleRow | null }> {
  if (verdict === 'reject') return { changed: await rejectHeld(services.sql, app.id, sourceIds), cycle: null };
  const changed = await allowHeld(services.sql, app.id, sourceIds);
  if (!changed || app.state !== 'running') return { changed, cycle: null };
  return { changed, cycle: (await startCycle(services, app, 'allow-deletes')).cycle };
}

/**
 * Retry now (escrow): failed objects (all, or these source ids) become due, and a cycle is queued
 * that retries them when the app is running (a paused app retries them when resumed).
 */
export async function retryFailures(
  services: Services,
  app: App,
  sourceIds?: readonly string[],
): Promise<{ changed: number; cycle: CycleRow | null }> {
  const changed = await retryNow(services.sql, app.id, sourceIds);
  if (!changed || app.state !== 'running') return { changed, cycle: null };
  return { changed, cycle: (await startCycle(services, app, 'retry')).cycle };
}
