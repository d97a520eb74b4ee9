/**
 * The accidental-deletion threshold (SPEC E10, azure.md §5.3). A cycle of an app with a threshold
 * does not send the disables and deletes it decides: it stages them in the links. After the users
 * phase, the user-deletes phase counts the users newly staged: up to the threshold they are sent
 * (each evaluated again from the source, so one back in scope is updated instead), before the
 * groups phase, so that group memberships follow in the same cycle; past it they are all held,
 * logged as StagedDelete. The group-deletes phase does the same for groups, counting the users
 * this cycle sent too: a cycle never sends more than the threshold without an admin. Held
 * objects wait until an admin allows them, all or chosen ones (the next cycle sends those), or
 * rejects them (the target keeps them); later cycles neither send them nor count them again.
 */
import { toBool, toDateOrNull } from '../db/row.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { ObjectType } from './cycle.reader.js';
import type { ObjectResult, ReconcileEnv, WorkItem } from './cycle.reconcile.js';
import type { StagedAction } from './links.js';

export interface StagedRow {
  sourceId: string;
  /** Held back by this cycle (and not allowed): logged, not sent. */
  heldHere: boolean;
}

function splitCursor(cursor: string): [string, string] {
  const i = cursor.indexOf(':');
  return i < 0 ? ['', ''] : [cursor.slice(0, i), cursor.slice(i + 1)];
}

/** What a deletes phase works on in this cycle: newly staged, held by this cycle, or allowed. */
const WORK = `staged is not null and (held_by is null or held_by = ? or allowed)`;

export async function stagedBatch(
  q: SqlRunner,
  appId: string,
  cycleId: string,
  type: ObjectType,
  after: string,
  limit: number,
): Promise<StagedRow[]> {
  const rows = await q.all<{ source_id: string; held_by: string | null; allowed: unknown }>(
    `select source_id, held_by, allowed from app_link
      where app_id = ? and object_type = ? and ${WORK} and source_id > ?
      order by source_id limit ${Math.trunc(limit)}`,
    [appId, type, cycleId, after],
  );
  return rows.map((r) => ({ sourceId: r.source_id, heldHere: r.held_by === cycleId && !toBool(r.allowed) }));
}

/**
 * Entering a deletes phase (inside the transaction that moves the cycle there): holds every
 * action of `type` newly staged when, with the `sent` ones of this cycle, there are more than the
 * threshold; says how many objects the phase works on and how many it sends unasked.
 */
export async function enterDeletes(
  tx: SqlRunner,
  appId: string,
  cycleId: string,
  type: ObjectType,
  threshold: number,
  sent: number,
  now: Date,
): Promise<{ fresh: number; held: boolean; work: number }> {
  const count = async (where: string, params: unknown[]) =>
    Number(
      (
        await tx.get<{ n: number | string }>(
          `select count(*) as n from app_link where app_id = ? and object_type = ? and ${where}`,
          [appId, type, ...params],
        )
      )?.n ?? 0,
    );
  const fresh = await count('staged is not null and held_by is null', []);
  const held = threshold > 0 && fresh > 0 && sent + fresh > threshold;
  if (held)
    await tx.run(
      'update app_link set held_by = ?, held_at = ? where app_id = ? and object_type = ? and staged is not null and held_by is null',
      [cycleId, now, appId, type],
    );
  return { fresh, held, work: await count(WORK, [cycleId]) };
}

/** A held object's log entry (StagedDelete): its link keeps the staged action and the hold. */
export function heldResult(env: ReconcileEnv, item: WorkItem, threshold: number): ObjectResult {
  const action: StagedAction = item.link?.staged ?? 'Disable';
  const message = `Held back: this cycle would disable or delete more objects than the app's deletion threshold (${threshold}). An admin allows the held deletes (all or chosen ones) or rejects them.`;
  return {
    log: {
      appId: env.app.id,
      cycleId: env.cycleId,
      objectType: item.type,
      sourceId: item.id,
      sourceName: item.name,
      targetId: item.link?.targetId ?? null,
      action: 'StagedDelete',
      status: 'Skipped',
      modified: [],
      steps: [{ step: 'action', status: 'Held', details: { action, threshold, reason: message } }],
      request: null,
      responseStatus: null,
      retryCount: 0,
      durationMs: 0,
      errorCode: 'DeletionThresholdExceeded',
      errorMessage: message,
    },
    calls: [],
    link: {
      objectType: item.type,
      sourceId: item.id,
      targetId: item.link?.targetId ?? null,
      state: item.link?.state ?? 'provisioned',
      pendingReference: item.link?.pendingReference ?? false,
      lastAction: 'Held',
      error: null,
      staged: action,
    },
    count: 'held',
    lastCall: null,
  };
}

export interface HeldObject {
  objectType: ObjectType;
  sourceId: string;
  /** The source object's userPrincipalName or displayName, when it still exists. */
  sourceName: string | null;
  targetId: string | null;
  action: StagedAction;
  heldBy: string;
  heldAt: Date | null;
  allowed: boolean;
}

export async function countHeld(q: SqlRunner, appId: string): Promise<number> {
  const r = await q.get<{ n: number | string }>(
    'select count(*) as n from app_link where app_id = ? and staged is not null and held_by is not null and not allowed',
    [appId],
  );
  return Number(r?.n ?? 0);
}

/** Held objects (allowed ones too, until a cycle sends them), in (type, id) order after `after`. */
export async function listHeld(
  q: SqlRunner,
  appId: string,
  directoryId: string,
  limit: number,
  after = '',
): Promise<HeldObject[]> {
  const [type, id] = splitCursor(after);
  const rows = await q.all<{
    object_type: string;
    source_id: string;
    target_id: string | null;
    staged: string;
    held_by: string;
    held_at: unknown;
    allowed: unknown;
    user_name: string | null;
    group_name: string | null;
  }>(
    `select l.object_type, l.source_id, l.target_id, l.staged, l.held_by, l.held_at, l.allowed,
            u.user_principal_name as user_name, g.display_name as group_name
       from app_link l
       left join directory_user u on l.object_type = 'user' and u.directory_id = ? and u.object_id = l.source_id
       left join directory_group g on l.object_type = 'group' and g.directory_id = ? and g.object_id = l.source_id
      where l.app_id = ? and l.staged is not null and l.held_by is not null
        and (l.object_type > ? or (l.object_type = ? and l.source_id > ?))
      order by l.object_type, l.source_id limit ${Math.min(Math.max(Math.trunc(limit), 1), 1000)}`,
    [directoryId, directoryId, appId, type, type, id],
  );
  return rows.map((r) => ({
    objectType: r.object_type as ObjectType,
    sourceId: r.source_id,
    sourceName: r.user_name ?? r.group_name ?? null,
    targetId: r.target_id,
    action: r.staged as StagedAction,
    heldBy: r.held_by,
    heldAt: toDateOrNull(r.held_at),
    allowed: toBool(r.allowed),
  }));
}

/** Which of these source ids are held in the app (to name the ones an admin chose that are not). */
export async function heldAmong(q: SqlRunner, appId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await q.all<{ source_id: string }>(
    `select source_id from app_link where app_id = ? and staged is not null and held_by is not null and ${inList(q.kind, 'source_id')}`,
    [appId, listParam(q.kind, ids)],
  );
  return new Set(rows.map((r) => r.source_id));
}

/** Which held objects an allow or a reject applies to: all of them, or these source ids. */
function chosen(q: SqlRunner, ids: readonly string[] | undefined): { sql: string; params: unknown[] } {
  if (!ids) return { sql: '', params: [] };
  return { sql: ` and ${inList(q.kind, 'source_id')}`, params: [listParam(q.kind, ids)] };
}

/** Marks held objects allowed: the next cycle's deletes phase sends them. Returns how many. */
export async function allowHeld(q: SqlRunner, appId: string, ids?: readonly string[]): Promise<number> {
  const c = chosen(q, ids);
  return q.run(
    `update app_link set allowed = true where app_id = ? and staged is not null and held_by is not null and not allowed${c.sql}`,
    [appId, ...c.params],
  );
}

/**
 * Drops held actions: the target keeps those objects and the link says so (last action
 * `Rejected`); a later change of the source object, or a restart, evaluates them again.
 */
export async function rejectHeld(q: SqlRunner, appId: string, ids?: readonly string[]): Promise<number> {
  const c = chosen(q, ids);
  return q.run(
    `update app_link set staged = null, held_by = null, held_at = null, allowed = false, last_action = 'Rejected', updated_at = ?
      where app_id = ? and staged is not null and held_by is not null${c.sql}`,
    [new Date(), appId, ...c.params],
  );
}
