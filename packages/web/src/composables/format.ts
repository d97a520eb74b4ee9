/** A date as `YYYY-MM-DD HH:MM:SS` in UTC: fixed width, so tables line up and nothing reflows while data loads. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 19).replace('T', ' ');
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

/** A count with its noun in the right number: `0 matches`, `1 match`, `1,234 events`. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
