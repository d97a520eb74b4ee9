/**
 * Escrow (E8): objects whose last attempt failed are kept in their links (`failed_at`, `failures`,
 * `last_error`) and retried by a later cycle once their `retry_at` has come, the wait growing with
 * each failure (ENGINE_RETRY_SCHEDULE_MINUTES). An admin browses them and retries any of them now.
 */
import { toDate, toDateOrNull } from '../db/row.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { ObjectType } from './cycle.reader.js';

export interface FailedObject {
  objectType: ObjectType;
  sourceId: string;
  sourceName: string | null;
  targetId: string | null;
  /** Failures in a row. */
  failures: number;
  lastError: string | null;
  failedAt: Date;
  /** When a cycle retries it (null: the next one). */
  retryAt: Date | null;
}

export async function countFailures(q: SqlRunner, appId: string): Promise<number> {
  const r = await q.get<{ n: number | string }>(
    'select count(*) as n from app_link where app_id = ? and failed_at is not null',
    [appId],
  );
  return Number(r?.n ?? 0);
}

/** Failed objects by type and source id, after the cursor `type:id`. */
export async function listFailures(
  q: SqlRunner,
  appId: string,
  directoryId: string,
  limit: number,
  after = '',
): Promise<FailedObject[]> {
  const i = after.indexOf(':');
  const [type, id] = i < 0 ? ['', ''] : [after.slice(0, i), after.slice(i + 1)];
  const rows = await q.all<{
    object_type: string;
    source_id: string;
    target_id: string | null;
    failures: number | string;
    last_error: string | null;
    failed_at: unknown;
    retry_at: unknown;
    user_name: string | null;
    group_name: string | null;
  }>(
    `select l.object_type, l.source_id, l.target_id, l.failures, l.last_error, l.failed_at, l.retry_at,
            u.user_principal_name as user_name, g.display_name as group_name
       from app_link l
       left join directory_user u on l.object_type = 'user' and u.directory_id = ? and u.object_id = l.source_id
       left join directory_group g on l.object_type = 'group' and g.directory_id = ? and g.object_id = l.source_id
      where l.app_id = ? and l.failed_at is not null
        and (l.object_type > ? or (l.object_type = ? and l.source_id > ?))
      order by l.object_type, l.source_id limit ${Math.min(Math.max(Math.trunc(limit), 1), 1000)}`,
    [directoryId, directoryId, appId, type, type, id],
  );
  return rows.map((r) => ({
    objectType: r.object_type as ObjectType,
    sourceId: r.source_id,
    sourceName: r.user_name ?? r.group_name ?? null,
    targetId: r.target_id,
    failures: Number(r.failures),
    lastError: r.last_error,
    failedAt: toDate(r.failed_at),
    retryAt: toDateOrNull(r.retry_at),
  }));
}

/** Which of `ids` are failed objects of the app. */
export async function failedAmong(q: SqlRunner, appId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await q.all<{ source_id: string }>(
    `select source_id from app_link where app_id = ? and failed_at is not null and ${inList(q.kind, 'source_id')}`,
    [appId, listParam(q.kind, ids)],
  );
  return new Set(rows.map((r) => r.source_id));
}

/** Makes failed objects (all, or these source ids) due now: the next cycle retries them. */
export async function retryNow(q: SqlRunner, appId: string, ids?: readonly string[]): Promise<number> {
  if (ids && !ids.length) return 0;
  return q.run(
    `update app_link set retry_at = null where app_id = ? and failed_at is not null${ids ? ` and ${inList(q.kind, 'source_id')}` : ''}`,
    ids ? [appId, listParam(q.kind, ids)] : [appId],
  );
}
