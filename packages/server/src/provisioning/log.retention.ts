import type { Sql } from '../db/sql.js';

/** Rows deleted per statement: each batch is its own short transaction, so SCIM writes and cycles interleave. */
const PURGE_BATCH = 5000;

/**
 * Deletes the entries written before `olderThan`, app by app over the (app_id, created_at)
 * index, `PURGE_BATCH` rows a statement (entries of apps deleted since are purged too).
 * Resolves with the number of rows deleted. The runner calls it on a timer with
 * `retentionCutoff(config.PROVISIONING_LOG_RETENTION_DAYS)`.
 */
export async function purgeLogs(sql: Sql, olderThan: Date, batch = PURGE_BATCH): Promise<number> {
  const at = sql.kind === 'sqlite' ? olderThan.getTime() : olderThan;
  const apps = await sql.all<{ app_id: string }>('select distinct app_id from provisioning_log');
  let deleted = 0;
  for (const { app_id } of apps) {
    for (;;) {
      const n = await sql.run(
        `delete from provisioning_log where id in
           (select id from provisioning_log where app_id = ? and created_at < ? limit ?)`,
        [app_id, at, batch],
      );
      deleted += n;
      if (n < batch) break;
    }
  }
  return deleted;
}

/** The purge cutoff for a retention of `days` days. */
export const retentionCutoff = (days: number, now: Date = new Date()) => new Date(now.getTime() - days * 86_400_000);
