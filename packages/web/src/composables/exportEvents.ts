import type { Client, OperationResult } from '@urql/core';
import { type EventFieldsFragment, type EventFilter, EventsDocument, type EventsQuery } from '../graphql/generated';
import { formatValue } from './format';

export const CSV_COLUMNS = [
  'createdAt',
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

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const modifiedText = (e: EventFieldsFragment) =>
  e.modified.map((m) => `${m.attribute}: ${formatValue(m.old)} -> ${formatValue(m.new)}`).join('; ');

export function eventsToCsv(events: EventFieldsFragment[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ...e,
      warnings: e.warnings.join('; '),
      modified: modifiedText(e),
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function eventsToJson(events: EventFieldsFragment[]): string {
  return `${JSON.stringify(
    events.map(({ __typename: _t, ...e }: EventFieldsFragment & { __typename?: string }) => e),
    null,
    2,
  )}\n`;
}

/** Every event that matches the filter, 200 a page, up to `cap` (the export's size limit). */
export async function fetchAllEvents(
  client: Client,
  tenant: string,
  filter: EventFilter,
  cap = 10_000,
  onProgress?: (n: number) => void,
): Promise<{ events: EventFieldsFragment[]; truncated: boolean }> {
  const events: EventFieldsFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const r: OperationResult<EventsQuery> = await client
      .query(EventsDocument, { tenant, filter, first: 200, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (r.error || !r.data) throw r.error ?? new Error('No data');
    for (const edge of r.data.events.edges) events.push(edge.node);
    onProgress?.(events.length);
    const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor?: string | null } = r.data.events.pageInfo;
    if (!hasNextPage || !endCursor) return { events, truncated: false };
    if (events.length >= cap) return { events: events.slice(0, cap), truncated: true };
    after = endCursor;
  }
}

export function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
