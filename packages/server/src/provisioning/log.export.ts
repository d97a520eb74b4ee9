import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { SqlRunner } from '../db/sql.js';
import { allLogs } from './log.query.js';
import { LOG_ACTIONS, LOG_STATUSES, type LogFilter, type LogRecord } from './log.types.js';

export type ExportFormat = 'csv' | 'json';

/** Rows per query while exporting: memory holds about one page, whatever the total. */
export const EXPORT_PAGE = 1000;

export const CSV_COLUMNS = [
  'createdAt',
  'id',
  'cycleId',
  'objectType',
  'action',
  'status',
  'sourceId',
  'sourceName',
  'targetId',
  'targetName',
  'modified',
  'steps',
  'request',
  'responseStatus',
  'errorCode',
  'errorMessage',
  'retryCount',
  'durationMs',
] as const;

const valueText = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** One entry as a CSV record: modified properties `attr: old -> new; ...`, steps `import: Success; ...`. */
export function csvRecord(r: LogRecord): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  return {
    createdAt: r.createdAt.toISOString(),
    id: r.id,
    cycleId: r.cycleId,
    objectType: r.objectType,
    action: r.action,
    status: r.status,
    sourceId: r.sourceId,
    sourceName: r.sourceName,
    targetId: r.targetId,
    targetName: r.targetName,
    modified: r.modified.map((m) => `${m.attribute}: ${valueText(m.old)} -> ${valueText(m.new)}`).join('; '),
    steps: r.steps.map((s) => `${s.step}: ${s.status}`).join('; '),
    request: r.request ? `${r.request.method} ${r.request.path}` : null,
    responseStatus: r.responseStatus,
    errorCode: r.errorCode,
    errorMessage: r.errorMessage,
    retryCount: r.retryCount,
    durationMs: r.durationMs,
  };
}

/** One entry as the JSON export writes it (the GraphQL node's fields, the app by id). */
export const jsonRecord = (r: LogRecord) => ({ ...r, createdAt: r.createdAt.toISOString() });

async function* jsonChunks(records: AsyncIterable<LogRecord>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const r of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(jsonRecord(r))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/**
 * Every entry of the app matching `filter`, newest first, as a byte stream: CSV (UTF-8 with a
 * BOM so Excel reads it as UTF-8, CRLF records, RFC 4180 quoting, cells starting with = + - @
 * defused) or one JSON array. No row cap: pages are read as the consumer drains the stream, so
 * memory stays flat. The HTTP export and `scimdesk app logs` both send this.
 */
export function logExport(q: SqlRunner, appId: string, filter: LogFilter, format: ExportFormat): Readable {
  const records = allLogs(q, appId, filter, EXPORT_PAGE);
  if (format === 'json') return Readable.from(jsonChunks(records), { objectMode: false });
  const csv = stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  const rows = Readable.from(
    (async function* () {
      for await (const r of records) yield csvRecord(r);
    })(),
  );
  // A failed read destroys `csv` too, which aborts the response or the CLI's write.
  return pipeline(rows, csv, () => {});
}

export const exportFilename = (appName: string, format: ExportFormat) =>
  `${appName.replace(/[^\w.-]+/g, '_')}-provisioning-logs.${format}`;

const list = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values as [T, ...T[]])).max(values.length * 2));

const date = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date or time')
  .transform((s) => new Date(s));

/** The export's options, as the HTTP query string and the CLI's flags both spell them. */
export const exportOptionsSchema = z.object({
  format: z.enum(['csv', 'json']).default('csv'),
  cycle: z.string().min(1).max(36).optional(),
  type: z.enum(['user', 'group']).optional(),
  action: list(LOG_ACTIONS).optional(),
  status: list(LOG_STATUSES).optional(),
  identity: z.string().min(1).max(256).optional(),
  from: date.optional(),
  to: date.optional(),
});

export class ExportOptionsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Parses export options; the first bad one is an `ExportOptionsError` naming its field. */
export function exportOptions(input: Record<string, unknown>): { format: ExportFormat; filter: LogFilter } {
  const parsed = exportOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportOptionsError(String(issue.path[0] ?? 'query'), issue.message);
  }
  const o = parsed.data;
  return {
    format: o.format,
    filter: {
      cycleId: o.cycle ?? null,
      objectType: o.type ?? null,
      actions: o.action ?? null,
      statuses: o.status ?? null,
      identity: o.identity ?? null,
      from: o.from ?? null,
      to: o.to ?? null,
    },
  };
}
