/**
 * Follow changes (an app's `schedule.followChanges`): besides its schedule, an app queues an
 * incremental cycle as soon as its source changes. Three paths, so no change is left waiting:
 * - a commit that changed a tenant source tells this process's follower (directory/source-changes.ts),
 *   which queues the following apps of that directory after ENGINE_FOLLOW_DELAY_MS (a burst of
 *   SCIM writes becomes one cycle);
 * - a cycle that finishes behind its directory queues the next one (changes that arrived while it ran);
 * - the scheduler's tick queues any following app whose directory moved past its watermark (a
 *   change made by another replica without a runner, or an imported directory).
 */
import type { Logger } from 'pino';
import { App } from '../apps/app.entity.js';
import type { SqlRunner } from '../db/sql.js';
import type { Services } from '../scim/services.js';
import { startCycle } from './cycle.service.js';

const OPEN = "select 1 from cycle c where c.app_id = a.id and c.status in ('queued', 'running')";

/** Following, running apps with nothing open whose directory has changes past their watermark (or that never ran). */
export async function behindApps(q: SqlRunner, directoryId?: string): Promise<string[]> {
  const rows = await q.all<{ id: string }>(
    `select a.id from app a join directory d on d.id = a.directory_id
      where a.follow_changes and a.state = 'running' and d.seq > coalesce(a.watermark, -1)
        ${directoryId ? 'and a.directory_id = ?' : ''} and not exists (${OPEN})`,
    directoryId ? [directoryId] : [],
  );
  return rows.map((r) => r.id);
}

/** Queues a cycle for each app behind its source; resolves with how many were queued. */
export async function queueBehind(services: Services, directoryId?: string): Promise<number> {
  const ids = await behindApps(services.sql, directoryId);
  if (!ids.length) return 0;
  const em = services.db.orm.em.fork();
  let queued = 0;
  for (const id of ids) {
    const app = await em.findOne(App, { id });
    if (app && (await startCycle(services, app, 'follow')).started) queued += 1;
  }
  return queued;
}

/** This process's follower: debounces change notices per directory, then queues the apps behind. */
export class Follower {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly log: Logger,
  ) {
    this.unsubscribe = services.sourceChanges.subscribe((id) => this.changed(id));
  }

  private changed(directoryId: string): void {
    if (this.timers.has(directoryId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(directoryId);
      queueBehind(this.services, directoryId).catch((err) =>
        this.log.warn({ err, directoryId }, 'queueing the cycles that follow a source change failed'),
      );
    }, this.services.config.ENGINE_FOLLOW_DELAY_MS);
    timer.unref();
    this.timers.set(directoryId, timer);
  }

  close(): void {
    this.unsubscribe();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
