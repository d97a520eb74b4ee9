import { formatDate } from './format';

/** When a soft-deleted object is purged: its deletion plus the directory's purge delay (days), as the table dates show. */
export function purgeDate(deletedAt: string, purgeAfterDays: number): string {
  const d = new Date(deletedAt);
  if (Number.isNaN(d.getTime())) return '—';
  return formatDate(new Date(d.getTime() + purgeAfterDays * 86_400_000).toISOString());
}
