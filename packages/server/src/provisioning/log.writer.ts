import type { SqlRunner } from '../db/sql.js';
import { fitJsonText, fitText } from '../events/event.row.js';
import { newId } from '../http/ids.js';
import type { LogEntry } from './log.types.js';

/** Column sizes of provisioning_log (provisioning-log.entity.ts): every text is cut to fit. */
const LIMITS = {
  appId: 36,
  cycleId: 36,
  objectType: 8,
  action: 16,
  status: 16,
  sourceId: 64,
  sourceName: 256,
  targetId: 256,
  targetName: 256,
  request: 600,
  errorCode: 64,
  /** A text column; kept bounded anyway (a target may answer with a whole HTML page). */
  errorMessage: 8000,
} as const;

export const LOG_COLUMNS = [
  'id',
  'app_id',
  'cycle_id',
  'object_type',
  'action',
  'status',
  'source_id',
  'source_name',
  'target_id',
  'target_name',
  'modified',
  'steps',
  'request',
  'response_status',
  'error_code',
  'error_message',
  'retry_count',
  'duration_ms',
  'created_at',
] as const;
const PG_TYPES = LOG_COLUMNS.map((c) =>
  c === 'response_status' || c === 'retry_count' || c === 'duration_ms'
    ? 'int'
    : c === 'created_at'
      ? 'timestamptz'
      : 'text',
);

const fitNullable = (s: string | null | undefined, max: number) => (s == null ? null : fitText(String(s), max));
const int32 = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(2_147_483_647, Math.round(n))) : 0;

/** An entry as bind values in LOG_COLUMNS order, every field fitted to its column. */
export function logValues(e: LogEntry, id = newId()): unknown[] {
  const request = e.request ? `${e.request.method} ${e.request.path}` : null;
  return [
    id,
    fitText(e.appId, LIMITS.appId),
    fitNullable(e.cycleId, LIMITS.cycleId),
    fitText(e.objectType, LIMITS.objectType),
    fitText(e.action, LIMITS.action),
    fitText(e.status, LIMITS.status),
    fitText(e.sourceId, LIMITS.sourceId),
    fitNullable(e.sourceName, LIMITS.sourceName),
    fitNullable(e.targetId, LIMITS.targetId),
    fitNullable(e.targetName, LIMITS.targetName),
    fitJsonText(e.modified ?? []),
    fitJsonText(e.steps ?? []),
    fitNullable(request, LIMITS.request),
    e.responseStatus == null ? null : int32(e.responseStatus),
    fitNullable(e.errorCode, LIMITS.errorCode),
    fitNullable(e.errorMessage, LIMITS.errorMessage),
    int32(e.retryCount),
    int32(e.durationMs),
    e.at ?? new Date(),
  ];
}

/**
 * SQLite: multi-row `values` statements of a few fixed sizes (so a handful of statement texts
 * stay prepared whatever the batch size), biggest first. 256 rows x 19 columns = 4,864 bind values.
 */
const SQLITE_CHUNKS = [256, 64, 16, 4, 1] as const;
const ROW_MARKS = `(${LOG_COLUMNS.map(() => '?').join(', ')})`;
const insertValuesSql = (rows: number) =>
  `insert into provisioning_log (${LOG_COLUMNS.join(', ')}) values ${Array.from({ length: rows }, () => ROW_MARKS).join(', ')}`;
const SQLITE_INSERT = new Map(SQLITE_CHUNKS.map((n) => [n, insertValuesSql(n)]));

/** PostgreSQL: a chunk in one statement of constant text (one array per column), as the event log does. */
const PG_CHUNK = 5000;
const PG_INSERT = `insert into provisioning_log (${LOG_COLUMNS.join(', ')})
  select * from unnest(${PG_TYPES.map((t) => `?::${t}[]`).join(', ')}) as t(${LOG_COLUMNS.join(', ')})`;

/**
 * Writes log entries with `q`, which is normally the caller's transaction (the engine commits an
 * object's log with its link and the cycle's progress). Every field is fitted to its column, NUL
 * and lone surrogates become U+FFFD, JSON columns are serialized. Ids are UUIDv7 (http/ids.ts), so entries
 * written in the same millisecond keep their order in newest-first reads.
 */
export async function insertLogs(q: SqlRunner, entries: readonly LogEntry[]): Promise<void> {
  // Values are made chunk by chunk, so a large call holds one chunk's bind values at a time.
  if (q.kind === 'postgresql') {
    for (let i = 0; i < entries.length; i += PG_CHUNK) {
      const columns: unknown[][] = LOG_COLUMNS.map(() => []);
      for (const e of entries.slice(i, i + PG_CHUNK)) {
        const values = logValues(e);
        for (let c = 0; c < values.length; c++) columns[c].push(values[c]);
      }
      await q.run(PG_INSERT, columns);
    }
    return;
  }
  let i = 0;
  for (const size of SQLITE_CHUNKS) {
    const text = SQLITE_INSERT.get(size) as string;
    for (; entries.length - i >= size; i += size) {
      const params: unknown[] = [];
      for (let k = i; k < i + size; k++) params.push(...logValues(entries[k]));
      await q.run(text, params);
    }
  }
}
