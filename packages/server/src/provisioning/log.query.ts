import { caseFold } from '@scimdesk/scim';
import type { DatabaseKind } from '../config.js';
import { toDate, toJson, toStr } from '../db/row.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import { decodeCursor, encodeCursor, type Page } from '../graphql/connection.js';
import { dialectFor, likeEscape } from '../scim/sql/dialect.js';
import type { LogAction, LogFilter, LogModified, LogObjectType, LogRecord, LogStatus, LogStep } from './log.types.js';
import { LOG_COLUMNS } from './log.writer.js';

export interface LogRow {
  id: string;
  app_id: string;
  cycle_id: string | null;
  object_type: string;
  action: string;
  status: string;
  source_id: string;
  source_name: string | null;
  target_id: string | null;
  target_name: string | null;
  modified: unknown;
  steps: unknown;
  request: string | null;
  response_status: number | string | null;
  error_code: string | null;
  error_message: string | null;
  retry_count: number | string;
  duration_ms: number | string;
  created_at: unknown;
}

/** Every column but `steps` and `modified` (readLogs with `withDetail: false`; toLogRecord reads them as empty). */
const LIST_COLUMNS = LOG_COLUMNS.filter((c) => c !== 'steps' && c !== 'modified')
  .map((c) => `l.${c}`)
  .join(', ');

/** A raw row as a record (JSON parsed, dates and numbers converted; a JSON column that does not parse reads as empty). */
export function toLogRecord(r: LogRow): LogRecord {
  const space = r.request ? r.request.indexOf(' ') : -1;
  return {
    id: r.id,
    appId: r.app_id,
    cycleId: toStr(r.cycle_id),
    objectType: r.object_type as LogObjectType,
    action: r.action as LogAction,
    status: r.status as LogStatus,
    sourceId: r.source_id,
    sourceName: toStr(r.source_name),
    targetId: toStr(r.target_id),
    targetName: toStr(r.target_name),
    modified: jsonList<LogModified>(r.modified),
    steps: jsonList<LogStep>(r.steps),
    request: r.request
      ? space < 0
        ? { method: r.request, path: '' }
        : { method: r.request.slice(0, space), path: r.request.slice(space + 1) }
      : null,
    responseStatus: r.response_status == null ? null : Number(r.response_status),
    errorCode: toStr(r.error_code),
    errorMessage: toStr(r.error_message),
    retryCount: Number(r.retry_count),
    durationMs: Number(r.duration_ms),
    createdAt: toDate(r.created_at),
  };
}

function jsonList<T>(v: unknown): T[] {
  try {
    const out = toJson<unknown>(v);
    return Array.isArray(out) ? (out as T[]) : [];
  } catch {
    return [];
  }
}

/** The filter as SQL over `provisioning_log l`, the app first (the (app_id, created_at) index). */
export function logWhere(kind: DatabaseKind, appId: string, f: LogFilter): { sql: string; params: unknown[] } {
  const d = dialectFor(kind);
  const parts = ['l.app_id = ?'];
  const params: unknown[] = [appId];
  const add = (sql: string, ...v: unknown[]) => {
    parts.push(sql);
    params.push(...v);
  };
  if (f.cycleId) add('l.cycle_id = ?', f.cycleId);
  if (f.objectType) add('l.object_type = ?', f.objectType);
  if (f.actions?.length) add(inList(kind, 'l.action'), listParam(kind, f.actions));
  if (f.statuses?.length) add(inList(kind, 'l.status'), listParam(kind, f.statuses));
  if (f.from) add('l.created_at >= ?', d.timestamp(f.from));
  if (f.to) add('l.created_at < ?', d.timestamp(f.to));
  if (f.identity) {
    const like = `%${likeEscape(caseFold(f.identity))}%`;
    const cols = ['l.source_id', 'l.source_name', 'l.target_id', 'l.target_name'];
    add(`(${cols.map((c) => `${d.fold(c)} like ? escape '\\'`).join(' or ')})`, like, like, like, like);
  }
  return { sql: parts.join(' and '), params };
}

/** A position in the newest-first order: the last row read. */
export interface LogPosition {
  at: Date;
  id: string;
}

export const logCursor = (r: LogRecord) => encodeCursor([r.createdAt.getTime(), r.id]);
export function logPosition(cursor: string): LogPosition {
  const [at, id] = decodeCursor(cursor);
  return { at: new Date(Number(at)), id };
}

/**
 * Up to `limit` entries after `after`, newest first (created_at desc, id desc). The keyset is
 * spelled `created_at <= ? and (created_at < ? or id < ?)` so both databases range-scan the
 * (app_id, created_at) index instead of filtering a row-value comparison.
 */
export async function readLogs(
  q: SqlRunner,
  appId: string,
  filter: LogFilter,
  limit: number,
  after?: LogPosition | null,
  opts: { withDetail?: boolean } = {},
): Promise<LogRecord[]> {
  if (limit <= 0) return [];
  const where = logWhere(q.kind, appId, filter);
  const parts = [where.sql];
  const params = [...where.params];
  if (after) {
    const at = dialectFor(q.kind).timestamp(after.at);
    parts.push('l.created_at <= ? and (l.created_at < ? or l.id < ?)');
    params.push(at, at, after.id);
  }
  const rows = await q.all<LogRow>(
    `select ${opts.withDetail === false ? LIST_COLUMNS : 'l.*'} from provisioning_log l where ${parts.join(' and ')} order by l.created_at desc, l.id desc limit ?`,
    [...params, limit],
  );
  return rows.map(toLogRecord);
}

/**
 * A page for a cursor connection (one row more than asked tells whether a next page follows).
 * `withDetail: false` leaves out `steps` and `modified` (they come back empty): a list page does not
 * show them, and a group's entry can hold its whole member list (hundreds of KB at 30k members).
 */
export async function pageLogs(
  q: SqlRunner,
  appId: string,
  filter: LogFilter,
  first: number,
  after?: string | null,
  opts: { withDetail?: boolean } = {},
): Promise<Page<LogRecord>> {
  const rows = first === 0 ? [] : await readLogs(q, appId, filter, first + 1, after ? logPosition(after) : null, opts);
  const nodes = rows.slice(0, first);
  return { nodes, cursors: nodes.map(logCursor), hasNextPage: rows.length > first, hasPreviousPage: !!after };
}

/** How many entries match (exact: the app's rows that match, counted over its index). */
export async function countLogs(q: SqlRunner, appId: string, filter: LogFilter): Promise<number> {
  const where = logWhere(q.kind, appId, filter);
  const row = await q.get<{ n: number | string }>(
    `select count(*) as n from provisioning_log l where ${where.sql}`,
    where.params,
  );
  return Number(row?.n ?? 0);
}

export async function getLog(q: SqlRunner, id: string): Promise<LogRecord | null> {
  const row = await q.get<LogRow>('select l.* from provisioning_log l where l.id = ?', [id]);
  return row ? toLogRecord(row) : null;
}

/**
 * Every matching entry, newest first, `pageSize` rows per query: what the exports stream. Each
 * page is read when the consumer asks for more, so memory holds one page whatever the total.
 */
export async function* allLogs(
  q: SqlRunner,
  appId: string,
  filter: LogFilter,
  pageSize = 1000,
): AsyncGenerator<LogRecord> {
  let after: LogPosition | null = null;
  for (;;) {
    const rows = await readLogs(q, appId, filter, pageSize, after);
    for (const r of rows) yield r;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    after = { at: last.createdAt, id: last.id };
  }
}
