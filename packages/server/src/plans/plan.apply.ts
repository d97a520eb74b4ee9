/**
 * Applying and dropping plans. Applying saves a proposal (as `app apply` would), then queues a
 * cycle over the plan's window with the plan's id; that cycle reconciles every object afresh
 * and, batch by batch, compares what it did with the plan entry (`recordOutcomes`): an object
 * whose source changed (its change number), whose target object changed (its hash), or whose
 * action differs anyway is `replanned`, with the reason; the rest are `as-planned`. Objects the
 * plan did not have (changed in the source since) are added as replanned.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { App } from '../apps/app.entity.js';
import { applyApp, hasErrorDiagnostics } from '../apps/app.service.js';
import type { ObjectResult, WorkItem } from '../cycles/cycle.reconcile.js';
import { type CycleRow, readCycle } from '../cycles/cycle.row.js';
import { openCycle } from '../cycles/cycle.service.js';
import { emptyCounts } from '../cycles/cycle.types.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { Services } from '../scim/services.js';
import { appVersion } from './plan.compute.js';
import { type PlanRow, readPlan } from './plan.row.js';

export class PlanError extends Error {
  constructor(
    readonly code:
      | 'PLAN_NOT_FOUND'
      | 'PLAN_NOT_READY'
      | 'PLAN_STALE'
      | 'PLAN_BUSY'
      | 'PLAN_APP_NOT_RUNNING'
      | 'PLAN_INVALID',
    message: string,
  ) {
    super(message);
  }
}

export async function requirePlan(q: SqlRunner, id: string): Promise<PlanRow> {
  const plan = await readPlan(q, id);
  if (!plan) throw new PlanError('PLAN_NOT_FOUND', `No plan "${id}".`);
  return plan;
}

/** Runs the plan: saves its proposal, queues the cycle that applies it, and wakes the runner. */
export async function applyPlan(
  services: Services,
  em: EntityManager,
  id: string,
): Promise<{ plan: PlanRow; cycle: CycleRow }> {
  const { sql } = services;
  const plan = await requirePlan(sql, id);
  if (plan.status !== 'ready') throw new PlanError('PLAN_NOT_READY', `The plan is ${plan.status}, not ready.`);
  const app = await em.findOne(App, { id: plan.appId }, { refresh: true });
  if (!app) throw new PlanError('PLAN_NOT_FOUND', 'The plan\u2019s app was deleted.');
  if (appVersion(app) !== plan.appVersion) {
    await sql.run(`update plan set status = 'stale' where id = ? and status = 'ready'`, [id]);
    throw new PlanError(
      'PLAN_STALE',
      'The app\u2019s mappings, scope, source or target changed since this plan was made: plan again.',
    );
  }
  if (app.state !== 'running')
    throw new PlanError(
      'PLAN_APP_NOT_RUNNING',
      `App ${app.name} is ${app.state}: resume it first, then apply the plan.`,
    );
  const open = await openCycle(sql, app.id);
  if (open)
    throw new PlanError(
      'PLAN_BUSY',
      `Cycle ${open.id} of this app is ${open.status}: wait for it or stop it, then apply the plan.`,
    );
  if (plan.proposal) {
    const saved = await applyApp(services, em, JSON.parse(plan.proposal), { testConnection: false });
    if (!saved.app || hasErrorDiagnostics(saved.diagnostics))
      throw new PlanError(
        'PLAN_INVALID',
        `The proposal no longer validates: ${saved.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
      );
  }
  const cycleId = randomUUID();
  const now = new Date();
  await sql.transaction(async (tx) => {
    if (plan.kind === 'restart') {
      // As a restart does (cycle.service restartApp): failures are cleared, links are kept.
      await tx.run('update app set watermark = null where id = ?', [app.id]);
      await tx.run('update app_link set failed_at = null, failures = 0, last_error = null where app_id = ?', [app.id]);
    }
    await tx.run(
      `insert into cycle (id, app_id, kind, status, trigger, phase, counts, queued_at, total, done, run_ms, plan_id)
       values (?, ?, ?, 'queued', 'plan', 'users', ?, ?, 0, 0, 0, ?)`,
      [
        cycleId,
        app.id,
        plan.watermarkFrom === null ? 'initial' : 'incremental',
        JSON.stringify(emptyCounts()),
        now,
        plan.id,
      ],
    );
    await tx.run(`update plan set status = 'applying', cycle_id = ?, updated_at = ? where id = ?`, [cycleId, now, id]);
    // Every other plan of the app was made against the state this one changes.
    await tx.run(`update plan set status = 'stale' where app_id = ? and id <> ? and status = 'ready'`, [app.id, id]);
  });
  await services.runner?.wake(cycleId, app.id);
  return { plan: (await readPlan(sql, id)) as PlanRow, cycle: (await readCycle(sql, cycleId)) as CycleRow };
}

/** Drops a ready plan: its entries go, the row stays (status dropped). */
export async function dropPlan(services: Services, id: string): Promise<PlanRow> {
  const plan = await requirePlan(services.sql, id);
  if (plan.status !== 'ready' && plan.status !== 'stale' && plan.status !== 'failed')
    throw new PlanError('PLAN_NOT_READY', `The plan is ${plan.status}: only a plan not applied can be dropped.`);
  await services.sql.transaction(async (tx) => {
    await tx.run('delete from plan_entry where plan_id = ?', [id]);
    await tx.run(`update plan set status = 'dropped', updated_at = ? where id = ?`, [new Date(), id]);
  });
  return (await readPlan(services.sql, id)) as PlanRow;
}

interface EntrySeen {
  source_id: string;
  action: string | null;
  status: string | null;
  source_seq: number | string | null;
  target_hash: string | null;
}

/** Compares a batch of the applying cycle with the plan (inside the batch's transaction). */
export async function recordOutcomes(
  tx: SqlRunner,
  planId: string,
  type: WorkItem['type'],
  pairs: readonly (readonly [WorkItem, ObjectResult])[],
): Promise<void> {
  if (!pairs.length) return;
  const rows = await tx.all<EntrySeen>(
    `select source_id, action, status, source_seq, target_hash from plan_entry where plan_id = ? and object_type = ? and ${inList(tx.kind, 'source_id')}`,
    [
      planId,
      type,
      listParam(
        tx.kind,
        pairs.map(([item]) => item.id),
      ),
    ],
  );
  const entries = new Map(rows.map((r) => [r.source_id, r]));
  for (const [item, r] of pairs) {
    const e = entries.get(item.id);
    const applied = r.log.action;
    if (!e) {
      await tx.run(
        `insert into plan_entry (plan_id, object_type, source_id, source_name, outcome, replanned_because, applied_action, source_seq, target_hash, reason)
         values (?, ?, ?, ?, 'replanned', 'source', ?, ?, ?, ?)`,
        [
          planId,
          type,
          item.id,
          item.name.slice(0, 512),
          applied,
          item.seq,
          r.observed ?? null,
          'Not in the plan: it changed in the source after the plan was made.',
        ],
      );
      continue;
    }
    const seq = e.source_seq === null ? null : Number(e.source_seq);
    const source = seq !== item.seq;
    const target = (e.target_hash ?? null) !== (r.observed ?? null);
    const because =
      source && target ? 'both' : source ? 'source' : target ? 'target' : e.action !== applied ? 'action' : null;
    const outcome =
      r.log.status === 'Failure' && e.status !== 'Failure' && !because
        ? 'failed'
        : because
          ? 'replanned'
          : 'as-planned';
    await tx.run(
      'update plan_entry set outcome = ?, replanned_because = ?, applied_action = ? where plan_id = ? and object_type = ? and source_id = ?',
      [outcome, because, applied, planId, type, item.id],
    );
  }
}

/** The applying cycle ended: the plan is applied (with its outcome counts) or failed. */
export async function finishPlan(
  q: SqlRunner,
  planId: string,
  cycleStatus: 'succeeded' | 'failed' | 'stopped',
  error: string | null,
): Promise<void> {
  const now = new Date();
  if (cycleStatus === 'succeeded')
    // Entries the cycle never reached: a cycle in between already handled them.
    await q.run(
      `update plan_entry set outcome = 'replanned', replanned_because = 'gone' where plan_id = ? and outcome is null`,
      [planId],
    );
  const rows = await q.all<{ outcome: string | null; n: number | string }>(
    'select outcome, count(*) as n from plan_entry where plan_id = ? group by outcome',
    [planId],
  );
  const count = (o: string) => Number(rows.find((r) => r.outcome === o)?.n ?? 0);
  const outcome = { asPlanned: count('as-planned'), replanned: count('replanned'), failed: count('failed') };
  await q.run('update plan set status = ?, outcome = ?, error = ?, finished_at = ?, updated_at = ? where id = ?', [
    cycleStatus === 'succeeded' ? 'applied' : 'failed',
    JSON.stringify(outcome),
    cycleStatus === 'succeeded' ? null : `The cycle applying it ${cycleStatus}${error ? `: ${error}` : '.'}`,
    now,
    now,
    planId,
  ]);
}

/**
 * Plans created before `olderThan` (none computing or applying), entries first, `batch` rows a
 * statement so SCIM writes and cycles interleave. The runner calls it hourly with the
 * provisioning log's retention.
 */
export async function purgePlans(q: SqlRunner, olderThan: Date, batch = 5000): Promise<number> {
  const at = q.kind === 'sqlite' ? olderThan.getTime() : olderThan;
  const old = await q.all<{ id: string }>(
    `select id from plan where created_at < ? and status not in ('computing', 'applying')`,
    [at],
  );
  for (const { id } of old) {
    while (
      (await q.run(
        `delete from plan_entry where plan_id = ? and source_id in (select source_id from plan_entry where plan_id = ? limit ${batch})`,
        [id, id],
      )) >= batch
    );
    await q.run('delete from plan where id = ?', [id]);
  }
  return old.length;
}
