/**
 * An app's cycle history for the admin API, newest first: keyset pages on (queued_at, id) over
 * the (app_id, queued_at) index, spelled `queued_at <= ? and (queued_at < ? or id < ?)` so both
 * databases range-scan it (as provisioning/log.query.ts does for log entries).
 */
import type { SqlRunner } from '../db/sql.js';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { type CycleRow, cycleFromRaw } from './cycle.row.js';

export const cycleCursor = (c: CycleRow) => encodeCursor([c.queuedAt.getTime(), c.id]);

export async function pageCycles(
  q: SqlRunner,
  appId: string,
  first: number,
  after?: string | null,
): Promise<Page<CycleRow>> {
  const where = ['app_id = ?'];
  const params: unknown[] = [appId];
  if (after) {
    const [at, id] = decodeCursor(after);
    const when = new Date(Number(at));
    where.push('queued_at <= ? and (queued_at < ? or id < ?)');
    params.push(when, when, id);
  }
  const raw =
    first === 0
      ? []
      : await q.all<Record<string, unknown>>(
          `select * from cycle where ${where.join(' and ')} order by queued_at desc, id desc limit ?`,
          [...params, first + 1],
        );
  const rows = raw.slice(0, first).map(cycleFromRaw);
  return {
    nodes: rows,
    cursors: rows.map(cycleCursor),
    hasNextPage: raw.length > first,
    hasPreviousPage: !!after,
  };
}

export async function countCycles(q: SqlRunner, appId: string): Promise<number> {
  const r = await q.get<{ n: number | string }>('select count(*) as n from cycle where app_id = ?', [appId]);
  return Number(r?.n ?? 0);
}

/** The newest finished cycle (succeeded, failed or stopped), or null. */
export async function lastFinishedCycle(q: SqlRunner, appId: string): Promise<CycleRow | null> {
  const r = await q.get<Record<string, unknown>>(
    `select * from cycle where app_id = ? and status not in ('queued', 'running')
      order by queued_at desc, id desc limit 1`,
    [appId],
  );
  return r ? cycleFromRaw(r) : null;
}
