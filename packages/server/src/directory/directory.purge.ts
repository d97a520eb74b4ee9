import type { Services } from '../scim/services.js';
import { hardDelete } from './directory.delete.js';

const DAY_MS = 86_400_000;
/** Objects purged per transaction, so a large purge does not hold the write lock for long. */
const BATCH = 1000;

/**
 * Hard-deletes (with tombstones) the users and groups soft-deleted more than
 * `directory.purge_after_days` days before `now`, in every directory. The runner calls it on a
 * timer; resolves with how many objects went.
 */
export async function purgeExpired(services: Pick<Services, 'sql'>, now: Date): Promise<number> {
  const { sql } = services;
  const dirs = await sql.all<{ id: string; purge_after_days: number | string }>(
    'select id, purge_after_days from directory order by id',
  );
  let purged = 0;
  for (const d of dirs) {
    const before = new Date(now.getTime() - Number(d.purge_after_days) * DAY_MS);
    for (const [type, table] of [
      ['user', 'directory_user'],
      ['group', 'directory_group'],
    ] as const) {
      for (;;) {
        const n = await sql.transaction(async (tx) => {
          const ids = await tx.all<{ object_id: string }>(
            `select object_id from ${table} where directory_id = ? and deleted_at is not null and deleted_at < ?
             order by object_id limit ?`,
            [d.id, before, BATCH],
          );
          return hardDelete(
            tx,
            d.id,
            type,
            ids.map((r) => r.object_id),
            now,
          );
        });
        purged += n;
        if (n < BATCH) break;
      }
    }
  }
  return purged;
}
