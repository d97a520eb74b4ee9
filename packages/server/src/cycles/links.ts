/** The app's links (source object -> target id, state, failures): read per batch, written with the batch. */

import { toBool, toDateOrNull } from '../db/row.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { ObjectType } from './cycle.reader.js';

export type LinkState = 'provisioned' | 'disabled' | 'deleted';

export interface Link {
  sourceId: string;
  targetId: string | null;
  state: LinkState;
  pendingReference: boolean;
  failures: number;
  failedAt: Date | null;
  /** A disable or delete held back until the cycle's deletes phase (cycle.deletes.ts). */
  staged: StagedAction | null;
}

export type StagedAction = 'Disable' | 'Delete';

/** What a processed object leaves in its link; `null` fields mean "clear". */
export interface LinkWrite {
  objectType: ObjectType;
  sourceId: string;
  targetId: string | null;
  state: LinkState;
  pendingReference: boolean;
  lastAction: string;
  /** Set when the object failed (kept as a failure to retry in a later cycle). */
  error: string | null;
  /** With `error`: when a cycle may retry it (escrow); unset means at once. */
  retryAt?: Date | null;
  /**
   * A disable or delete decided but not sent: it waits for the deletes phase, where the
   * threshold is applied. Anything else (undefined) clears a staged action and its hold.
   */
  staged?: StagedAction | null;
}

interface RawLink {
  source_id: string;
  target_id: string | null;
  state: string;
  pending_reference: unknown;
  failures: number | string;
  failed_at: unknown;
  staged: string | null;
}

export async function loadLinks(
  q: SqlRunner,
  appId: string,
  type: ObjectType,
  ids: readonly string[],
): Promise<Map<string, Link>> {
  if (!ids.length) return new Map();
  const rows = await q.all<RawLink>(
    `select source_id, target_id, state, pending_reference, failures, failed_at, staged from app_link where app_id = ? and object_type = ? and ${inList(q.kind, 'source_id')}`,
    [appId, type, listParam(q.kind, ids)],
  );
  return new Map(
    rows.map((r) => [
      r.source_id,
      {
        sourceId: r.source_id,
        targetId: r.target_id,
        state: r.state as LinkState,
        pendingReference: toBool(r.pending_reference),
        failures: Number(r.failures),
        failedAt: toDateOrNull(r.failed_at),
        staged: (r.staged as StagedAction | null) ?? null,
      },
    ]),
  );
}

/** Target ids of provisioned objects (for members and manager references). */
export async function provisionedTargets(
  q: SqlRunner,
  appId: string,
  type: ObjectType,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await q.all<{ source_id: string; target_id: string }>(
    `select source_id, target_id from app_link where app_id = ? and object_type = ? and state = 'provisioned' and target_id is not null and ${inList(q.kind, 'source_id')}`,
    [appId, type, listParam(q.kind, ids)],
  );
  return new Map(rows.map((r) => [r.source_id, r.target_id]));
}

const UPSERT_COLUMNS =
  '(app_id, object_type, source_id, target_id, state, pending_reference, last_action, failed_at, failures, last_error, staged, retry_at, updated_at)';
const CHUNK = 200;

export async function writeLinks(q: SqlRunner, appId: string, writes: readonly LinkWrite[], now: Date): Promise<void> {
  for (let i = 0; i < writes.length; i += CHUNK) {
    const part = writes.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const w of part)
      params.push(
        appId,
        w.objectType,
        w.sourceId,
        w.targetId,
        w.state,
        w.pendingReference,
        w.lastAction,
        w.error ? now : null,
        w.error ? 1 : 0,
        w.error?.slice(0, 2000) ?? null,
        w.staged ?? null,
        w.error ? (w.retryAt ?? now) : null,
        now,
      );
    const values = part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    await q.run(
      `insert into app_link ${UPSERT_COLUMNS} values ${values}
       on conflict (app_id, object_type, source_id) do update set
         target_id = coalesce(excluded.target_id, app_link.target_id),
         state = excluded.state,
         pending_reference = excluded.pending_reference,
         last_action = excluded.last_action,
         failed_at = excluded.failed_at,
         failures = case when excluded.failed_at is null then 0 else app_link.failures + 1 end,
         last_error = excluded.last_error,
         staged = excluded.staged,
         retry_at = excluded.retry_at,
         held_by = case when excluded.staged is null then null else app_link.held_by end,
         held_at = case when excluded.staged is null then null else app_link.held_at end,
         allowed = case when excluded.staged is null then false else app_link.allowed end,
         updated_at = excluded.updated_at`,
      params,
    );
  }
}
