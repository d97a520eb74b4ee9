/** Words and numbers for apps and cycles, shared by the apps list and an app's pages. */
import type { CombinedError } from '@urql/core';
import { errorCode, errorMessage } from '../graphql/client';
import type { AppState, CycleKind, CyclePhase, CycleStatus } from '../graphql/generated';
import { countOf } from './format';

/** A duration as people say it: `850 ms`, `4.9 s`, `2 min 5 s`, `1 h 3 min`. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return rest ? `${m} min ${rest} s` : `${m} min`;
}

/** What is left: `about 12 s left`, `less than a second left`, or null when unknown. */
export function formatEta(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined) return null;
  if (seconds <= 0) return 'less than a second left';
  return `about ${formatDuration(seconds * 1000)} left`;
}

/** `312 objects/s`, `0.4 objects/s`. */
export function formatRate(rate: number | null | undefined): string | null {
  if (rate === null || rate === undefined) return null;
  const n = rate >= 10 ? Math.round(rate).toLocaleString('en') : rate.toFixed(1);
  return `${n} objects/s`;
}

/** done / total as a whole percentage, floored (so 99.9% never reads 100%); null while the total is unknown. */
export function percentDone(done: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.min(100, Math.floor((done / total) * 100));
}

export const STATE_LABEL: Record<AppState, string> = { RUNNING: 'running', PAUSED: 'paused', STOPPED: 'stopped' };
export const STATE_CLASS: Record<AppState, string> = { RUNNING: 'ok', PAUSED: 'warn', STOPPED: 'muted-badge' };

export const STATUS_LABEL: Record<CycleStatus, string> = {
  QUEUED: 'queued',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  STOPPED: 'stopped',
};
export const STATUS_CLASS: Record<CycleStatus, string> = {
  QUEUED: 'info',
  RUNNING: 'info',
  SUCCEEDED: 'ok',
  FAILED: 'bad',
  STOPPED: 'muted-badge',
};

export const KIND_LABEL: Record<CycleKind, string> = { INITIAL: 'initial', INCREMENTAL: 'incremental' };

export const PHASE_LABEL: Record<CyclePhase, string> = {
  USERS: 'users',
  USER_DELETES: 'user disables and deletes',
  GROUPS: 'groups',
  GROUP_DELETES: 'group disables and deletes',
  REFERENCES: 'references (managers)',
  DONE: 'done',
};

export interface CycleCountsLike {
  created: number;
  updated: number;
  disabled: number;
  deleted: number;
  skipped: number;
  failed: number;
  held: number;
}

/** The counts worth saying, in the order an admin reads them: `2,000 created, 3 updated, 1 failed`; `no changes`. */
export function countsText(c: CycleCountsLike): string {
  const parts: string[] = [];
  for (const key of ['created', 'updated', 'disabled', 'deleted', 'failed', 'held'] as const)
    if (c[key]) parts.push(`${c[key].toLocaleString('en')} ${key}`);
  if (c.skipped) parts.push(`${c.skipped.toLocaleString('en')} skipped`);
  return parts.length ? parts.join(', ') : 'no changes';
}

/** `every 40 min`, `every 2 h`, `schedule off`, with `, and on every source change` when following changes. */
export function scheduleText(s: { intervalMinutes: number; enabled: boolean; followChanges: boolean }): string {
  const every = s.enabled ? `every ${formatDuration(s.intervalMinutes * 60_000)}` : 'schedule off';
  return s.followChanges ? `${every}, and on every source change` : every;
}

/** `directory acme` or `tenant acmeusw`. */
export function sourceText(app: { directory: string | null; sourceTenant: string | null }): string {
  if (app.sourceTenant) return `tenant ${app.sourceTenant}`;
  return app.directory ? `directory ${app.directory}` : '—';
}

/** The one-line summary of held deletes: `3 deletes held (threshold 2)`. */
export const heldText = (held: number, threshold: number) =>
  `${countOf(held, 'delete')} held (threshold ${threshold.toLocaleString('en')})`;

/** A refusal as the dashboard shows it: the server's message and its code, e.g. `App corp is paused: resume it first (CONFLICT)`. */
export function refusalText(error: CombinedError | null | undefined): string {
  const code = errorCode(error);
  const message = errorMessage(error) || 'The request failed';
  return code ? `${message} (${code})` : message;
}
