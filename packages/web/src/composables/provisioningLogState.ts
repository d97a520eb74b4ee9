import type { LocationQuery } from 'vue-router';
import type {
  ProvisioningAction,
  ProvisioningLogFilter,
  ProvisioningObjectType,
  ProvisioningStatus,
} from '../graphql/generated';
import { type ExportFormat, exportQuery } from './exportEvents';

/** Time ranges offered as presets (Azure's "Date" filter); `custom` is the from/to days. */
export type LogRange = '' | '24h' | '7d' | '30d' | 'custom';

/** An app's provisioning-log filters, as kept in the address (`/apps/x/logs?status=failure&identity=adele`). */
export interface AppLogState {
  /** Part of the source or target id or name, any letter case. */
  identity: string;
  cycle: string;
  action: ProvisioningAction | '';
  status: ProvisioningStatus | '';
  type: ProvisioningObjectType | '';
  range: LogRange;
  /** YYYY-MM-DD (UTC), inclusive; used when range is `custom`. */
  from: string;
  to: string;
}

export const LOG_ACTIONS: ProvisioningAction[] = [
  'CREATE',
  'UPDATE',
  'DISABLE',
  'DELETE',
  'STAGED_DELETE',
  'SKIP',
  'OTHER',
];
export const LOG_STATUSES: ProvisioningStatus[] = ['SUCCESS', 'FAILURE', 'SKIPPED', 'WARNING'];
export const LOG_RANGES: { value: Exclude<LogRange, ''>; label: string; ms?: number }[] = [
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: '30d', label: 'Last 30 days', ms: 30 * 86_400_000 },
  { value: 'custom', label: 'Custom days' },
];
export const EMPTY_APP_LOG_STATE: AppLogState = {
  identity: '',
  cycle: '',
  action: '',
  status: '',
  type: '',
  range: '',
  from: '',
  to: '',
};

/** Longest identity the server takes. */
export const IDENTITY_MAX = 256;

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CYCLE = /^[0-9a-f-]{8,36}$/i;
const pick = <T extends string>(values: readonly T[], v: string): T | '' => {
  const up = v.toUpperCase() as T;
  return values.includes(up) ? up : '';
};

/** The state an address stands for; anything unknown or malformed reads as "any". */
export function appLogStateFromQuery(q: LocationQuery): AppLogState {
  const from = DAY.test(one(q.from)) ? one(q.from) : '';
  const to = DAY.test(one(q.to)) ? one(q.to) : '';
  const range = one(q.range) as LogRange;
  const known = LOG_RANGES.some((r) => r.value === range);
  return {
    identity: one(q.identity).slice(0, IDENTITY_MAX),
    cycle: CYCLE.test(one(q.cycle)) ? one(q.cycle) : '',
    action: pick(LOG_ACTIONS, one(q.action)),
    status: pick(LOG_STATUSES, one(q.status)),
    type: pick<ProvisioningObjectType>(['USER', 'GROUP'], one(q.type)),
    range: from || to ? 'custom' : known ? range : '',
    from,
    to,
  };
}

/** The address query of a state (lower-case values, only what is set; custom days as from/to alone). */
export function appLogQueryFromState(s: AppLogState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.identity.trim()) out.identity = s.identity.trim();
  if (s.cycle) out.cycle = s.cycle;
  if (s.action) out.action = s.action.toLowerCase();
  if (s.status) out.status = s.status.toLowerCase();
  if (s.type) out.type = s.type.toLowerCase();
  if (s.range === 'custom') {
    if (s.from) out.from = s.from;
    if (s.to) out.to = s.to;
    if (!s.from && !s.to) out.range = 'custom';
  } else if (s.range) out.range = s.range;
  return out;
}

/** The GraphQL filter; a preset range counts back from `now`, custom days are whole UTC days. */
export function toProvisioningLogFilter(s: AppLogState, now = Date.now()): ProvisioningLogFilter {
  const f: ProvisioningLogFilter = {};
  if (s.identity.trim()) f.identity = s.identity.trim();
  if (s.cycle) f.cycleId = s.cycle;
  if (s.action) f.actions = [s.action];
  if (s.status) f.statuses = [s.status];
  if (s.type) f.objectType = s.type;
  const preset = LOG_RANGES.find((r) => r.value === s.range)?.ms;
  if (preset) f.from = new Date(now - preset).toISOString();
  if (s.range === 'custom') {
    if (s.from) f.from = `${s.from}T00:00:00.000Z`;
    if (s.to) f.to = new Date(Date.parse(`${s.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  }
  return f;
}

/** `STAGED_DELETE` -> `StagedDelete`: the spelling the log stores and the export takes. */
export const storedName = (v: string) =>
  v
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/**
 * The server's streamed export of an app's log entries matching `filter` (every one, no cap:
 * `GET /api/apps/:app/provisioning-logs/export`, packages/server/src/provisioning/log.routes.ts).
 */
export function provisioningLogsExportUrl(app: string, f: ProvisioningLogFilter, format: ExportFormat): string {
  const list = (v: readonly string[] | null | undefined) => (v?.length ? v.map(storedName).join(',') : null);
  const query = exportQuery(format, {
    cycle: f.cycleId == null ? null : String(f.cycleId),
    type: f.objectType ? f.objectType.toLowerCase() : null,
    action: list(f.actions),
    status: list(f.statuses),
    identity: f.identity,
    from: f.from,
    to: f.to,
  });
  return `/api/apps/${encodeURIComponent(app)}/provisioning-logs/export${query}`;
}
