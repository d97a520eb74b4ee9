/** Plan rows and entries as raw SQL returns them, converted once. */
import { caseFold } from '@scimdesk/scim';
import { toDate, toDateOrNull, toJson } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { dialectFor, likeEscape } from '../scim/sql/dialect.js';
import { finishPlan } from './plan.apply.js';
import type { PlanTotals } from './plan.compute.js';
import type { PlanKind, PlanStatus } from './plan.entity.js';

export interface PlanOutcome {
  asPlanned: number;
  replanned: number;
  failed: number;
}

export interface PlanRow {
  id: string;
  appId: string;
  kind: PlanKind;
  status: PlanStatus;
  proposal: string | null;
  appVersion: string;
  watermarkFrom: number | null;
  watermarkTo: number;
  total: number;
  done: number;
  totals: PlanTotals | null;
  outcome: PlanOutcome | null;
  cycleId: string | null;
  error: string | null;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A plan still `computing` whose process wrote nothing for this long has died with it. */
const COMPUTING_STALE_MS = 120_000;

export async function readPlan(q: SqlRunner, id: string): Promise<PlanRow | null> {
  const r = await q.get<Record<string, unknown>>('select * from plan where id = ?', [id]);
  if (!r) return null;
  if (r.status === 'computing' && toDate(r.updated_at).getTime() < Date.now() - COMPUTING_STALE_MS) {
    const error = 'The process computing this plan stopped before it finished: plan again.';
    await q.run(`update plan set status = 'failed', error = ? where id = ? and status = 'computing'`, [error, id]);
    return { ...planFromRaw(r), status: 'failed', error };
  }
  if (r.status === 'applying' && r.cycle_id) {
    // Its cycle was stopped from outside (stop, restart): the plan ends with it.
    const c = await q.get<{ status: string; error: string | null }>('select status, error from cycle where id = ?', [
      r.cycle_id,
    ]);
    if (c && (c.status === 'failed' || c.status === 'stopped')) {
      await finishPlan(q, id, c.status, c.error);
      return readPlan(q, id);
    }
  }
  return planFromRaw(r);
}

export async function plansOf(q: SqlRunner, appId: string, limit = 20): Promise<PlanRow[]> {
  const rows = await q.all<Record<string, unknown>>(
    `select * from plan where app_id = ? order by created_at desc, id desc limit ${Math.min(Math.max(limit, 1), 200)}`,
    [appId],
  );
  return rows.map(planFromRaw);
}

function planFromRaw(r: Record<string, unknown>): PlanRow {
  const totals = toJson<PlanTotals | Record<string, never>>(r.totals);
  return {
    id: String(r.id),
    appId: String(r.app_id),
    kind: r.kind as PlanKind,
    status: r.status as PlanStatus,
    proposal: (r.proposal as string | null) ?? null,
    appVersion: String(r.app_version),
    watermarkFrom: r.watermark_from === null || r.watermark_from === undefined ? null : Number(r.watermark_from),
    watermarkTo: Number(r.watermark_to),
    total: Number(r.total),
    done: Number(r.done),
    totals: totals && 'create' in totals ? (totals as PlanTotals) : null,
    outcome: r.outcome ? toJson<PlanOutcome>(r.outcome) : null,
    cycleId: (r.cycle_id as string | null) ?? null,
    error: (r.error as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: toDate(r.created_at),
    finishedAt: toDateOrNull(r.finished_at),
  };
}

export interface PlanEntryRow {
  objectType: 'user' | 'group';
  sourceId: string;
  sourceName: string | null;
  action: string | null;
  status: string | null;
  targetId: string | null;
  code: string | null;
  reason: string | null;
  modified: { attribute: string; old: unknown; new: unknown }[];
  /** The requests the action would send, with their bodies. */
  requests: { method: string; path: string; body?: unknown }[];
  outcome: string | null;
  replannedBecause: string | null;
  appliedAction: string | null;
}

export interface EntryFilter {
  objectType?: 'user' | 'group';
  action?: string;
  outcome?: string;
  /** Leave out objects planned as "no change" (the bulk of most plans). */
  changesOnly?: boolean;
  /** Part of the source name, source id or target id, any letter case. */
  search?: string;
}

/** Entries, users then groups, by source id, after the cursor `after` (`type:id`). */
export async function planEntries(
  q: SqlRunner,
  planId: string,
  filter: EntryFilter,
  first: number,
  after?: string | null,
): Promise<PlanEntryRow[]> {
  const where = ['plan_id = ?'];
  const params: unknown[] = [planId];
  if (filter.objectType) where.push('object_type = ?') && params.push(filter.objectType);
  if (filter.action) where.push('action = ?') && params.push(filter.action);
  if (filter.outcome) where.push('outcome = ?') && params.push(filter.outcome);
  if (filter.changesOnly) where.push(`(action is null or action <> 'Skip' or code is null or code <> 'NoChange')`);
  const term = filter.search?.trim();
  if (term) {
    const fold = dialectFor(q.kind).fold;
    const like = `%${likeEscape(caseFold(term))}%`;
    where.push(
      `(${fold("coalesce(source_name, '')")} like ? escape '\\' or ${fold('source_id')} like ? escape '\\' or ${fold("coalesce(target_id, '')")} like ? escape '\\')`,
    );
    params.push(like, like, like);
  }
  if (after) {
    const i = after.indexOf(':');
    // Users first (object_type descending), then groups; by source id within each.
    where.push('(object_type < ? or (object_type = ? and source_id > ?))');
    params.push(after.slice(0, i), after.slice(0, i), after.slice(i + 1));
  }
  const rows = await q.all<Record<string, unknown>>(
    `select * from plan_entry where ${where.join(' and ')} order by object_type desc, source_id limit ${Math.min(Math.max(first, 1), 100_000)}`,
    params,
  );
  return rows.map((r) => ({
    objectType: r.object_type as 'user' | 'group',
    sourceId: String(r.source_id),
    sourceName: (r.source_name as string | null) ?? null,
    action: (r.action as string | null) ?? null,
    status: (r.status as string | null) ?? null,
    targetId: (r.target_id as string | null) ?? null,
    code: (r.code as string | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    modified: r.modified ? toJson(r.modified) : [],
    requests: r.body ? toJson(r.body) : [],
    outcome: (r.outcome as string | null) ?? null,
    replannedBecause: (r.replanned_because as string | null) ?? null,
    appliedAction: (r.applied_action as string | null) ?? null,
  }));
}
