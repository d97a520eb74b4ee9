import type { EventFilter } from '../graphql/generated';

export type ExportFormat = 'csv' | 'json';

/** `?format=...&k=v...` of the given values; empty, null and undefined ones are left out. */
export function exportQuery(
  format: ExportFormat,
  values: Record<string, string | number | boolean | null | undefined>,
) {
  const q = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  return `?${q.toString()}`;
}

/**
 * The server's streamed export of a tenant's events matching `filter` (every one, no cap:
 * `GET /api/tenants/:tenant/events/export`, packages/server/src/events/events.routes.ts). Its
 * query takes the GraphQL `EventFilter`'s fields under the same names, so the log's filter goes
 * as it is; the browser downloads it with the session cookie, nothing is paged here.
 */
export function eventsExportUrl(tenant: string, filter: EventFilter, format: ExportFormat): string {
  return `/api/tenants/${encodeURIComponent(tenant)}/events/export${exportQuery(format, { ...filter })}`;
}
