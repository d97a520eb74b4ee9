import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { toDate, toJsonOrNull, toStr } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { ExportOptionsError } from '../provisioning/log.export.js';
import { dialectFor } from '../scim/sql/dialect.js';
import type { EventAction } from './event.entity.js';
import { type EventFilterValues, whereOf } from './events.query.js';

export type EventExportFormat = 'csv' | 'json';

/** Rows per query while exporting: memory holds about one page, whatever the total. */
export const EVENT_EXPORT_PAGE = 1000;

/** One stored event as the export writes it (the GraphQL node's fields, action as stored: `Create`...). */
export interface EventRecord {
  id: string;
  createdAt: Date;
  actor: string;
  tokenId: string | null;
  method: string;
  path: string;
  action: EventAction;
  resourceType: string | null;
  targetId: string | null;
  targetName: string | null;
  modified: { attribute: string; old: unknown; new: unknown }[];
  status: number;
  scimType: string | null;
  error: string | null;
  warnings: string[];
  durationMs: number;
}

interface EventRow {
  id: string;
  created_at: unknown;
  actor: string;
  token_id: string | null;
  method: string;
  path: string;
  action: string;
  resource_type: string | null;
  target_id: string | null;
  target_name: string | null;
  modified: unknown;
  status: number | string;
  scim_type: string | null;
  error: string | null;
  warnings: unknown;
  duration_ms: number | string;
}

function jsonArray<T>(v: unknown): T[] {
  try {
    const out = toJsonOrNull<unknown>(v);
    return Array.isArray(out) ? (out as T[]) : [];
  } catch {
    return [];
  }
}

const toRecord = (r: EventRow): EventRecord => ({
  id: r.id,
  createdAt: toDate(r.created_at),
  actor: r.actor,
  tokenId: toStr(r.token_id),
  method: r.method,
  path: r.path,
  action: r.action as EventAction,
  resourceType: toStr(r.resource_type),
  targetId: toStr(r.target_id),
  targetName: toStr(r.target_name),
  modified: jsonArray(r.modified),
  status: Number(r.status),
  scimType: toStr(r.scim_type),
  error: toStr(r.error),
  warnings: jsonArray<string>(r.warnings),
  durationMs: Number(r.duration_ms),
});

const COLUMNS =
  'e.id, e.created_at, e.actor, e.token_id, e.method, e.path, e.action, e.resource_type, e.target_id, e.target_name, e.modified, e.status, e.scim_type, e.error, e.warnings, e.duration_ms';

/**
 * Every event of the tenant matching `filter`, newest first (created_at desc, id desc), read
 * `pageSize` rows per query as the consumer asks for more: memory holds one page whatever the
 * total. The keyset is spelled `created_at <= ? and (created_at < ? or id < ?)` so both databases
 * range-scan the (tenant_id, created_at) index.
 */
export async function* allEvents(
  q: SqlRunner,
  tenantId: string,
  filter: EventFilterValues,
  pageSize = EVENT_EXPORT_PAGE,
): AsyncGenerator<EventRecord> {
  const dialect = dialectFor(q.kind);
  const where = whereOf(dialect, tenantId, filter);
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const parts = [where.sql];
    const params = [...where.params];
    if (after) {
      const at = dialect.timestamp(after.at);
      parts.push('e.created_at <= ? and (e.created_at < ? or e.id < ?)');
      params.push(at, at, after.id);
    }
    const rows = await q.all<EventRow>(
      `select ${COLUMNS} from provisioning_event e where ${parts.join(' and ')} order by e.created_at desc, e.id desc limit ?`,
      [...params, pageSize],
    );
    for (const r of rows) yield toRecord(r);
    if (rows.length < pageSize) return;
    const last = toRecord(rows[rows.length - 1]);
    after = { at: last.createdAt, id: last.id };
  }
}

export const EVENT_CSV_COLUMNS = [
  'createdAt',
  'id',
  'action',
  'status',
  'scimType',
  'resourceType',
  'targetName',
  'targetId',
  'actor',
  'tokenId',
  'method',
  'path',
  'durationMs',
  'error',
  'warnings',
  'modified',
] as const;

const valueText = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** One event as a CSV record: modified attributes `attr: old -> new; ...` (values as JSON), warnings joined by `; `. */
export function eventCsvRecord(e: EventRecord): Record<(typeof EVENT_CSV_COLUMNS)[number], string | number | null> {
  return {
    createdAt: e.createdAt.toISOString(),
    id: e.id,
    action: e.action,
    status: e.status,
    scimType: e.scimType,
    resourceType: e.resourceType,
    targetName: e.targetName,
    targetId: e.targetId,
    actor: e.actor,
    tokenId: e.tokenId,
    method: e.method,
    path: e.path,
    durationMs: e.durationMs,
    error: e.error,
    warnings: e.warnings.join('; '),
    modified: e.modified.map((m) => `${m.attribute}: ${valueText(m.old)} -> ${valueText(m.new)}`).join('; '),
  };
}

async function* jsonChunks(records: AsyncIterable<EventRecord>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const e of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify({ ...e, createdAt: e.createdAt.toISOString() })}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/**
 * The tenant's events matching `filter` as a byte stream, no row cap: CSV (UTF-8 with a BOM so
 * Excel reads it as UTF-8, CRLF records, RFC 4180 quoting, cells starting with = + - @ defused)
 * or one JSON array.
 */
export function eventExport(
  q: SqlRunner,
  tenantId: string,
  filter: EventFilterValues,
  format: EventExportFormat,
): Readable {
  const records = allEvents(q, tenantId, filter);
  if (format === 'json') return Readable.from(jsonChunks(records), { objectMode: false });
  const csv = stringify({
    header: true,
    columns: [...EVENT_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  const rows = Readable.from(
    (async function* () {
      for await (const e of records) yield eventCsvRecord(e);
    })(),
  );
  // A failed read destroys `csv` too, which aborts the response.
  return pipeline(rows, csv, () => {});
}

export const eventExportFilename = (slug: string, format: EventExportFormat) =>
  `${slug.replace(/[^\w.-]+/g, '_')}-events.${format}`;

const ACTIONS: Record<string, EventAction> = {
  create: 'Create',
  update: 'Update',
  disable: 'Disable',
  delete: 'Delete',
  other: 'Other',
};

const date = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date or time')
  .transform((s) => new Date(s));
const text = (max: number) => z.string().min(1).max(max).optional();
const bool = z
  .enum(['true', 'false'])
  .transform((s) => s === 'true')
  .optional();

/**
 * The export's options: `format` and the GraphQL `EventFilter`'s fields under the same names
 * (`action` in any letter case: `CREATE`, `Create`; `failed` and `quietReads` true or false), so
 * the dashboard passes the filter its page shows as it is. Any other option is refused.
 */
export const eventExportOptionsSchema = z
  .object({
    format: z.enum(['csv', 'json']).default('csv'),
    from: date.optional(),
    to: date.optional(),
    action: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(Object.keys(ACTIONS) as [string, ...string[]]))
      .transform((s) => ACTIONS[s])
      .optional(),
    failed: bool,
    status: z.coerce.number().int().min(0).max(999).optional(),
    targetId: text(36),
    targetName: text(256),
    targetSearch: text(256),
    resourceType: z.enum(['User', 'Group']).optional(),
    tokenId: text(36),
    actor: text(300),
    actorSearch: text(300),
    quietReads: bool,
  })
  // an option this export does not know would be a filter silently dropped: refused instead
  .strict();

/** Parses the query string; the first bad option is an `ExportOptionsError` naming its field. */
export function eventExportOptions(input: Record<string, unknown>): {
  format: EventExportFormat;
  filter: EventFilterValues;
} {
  const parsed = eventExportOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys')
      throw new ExportOptionsError(issue.keys[0] ?? 'query', 'is not an option of the event export');
    throw new ExportOptionsError(String(issue.path[0] ?? 'query'), issue.message);
  }
  const { format, ...filter } = parsed.data;
  return { format, filter };
}
