/** The engine's periodic work, whichever runner triggers it: queue due apps; purge old data. */
import { App } from '../apps/app.entity.js';
import { dueApps, startCycle } from '../cycles/cycle.service.js';
import { queueBehind } from '../cycles/follow.js';
import { purgeExpired } from '../directory/directory.purge.js';
import { purgePlans } from '../plans/plan.apply.js';
import { purgeLogs } from '../provisioning/log.retention.js';
import type { Services } from '../scim/services.js';

const DAY_MS = 86_400_000;
let lastPurge = 0;

export async function engineTick(services: Services, now = new Date()): Promise<{ queued: number }> {
  const em = services.db.orm.em.fork();
  let queued = 0;
  for (const id of await dueApps(services.sql, now)) {
    const app = await em.findOne(App, { id });
    if (app && (await startCycle(services, app, 'schedule')).started) queued += 1;
  }
  queued += await queueBehind(services);
  if (now.getTime() - lastPurge > 3_600_000) {
    lastPurge = now.getTime();
    await purgeExpired(services, now);
    const cutoff = new Date(now.getTime() - services.config.PROVISIONING_LOG_RETENTION_DAYS * DAY_MS);
    await purgeLogs(services.sql, cutoff);
    await purgePlans(services.sql, cutoff);
  }
  return { queued };
}

/** Open cycles that no live runner holds (never claimed, or their runner stopped writing). */
export async function orphanedCycles(services: Services): Promise<{ id: string; appId: string }[]> {
  const stale = new Date(Date.now() - services.config.ENGINE_JOB_EXPIRE_SECONDS * 1000);
  const rows = await services.sql.all<{ id: string; app_id: string }>(
    `select c.id, c.app_id from cycle c join app a on a.id = c.app_id
     where c.status in ('queued', 'running') and a.state = 'running' and (c.claimed_by is null or c.heartbeat_at < ?)
     order by c.queued_at`,
    [stale],
  );
  return rows.map((r) => ({ id: r.id, appId: r.app_id }));
}
