/**
 * An app's schedule changed in place (the dashboard's schedule form, GraphQL `setAppSchedule`):
 * interval, on/off and follow changes, without the rest of the app file. Applying the whole file
 * would need its secrets (the target token, the webhook secret), which are never returned.
 */
import { toDateOrNull } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import type { App } from './app.entity.js';

export const MAX_INTERVAL_MINUTES = 525_600;

export interface SchedulePatch {
  intervalMinutes?: number;
  enabled?: boolean;
  followChanges?: boolean;
}

/**
 * When the next scheduled cycle is due under a new interval: one interval after the last
 * finished cycle (or after now when none finished), and never in the past. A quarantined app
 * keeps its slowed-down time (cycles/cycle.quarantine.ts doubles it), so a new interval does not
 * lift the back-off.
 */
export function nextRunAfter(
  app: Pick<App, 'intervalMinutes' | 'nextRunAt' | 'quarantineReason'>,
  lastFinishedAt: Date | null,
  now: Date,
): Date {
  if (app.quarantineReason && app.nextRunAt) return app.nextRunAt;
  const base = lastFinishedAt ?? now;
  return new Date(Math.max(now.getTime(), base.getTime() + app.intervalMinutes * 60_000));
}

/** Saves the fields of `patch` on `app` (and the row) and moves `nextRunAt` when the interval or on/off changed. */
export async function setAppSchedule(q: SqlRunner, app: App, patch: SchedulePatch, now = new Date()): Promise<App> {
  const intervalChanged = patch.intervalMinutes !== undefined && patch.intervalMinutes !== app.intervalMinutes;
  const switchedOn = patch.enabled === true && !app.scheduleEnabled;
  if (patch.intervalMinutes !== undefined) app.intervalMinutes = patch.intervalMinutes;
  if (patch.enabled !== undefined) app.scheduleEnabled = patch.enabled;
  if (patch.followChanges !== undefined) app.followChanges = patch.followChanges;
  if (intervalChanged || switchedOn || app.nextRunAt == null) {
    const last = await q.get<{ finished_at: unknown }>(
      `select finished_at from cycle where app_id = ? and finished_at is not null order by queued_at desc, id desc limit 1`,
      [app.id],
    );
    app.nextRunAt = nextRunAfter(app, toDateOrNull(last?.finished_at), now);
  }
  app.updatedAt = now;
  await q.run(
    `update app set interval_minutes = ?, schedule_enabled = ?, follow_changes = ?, next_run_at = ?, updated_at = ?
      where id = ?`,
    [app.intervalMinutes, app.scheduleEnabled, app.followChanges, app.nextRunAt, now, app.id],
  );
  return app;
}
