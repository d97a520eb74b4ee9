/**
 * Runs a cycle for one slice of time: claims it (fenced by `claimed_by`, so two runners never
 * work one cycle), reads batches in object-id order, reconciles each object, and commits the
 * batch's links, provisioning log and progress in one transaction. A killed runner loses at
 * most its uncommitted batch, which the next claimant redoes; reconciling is idempotent (a
 * create that happened is found again by matching), so nothing is duplicated.
 */
import { compileApp } from '../apps/app.compile.js';
import { App } from '../apps/app.entity.js';
import { TargetUnavailable, targetFor } from '../apps/app.target.js';
import type { SqlRunner } from '../db/sql.js';
import type { ScimTarget } from '../outbound/target.js';
import { finishPlan, recordOutcomes } from '../plans/plan.apply.js';
import { insertLogs } from '../provisioning/log.writer.js';
import type { Services } from '../scim/services.js';
import { buildItems, mapLimit } from './cycle.batch.js';
import { enterDeletes, heldResult, stagedBatch } from './cycle.deletes.js';
import type { CyclePhase } from './cycle.entity.js';
import { applyVerdict, judgeCycle } from './cycle.quarantine.js';
import { countObjects, groupParents, nextIds, type ObjectType, type Window } from './cycle.reader.js';
import { type ObjectResult, type ReconcileEnv, reconcile } from './cycle.reconcile.js';
import { type CycleRow, readCycle } from './cycle.row.js';
import { queueBehind } from './follow.js';
import { writeLinks } from './links.js';
import { sendWebhook } from './webhook.js';

export type SliceOutcome = 'finished' | 'yielded' | 'busy' | 'paused' | 'stopped' | 'gone';

export interface SliceOptions {
  runnerId: string;
  /** Yield (hand the cycle back, still running) after this many ms. */
  sliceMs: number;
  /** Set on graceful shutdown: the slice commits its batch and hands the cycle back. */
  signal?: AbortSignal;
}

const PHASES: CyclePhase[] = ['users', 'user-deletes', 'groups', 'group-deletes', 'references', 'done'];

class LostClaim extends Error {}

async function claim(q: SqlRunner, id: string, runner: string, staleMs: number): Promise<boolean> {
  const now = new Date();
  const n = await q.run(
    `update cycle set claimed_by = ?, heartbeat_at = ? where id = ? and status in ('queued', 'running')
     and (claimed_by is null or claimed_by = ? or heartbeat_at < ?)`,
    [runner, now, id, runner, new Date(now.getTime() - staleMs)],
  );
  return n === 1;
}

async function pendingReferenceIds(q: SqlRunner, appId: string, after: string, limit: number): Promise<string[]> {
  const rows = await q.all<{ id: string }>(
    `select source_id as id from app_link where app_id = ? and object_type = 'user' and pending_reference and source_id > ? order by source_id limit ${limit}`,
    [appId, after],
  );
  return rows.map((r) => r.id);
}

async function appState(q: SqlRunner, appId: string): Promise<string | null> {
  return (await q.get<{ state: string }>('select state from app where id = ?', [appId]))?.state ?? null;
}

export async function runSlice(services: Services, cycleId: string, opts: SliceOptions): Promise<SliceOutcome> {
  const { sql, config } = services;
  const staleMs = config.ENGINE_JOB_EXPIRE_SECONDS * 1000;
  if (!(await claim(sql, cycleId, opts.runnerId, staleMs))) {
    const row = await readCycle(sql, cycleId);
    return row && (row.status === 'queued' || row.status === 'running') ? 'busy' : 'gone';
  }
  const em = services.db.orm.em.fork();
  let cycle = (await readCycle(sql, cycleId)) as CycleRow;
  const app = await em.findOne(App, { id: cycle.appId });
  const release = () =>
    sql.run('update cycle set claimed_by = null where id = ? and claimed_by = ?', [cycleId, opts.runnerId]);
  if (!app) {
    await finishCycle(sql, cycle, opts.runnerId, 'failed', 'The app was deleted.');
    return 'gone';
  }
  if (app.state === 'paused') {
    await release();
    return 'paused';
  }
  if (app.state === 'stopped') {
    await finishCycle(sql, cycle, opts.runnerId, 'stopped', null);
    return 'stopped';
  }
  const sliceStart = performance.now();
  let target: Awaited<ReturnType<typeof targetFor>> | undefined;
  try {
    target = await targetFor(services, em, app);
    const compiled = compileApp(app, await target.declaredTypes?.());
    if (cycle.status === 'queued') cycle = await begin(sql, cycle, app, opts.runnerId);
    const window: Window = {
      directoryId: app.directoryId,
      appId: app.id,
      from: cycle.watermarkFrom,
      to: cycle.watermarkTo ?? 0,
      since: cycle.queuedAt,
    };
    const env: ReconcileEnv = {
      app,
      compiled,
      target,
      cycleId,
      timeoutMs: config.ENGINE_EVALUATION_TIMEOUT_MS,
      parents: await groupParents(sql, app.directoryId),
      stageDeletes: app.deletionThreshold > 0,
      observe: cycle.planId !== null,
      retrySchedule: config.ENGINE_RETRY_SCHEDULE_MINUTES,
    };
    // A deletes phase sends what the pass before it staged (the threshold was applied on entering it).
    const sendEnv: ReconcileEnv = { ...env, stageDeletes: false };
    const concurrency = target.kind === 'tenant' ? config.ENGINE_LOCAL_CONCURRENCY : services.httpPolicy.maxConcurrency;
    let phaseIndex = PHASES.indexOf(cycle.phase);
    let cursor = cycle.cursor ?? '';
    while (PHASES[phaseIndex] !== 'done') {
      const phase = PHASES[phaseIndex];
      const type: ObjectType = phase === 'groups' || phase === 'group-deletes' ? 'group' : 'user';
      const deletes = phase === 'user-deletes' || phase === 'group-deletes';
      const skipPhase = phase === 'groups' && !compiled.mappings.group.enabled;
      for (;;) {
        if (opts.signal?.aborted || performance.now() - sliceStart > opts.sliceMs) {
          await release();
          return 'yielded';
        }
        const state = await appState(sql, app.id);
        if (state === 'paused') {
          await release();
          return 'paused';
        }
        if (state === 'stopped') {
          await finishCycle(sql, cycle, opts.runnerId, 'stopped', null);
          return 'stopped';
        }
        const staged = deletes ? await stagedBatch(sql, app.id, cycleId, type, cursor, config.ENGINE_BATCH_SIZE) : [];
        const ids = deletes
          ? staged.map((r) => r.sourceId)
          : skipPhase
            ? []
            : phase === 'references'
              ? await pendingReferenceIds(sql, app.id, cursor, config.ENGINE_BATCH_SIZE)
              : await nextIds(sql, type, window, cursor, config.ENGINE_BATCH_SIZE);
        if (!ids.length) break;
        const held = new Set(staged.filter((r) => r.heldHere).map((r) => r.sourceId));
        const batchStart = performance.now();
        const last = ids[ids.length - 1];
        const work = async () => {
          const items = await buildItems(sql, app.directoryId, app.id, type, ids);
          const out = await mapLimit(items, concurrency, async (item) =>
            held.has(item.id) ? heldResult(env, item, app.deletionThreshold) : reconcile(deletes ? sendEnv : env, item),
          );
          // A cycle applying a plan compares each object with its entry (the passes, not the deletes or references).
          const planId = cycle.planId;
          const outcomes =
            planId && (phase === 'users' || phase === 'groups')
              ? (tx: SqlRunner) =>
                  recordOutcomes(
                    tx,
                    planId,
                    type,
                    items.map((item, i) => [item, out[i]] as const),
                  )
              : undefined;
          await commitBatch(sql, cycle, opts.runnerId, phase, last, out, performance.now() - batchStart, outcomes);
          return out;
        };
        // A local tenant's writes, the links and the cursor commit together, once per batch (on
        // SQLite one WAL write instead of one per object; each object still has its own savepoint).
        // An external target's batch is not held open across HTTP calls.
        const results = target.kind === 'tenant' ? await sql.batch(work) : await work();
        cursor = last;
        for (const r of results) recordObject(services, app.name, r);
      }
      phaseIndex += 1;
      cursor = '';
      await enterPhase(sql, app, cycleId, opts.runnerId, PHASES[phaseIndex]);
    }
    await completeCycle(sql, cycle, app, compiled.hash, opts.runnerId);
    const done = await readCycle(sql, cycleId);
    // The cycle is done and committed: a failure judging it must not mark it failed.
    if (done)
      await afterCycle(services, app, done, target).catch((err) =>
        console.warn(`judging cycle ${cycleId} of app ${app.name} failed: ${(err as Error).message}`),
      );
    // Changes that arrived while it ran: the next cycle now (follow changes).
    if (app.followChanges)
      await queueBehind(services, app.directoryId).catch((err) =>
        console.warn(`queueing the next cycle of app ${app.name} failed: ${(err as Error).message}`),
      );
    services.metrics.engine.cycleFinished(
      app.name,
      done?.counts.failed ? 'partial' : 'success',
      (done?.runMs ?? 0) / 1000,
    );
    return 'finished';
  } catch (err) {
    if (err instanceof LostClaim) return 'busy';
    const message = err instanceof TargetUnavailable ? err.message : `The cycle failed: ${(err as Error).message}`;
    services.metrics.engine.cycleFinished(app.name, 'failed', (performance.now() - sliceStart) / 1000);
    await finishCycle(sql, cycle, opts.runnerId, 'failed', message);
    sendWebhook(services, app, 'cycle-failed', { cycleId, error: message });
    if (err instanceof TargetUnavailable)
      await applyVerdict(services, app, { reason: 'TargetUnavailable', message: err.message }, cycleId);
    if (!(err instanceof TargetUnavailable)) throw err;
    return 'finished';
  } finally {
    await target?.close();
  }
}

/**
 * A finished cycle's alerts: the quarantine verdict (a cycle that touched nothing judges a
 * quarantined app by a connection test instead) and the held-deletes webhook.
 */
async function afterCycle(services: Services, app: App, done: CycleRow, target: ScimTarget): Promise<void> {
  let verdict = await judgeCycle(services.sql, services, done.id, done.done, done.counts.failed);
  if (!done.done) {
    const row = await services.sql.get<{ r: string | null; m: string | null }>(
      'select quarantine_reason as r, quarantine_message as m from app where id = ?',
      [app.id],
    );
    if (!row?.r) return;
    const test = await target.testConnection();
    verdict = test.ok ? null : { reason: row.r, message: test.message || (row.m ?? '') };
  }
  await applyVerdict(services, app, verdict, done.id);
  if (done.counts.held) sendWebhook(services, app, 'deletes-held', { cycleId: done.id, held: done.counts.held });
}

/**
 * Moves the cycle to its next phase, with what the phase adds to the total: unresolved references,
 * or (a deletes phase) the staged actions, after the threshold decided which of them it holds.
 */
async function enterPhase(sql: Services['sql'], app: App, cycleId: string, runner: string, next: CyclePhase) {
  await sql.transaction(async (tx) => {
    let extra = 0;
    let sent: number | null = null;
    if (next === 'references') extra = await countPending(tx, app.id);
    if (next === 'user-deletes' || next === 'group-deletes') {
      const before = next === 'group-deletes' ? ((await readCycle(tx, cycleId))?.stagedSent ?? 0) : 0;
      const type = next === 'user-deletes' ? 'user' : 'group';
      const d = await enterDeletes(tx, app.id, cycleId, type, app.deletionThreshold, before, new Date());
      extra = d.work;
      sent = before + (d.held ? 0 : d.fresh);
    }
    await fenced(
      tx,
      `update cycle set phase = ?, cursor = null, total = total + ?${sent === null ? '' : ', staged_sent = ?'} where id = ? and claimed_by = ?`,
      [next, extra, ...(sent === null ? [] : [sent]), cycleId, runner],
    );
  });
}

const METRIC_ACTION = { Create: 'create', Update: 'update', Disable: 'disable', Delete: 'delete' } as const;

function recordObject(services: Services, app: string, r: ObjectResult): void {
  if (r.staged) return;
  const action = METRIC_ACTION[r.log.action as keyof typeof METRIC_ACTION] ?? 'none';
  const status = r.log.status === 'Failure' ? 'failed' : r.log.status === 'Success' ? 'applied' : 'skipped';
  services.metrics.engine.objectProcessed(app, action, status);
  for (const call of r.calls) services.metrics.engine.targetRequest(app, call / 1000);
}

async function countPending(q: SqlRunner, appId: string): Promise<number> {
  const r = await q.get<{ n: number | string }>(
    `select count(*) as n from app_link where app_id = ? and object_type = 'user' and pending_reference`,
    [appId],
  );
  return Number(r?.n ?? 0);
}

async function fenced(q: SqlRunner, text: string, params: unknown[]): Promise<void> {
  if ((await q.run(text, params)) !== 1) throw new LostClaim();
}

/** First claim: fixes the window (up to the directory's change number now) and the total. */
async function begin(q: SqlRunner, cycle: CycleRow, app: App, runner: string): Promise<CycleRow> {
  const dir = await q.get<{ seq: number | string }>('select seq from directory where id = ?', [app.directoryId]);
  const to = Number(dir?.seq ?? 0);
  // A cycle applying a plan reads the plan's window, even if another cycle ran in between.
  const planned = cycle.planId
    ? await q.get<{ f: number | string | null }>('select watermark_from as f from plan where id = ?', [cycle.planId])
    : undefined;
  const from = cycle.kind === 'initial' ? null : planned ? planned.f : (app.watermark ?? null);
  const w: Window = {
    directoryId: app.directoryId,
    appId: app.id,
    from: from === null ? null : Number(from),
    to,
    since: cycle.queuedAt,
  };
  const total = (await countObjects(q, 'user', w)) + (await countObjects(q, 'group', w));
  const now = new Date();
  await fenced(
    q,
    `update cycle set status = 'running', started_at = ?, watermark_from = ?, watermark_to = ?, total = ?, heartbeat_at = ?
     where id = ? and claimed_by = ?`,
    [now, w.from, to, total, now, cycle.id, runner],
  );
  return (await readCycle(q, cycle.id)) as CycleRow;
}

async function commitBatch(
  sql: Services['sql'],
  cycle: CycleRow,
  runner: string,
  phase: CyclePhase,
  cursor: string,
  results: ObjectResult[],
  ms: number,
  also?: (tx: SqlRunner) => Promise<void>,
): Promise<void> {
  const now = new Date();
  await sql.transaction(async (tx) => {
    const row = await tx.get<{ counts: string; claimed_by: string | null }>(
      `select counts, claimed_by from cycle where id = ? ${sql.forUpdate}`,
      [cycle.id],
    );
    if (!row || row.claimed_by !== runner) throw new LostClaim();
    await also?.(tx);
    const counts = JSON.parse(String(row.counts)) as Record<string, number>;
    for (const r of results) if (r.count) counts[r.count] = (counts[r.count] ?? 0) + 1;
    await writeLinks(
      tx,
      cycle.appId,
      results.flatMap((r) => (r.link ? [r.link] : [])),
      now,
    );
    await insertLogs(
      tx,
      // A staged action is logged by the deletes phase (sent, or held as StagedDelete).
      results.filter((r) => !r.staged).map((r) => ({ ...r.log, at: now })),
    );
    await tx.run(
      'update cycle set phase = ?, cursor = ?, done = done + ?, counts = ?, heartbeat_at = ?, run_ms = run_ms + ? where id = ?',
      [phase, cursor, results.length, JSON.stringify(counts), now, Math.round(ms), cycle.id],
    );
  });
}

async function completeCycle(
  sql: Services['sql'],
  cycle: CycleRow,
  app: App,
  hash: string,
  runner: string,
): Promise<void> {
  const now = new Date();
  await sql.transaction(async (tx) => {
    const n = await tx.run(
      `update cycle set status = 'succeeded', phase = 'done', cursor = null, finished_at = ?, claimed_by = null where id = ? and claimed_by = ?`,
      [now, cycle.id, runner],
    );
    if (n !== 1) throw new LostClaim();
    if (cycle.planId) await finishPlan(tx, cycle.planId, 'succeeded', null);
    const fresh = await tx.get<{ watermark_to: number | string }>('select watermark_to from cycle where id = ?', [
      cycle.id,
    ]);
    await tx.run('update app set watermark = ?, evaluated_hash = ?, next_run_at = ?, updated_at = ? where id = ?', [
      Number(fresh?.watermark_to ?? 0),
      hash,
      new Date(now.getTime() + app.intervalMinutes * 60_000),
      now,
      app.id,
    ]);
  });
}

async function finishCycle(
  q: SqlRunner,
  cycle: CycleRow,
  runner: string,
  status: 'failed' | 'stopped',
  error: string | null,
) {
  await q.run(
    `update cycle set status = ?, error = ?, finished_at = ?, claimed_by = null where id = ? and (claimed_by = ? or claimed_by is null)`,
    [status, error, new Date(), cycle.id, runner],
  );
  if (cycle.planId) await finishPlan(q, cycle.planId, status, error);
  // The next scheduled try is an interval away, so a failing target is not hammered every tick.
  await q.run(`update app set next_run_at = ? where id = ?`, [
    new Date(
      Date.now() +
        60_000 *
          Number(
            (await q.get<{ m: number }>('select interval_minutes as m from app where id = ?', [cycle.appId]))?.m ?? 40,
          ),
    ),
    cycle.appId,
  ]);
}
