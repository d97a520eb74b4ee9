import type { SqlRunner } from '../db/sql.js';
import { newId } from '../http/ids.js';
import type { ProvisioningEvent } from './event.entity.js';

export type NewEvent = Omit<ProvisioningEvent, 'id' | 'createdAt'> & { createdAt?: Date };

/** Column sizes of provisioning_event (event.entity.ts): every text is cut to fit. */
const LIMITS = {
  tenantId: 36,
  tokenId: 36,
  actor: 300,
  method: 8,
  path: 2048,
  action: 8,
  resourceType: 8,
  targetId: 36,
  targetName: 256,
  scimType: 32,
  error: 2000,
} as const;
/** JSON columns keep at most this many characters of each string, and this depth. */
const JSON_STRING_MAX = 4096;
const JSON_DEPTH_MAX = 16;

/**
 * Text both databases accept: NUL becomes U+FFFD (PostgreSQL refuses NUL in text and in jsonb),
 * lone surrogates become U+FFFD (PostgreSQL refuses them; a JS string may hold them), and the
 * result is cut to `max` characters without splitting a surrogate pair.
 */
export function fitText(s: string, max: number): string {
  // fast path (most strings): nothing to replace, nothing to cut; a plain class test, no lookbehind
  if (s.length <= max && !s.includes('\u0000') && !SURROGATE.test(s)) return s;
  let out = s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s;
  out = out.replace(LONE_SURROGATE, '\uFFFD');
  if (out.length <= max) return out;
  const cut = out.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const fitNullable = (s: string | null | undefined, max: number) => (s == null ? null : fitText(String(s), max));

const fitsText = (s: string, max: number) => s.length <= max && !s.includes('\u0000') && !SURROGATE.test(s);

/** True when fitJson would return `v` unchanged (the usual case): checked without copying. */
function fitsJson(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return fitsText(v, JSON_STRING_MAX);
  if (v === null || typeof v !== 'object') return true;
  if (depth >= JSON_DEPTH_MAX) return false;
  if (Array.isArray(v)) {
    for (const x of v) if (!fitsJson(x, depth + 1)) return false;
    return true;
  }
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    if (!fitsText(k, 256) || !fitsJson((v as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/** JSON text of `v` fitted as fitJson does; the value is copied only when something must change. */
export function fitJsonText(v: unknown): string {
  return JSON.stringify(fitsJson(v, 0) ? v : fitJson(v));
}

/** A JSON value with every string cut to JSON_STRING_MAX characters (keys to 256) and nesting cut at JSON_DEPTH_MAX. */
export function fitJson(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return fitText(v, JSON_STRING_MAX);
  if (v === null || typeof v !== 'object') return v;
  if (depth >= JSON_DEPTH_MAX) return '[nested too deep]';
  if (Array.isArray(v)) return v.map((x) => fitJson(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[fitText(k, 256)] = fitJson(x, depth + 1);
  return out;
}

/** An event as bind values in COLUMNS order, every field fitted to its column. */
export function eventValues(e: NewEvent & { id?: string }): unknown[] {
  const status = Number.isInteger(e.status) ? e.status : 0;
  return [
    e.id ?? newId(),
    fitText(e.tenantId, LIMITS.tenantId),
    fitNullable(e.tokenId, LIMITS.tokenId),
    fitText(e.actor ?? 'scim', LIMITS.actor),
    fitText(e.method, LIMITS.method),
    fitText(e.path, LIMITS.path),
    fitText(e.action ?? 'Other', LIMITS.action),
    fitNullable(e.resourceType, LIMITS.resourceType),
    fitNullable(e.targetId, LIMITS.targetId),
    fitNullable(e.targetName, LIMITS.targetName),
    e.modified ? fitJsonText(e.modified) : null,
    status,
    fitNullable(e.scimType, LIMITS.scimType),
    fitNullable(e.error, LIMITS.error),
    e.warnings ? fitJsonText(e.warnings) : null,
    Math.max(0, Math.min(2_147_483_647, Math.round(e.durationMs ?? 0))),
    e.createdAt ?? new Date(),
  ];
}

const COLUMNS =
  'id, tenant_id, token_id, actor, method, path, action, resource_type, target_id, target_name, modified, status, scim_type, error, warnings, duration_ms, created_at';
const INSERT_ONE = `insert into provisioning_event (${COLUMNS}) values (${COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;
const TYPES = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int',
  'text',
  'text',
  'text',
  'int',
  'timestamptz',
];
/** PostgreSQL: a whole batch in one statement of constant text (one array per column). */
const INSERT_MANY_PG = `insert into provisioning_event (${COLUMNS})
  select id, tenant_id, token_id, actor, method, path, action, resource_type, target_id, target_name, modified::jsonb,
         status, scim_type, error, warnings::jsonb, duration_ms, created_at
  from unnest(${TYPES.map((t) => `?::${t}[]`).join(', ')}) as t(${COLUMNS})`;

/** Writes one event (inside the caller's transaction when `q` is one). */
export async function insertEvent(q: SqlRunner, e: NewEvent & { id?: string }): Promise<void> {
  await q.run(INSERT_ONE, eventValues(e));
}

/** Writes many fitted events at once: one statement on PostgreSQL, one prepared insert per row on SQLite. */
export async function insertEvents(q: SqlRunner, rows: unknown[][]): Promise<void> {
  if (q.kind === 'sqlite') {
    for (const r of rows) await q.run(INSERT_ONE, r);
    return;
  }
  const columns = TYPES.map((_, i) => rows.map((r) => r[i]));
  await q.run(INSERT_MANY_PG, columns);
}

export { INSERT_ONE as INSERT_EVENT_SQL };
