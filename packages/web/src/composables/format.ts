/** Dates and values as the dashboard shows them (fixed locale so tables line up and tests are stable). */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTime.format(d)} UTC`;
}

/** A JSON value in one line: strings bare, null as an em dash. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** The last part of a SCIM attribute path: `urn:...:User:isServiceAccount` -> `isServiceAccount`. */
export function shortAttribute(path: string): string {
  if (!path.startsWith('urn:')) return path;
  const i = path.lastIndexOf(':');
  return path.slice(i + 1);
}
