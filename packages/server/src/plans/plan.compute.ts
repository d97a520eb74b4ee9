/**
 * Computing a plan (E10): the next cycle, a restart or a proposed app file run through the same
 * pipeline as a cycle (cycle.reconcile.ts) against a DryRunTarget, which reads the target and
 * sends nothing. Each object's planned action is stored with what the plan saw of both sides
 * (the source object's change number and a hash of the target object), so that applying can tell
 * which objects changed since and were re-planned.
 *
 * Within one plan, later objects see earlier outcomes as a cycle would (its links): a user the
 * plan creates is a member or manager with the id `planned:<source id>`; one it disables or
 * deletes is no longer a member. A user whose manager is created later in the plan is planned
 * again at the end, as the cycle's references phase would set the manager.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { compileApp, evaluationHash } from '../apps/app.compile.js';
import type { App } from '../apps/app.entity.js';
import { type AppDiagnostic, appFileSchema, shapeDiagnostics } from '../apps/app.file.js';
import { targetFor } from '../apps/app.target.js';
import { validateApp } from '../apps/app.validate.js';
import { buildItems, mapLimit } from '../cycles/cycle.batch.js';
import { countObjects, groupParents, nextIds, type ObjectType, type Window } from '../cycles/cycle.reader.js';
import { type ObjectResult, type ReconcileEnv, reconcile, type WorkItem } from '../cycles/cycle.reconcile.js';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { Services } from '../scim/services.js';
import type { PlanKind } from './plan.entity.js';
import { DryRunTarget, PLANNED_PREFIX } from './plan.target.js';

/** The app's version as a plan sees it: apply refuses a plan made for another one. */
export function appVersion(app: Pick<App, 'directoryId' | 'targetTenantId' | 'targetUrl' | 'mappings' | 'scope'>) {
  return evaluationHash(
    `${app.directoryId}\0${app.targetTenantId ?? ''}\0${app.targetUrl ?? ''}\0${app.mappings}`,
    app.scope,
  );
}

export class PlanInputError extends Error {
  constructor(readonly diagnostics: AppDiagnostic[]) {
    super(diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n'));
  }
}

export interface NewPlan {
  id: string;
  /** What the plan evaluates: the app's own mappings and scope, or the proposal's. */
  mappings: string;
  scope: string;
}

/**
 * Checks a proposal (an app file for this app, as `app apply` takes it) and records a plan in
 * `computing`; `computePlan` fills it. A proposal may change anything `app apply` changes except
 * the app's name, source and target.
 */
export async function createPlan(
  services: Services,
  app: App,
  opts: { kind: PlanKind; proposal?: unknown; actor?: string | null },
): Promise<NewPlan> {
  const { sql } = services;
  let mappings = app.mappings;
  let scope = app.scope;
  if (opts.kind === 'proposal') {
    const parsed = appFileSchema.safeParse(opts.proposal);
    if (!parsed.success) throw new PlanInputError(shapeDiagnostics(parsed.error));
    const { diagnostics, resolved } = await validateApp(sql, parsed.data);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const same = (path: string, code: string, message: string) =>
      errors.push({ path, code, severity: 'error', message });
    if (parsed.data.name !== app.name)
      same('name', 'PLAN_OTHER_APP', `The proposal is for app "${parsed.data.name}", not "${app.name}".`);
    if (resolved && resolved.directoryId !== app.directoryId)
      same('source', 'PLAN_SOURCE_CHANGED', 'A proposal keeps the source: change it with app apply.');
    const url = 'url' in parsed.data.target ? parsed.data.target.url.replace(/\/+$/, '') : null;
    if (resolved && (resolved.targetTenantId !== (app.targetTenantId ?? null) || url !== (app.targetUrl ?? null)))
      same('target', 'PLAN_TARGET_CHANGED', 'A proposal keeps the target: change it with app apply.');
    if (errors.length || !resolved) throw new PlanInputError(errors);
    mappings = JSON.stringify(resolved.mappingSet);
    scope = JSON.stringify(resolved.scope);
  }
  const dir = await sql.get<{ seq: number | string }>('select seq from directory where id = ?', [app.directoryId]);
  const to = Number(dir?.seq ?? 0);
  const sameEvaluation = app.evaluatedHash === evaluationHash(mappings, scope);
  const from = opts.kind === 'restart' || app.watermark == null || !sameEvaluation ? null : Number(app.watermark);
  const window: Window = {
    directoryId: app.directoryId,
    appId: app.id,
    from,
    to,
    since: new Date(8.64e15),
    retryBy: new Date(),
  };
  const total = (await countObjects(sql, 'user', window)) + (await countObjects(sql, 'group', window));
  const id = randomUUID();
  const now = new Date();
  await sql.run(
    `insert into plan (id, app_id, kind, status, proposal, app_version, watermark_from, watermark_to, total, done, totals, created_by, created_at, updated_at)
     values (?, ?, ?, 'computing', ?, ?, ?, ?, ?, 0, '{}', ?, ?, ?)`,
    [
      id,
      app.id,
      opts.kind,
      opts.kind === 'proposal' ? JSON.stringify(opts.proposal) : null,
      appVersion(app),
      from,
      to,
      total,
      opts.actor ?? null,
      now,
      now,
    ],
  );
  return { id, mappings, scope };
}

export interface PlanTotals {
  create: number;
  update: number;
  disable: number;
  delete: number;
  skip: number;
  fail: number;
  /** Disables and deletes over the app's deletion threshold: applying would hold them for an admin. */
  wouldHoldDeletes: boolean;
}

const TOTAL_OF: Record<string, keyof Omit<PlanTotals, 'wouldHoldDeletes'>> = {
  Create: 'create',
  Update: 'update',
  Disable: 'disable',
  Delete: 'delete',
  Skip: 'skip',
  Other: 'fail',
};

const ENTRY_COLUMNS =
  '(plan_id, object_type, source_id, source_name, action, status, target_id, code, reason, modified, body, source_seq, target_hash)';
const CHUNK = 100;

async function writeEntries(q: SqlRunner, planId: string, pairs: [WorkItem, ObjectResult][]): Promise<void> {
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const part = pairs.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const [item, r] of part) {
      const log = r.log;
      params.push(
        planId,
        item.type,
        item.id,
        item.name.slice(0, 512),
        log.action,
        log.status === 'Success' ? 'Planned' : log.status,
        log.action === 'Create' ? `${PLANNED_PREFIX}${item.id}` : (log.targetId ?? item.link?.targetId ?? null),
        log.errorCode?.slice(0, 64) ?? null,
        log.errorMessage ?? null,
        log.modified?.length ? JSON.stringify(log.modified) : null,
        r.requests?.length ? JSON.stringify(r.requests) : null,
        item.seq,
        r.observed ?? null,
      );
    }
    await q.run(
      `insert into plan_entry ${ENTRY_COLUMNS} values ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       on conflict (plan_id, object_type, source_id) do update set
         action = excluded.action, status = excluded.status, target_id = excluded.target_id, code = excluded.code,
         reason = excluded.reason, modified = excluded.modified, body = excluded.body,
         source_seq = excluded.source_seq, target_hash = excluded.target_hash`,
      params,
    );
  }
}

/** Groups (ids, sorted) with a direct member among `users`: an incremental cycle revisits them. */
async function groupsWithMembers(q: SqlRunner, directoryId: string, users: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (let i = 0; i < users.length; i += 5000) {
    const rows = await q.all<{ id: string }>(
      `select distinct group_id as id from directory_member where directory_id = ? and ${inList(q.kind, 'member_id')}`,
      [directoryId, listParam(q.kind, users.slice(i, i + 5000))],
    );
    for (const r of rows) out.add(r.id);
  }
  return [...out].sort();
}

/** The next ids of the window after `after`, merged with `extra` (sorted), at most `limit`. */
async function nextOf(
  q: SqlRunner,
  type: ObjectType,
  w: Window,
  after: string,
  limit: number,
  extra: string[],
): Promise<string[]> {
  const ids = await nextIds(q, type, w, after, limit);
  if (!extra.length) return ids;
  const more = extra.filter((id) => id > after).slice(0, limit);
  return [...new Set([...ids, ...more])].sort().slice(0, limit);
}

/** Fills a plan made by createPlan; on any error the plan ends `failed` with the message. */
export async function computePlan(services: Services, em: EntityManager, app: App, plan: NewPlan): Promise<void> {
  const { sql, config } = services;
  const row = await sql.get<{ watermark_from: number | string | null; watermark_to: number | string }>(
    'select watermark_from, watermark_to from plan where id = ?',
    [plan.id],
  );
  if (!row) return;
  let target: DryRunTarget | undefined;
  try {
    target = new DryRunTarget(await targetFor(services, em, app));
    const compiled = compileApp(
      { id: `plan:${plan.id}`, mappings: plan.mappings, scope: plan.scope },
      await target.declaredTypes(),
    );
    const env: ReconcileEnv = {
      app,
      compiled,
      target,
      cycleId: null,
      timeoutMs: config.ENGINE_EVALUATION_TIMEOUT_MS,
      parents: await groupParents(sql, app.directoryId),
      stageDeletes: false,
      observe: true,
    };
    const window: Window = {
      directoryId: app.directoryId,
      appId: app.id,
      from: row.watermark_from === null ? null : Number(row.watermark_from),
      to: Number(row.watermark_to),
      // Nothing the plan does changes a link, so no group is revisited for that (see `changedUsers`).
      since: new Date(8.64e15),
      retryBy: new Date(),
    };
    const concurrency = target.kind === 'tenant' ? config.ENGINE_LOCAL_CONCURRENCY : services.httpPolicy.maxConcurrency;
    const overlay = new Map<string, string | null>();
    const changedUsers: string[] = [];
    const laterManagers: string[] = [];
    const run = async (type: ObjectType, ids: string[], again = false) => {
      const items = await buildItems(sql, app.directoryId, app.id, type, ids, overlay);
      const results = await mapLimit(items, concurrency, (item) => reconcile(env, item));
      const pairs = items.map((item, i) => [item, results[i]] as [WorkItem, ObjectResult]);
      if (type === 'user' && !again)
        for (const [item, r] of pairs) {
          const a = r.log.action;
          if (a === 'Create') overlay.set(item.id, `${PLANNED_PREFIX}${item.id}`);
          if (a === 'Disable' || a === 'Delete') overlay.set(item.id, null);
          if (a === 'Create' || a === 'Disable' || a === 'Delete' || r.link?.lastAction === 'Enable')
            changedUsers.push(item.id);
          if (r.link?.pendingReference) laterManagers.push(item.id);
        }
      return pairs;
    };
    const types: ObjectType[] = compiled.mappings.group.enabled ? ['user', 'group'] : ['user'];
    for (const type of types) {
      const extra =
        type === 'group' && window.from !== null ? await groupsWithMembers(sql, app.directoryId, changedUsers) : [];
      let cursor = '';
      for (;;) {
        const ids = await nextOf(sql, type, window, cursor, config.ENGINE_BATCH_SIZE, extra);
        if (!ids.length) break;
        const pairs = await run(type, ids);
        cursor = ids[ids.length - 1];
        await sql.transaction(async (tx) => {
          await writeEntries(tx, plan.id, pairs);
          await tx.run('update plan set done = done + ?, updated_at = ? where id = ?', [
            pairs.length,
            new Date(),
            plan.id,
          ]);
        });
      }
      // Users whose manager the plan creates after them: planned again with it, as the references phase would.
      if (type === 'user' && laterManagers.length)
        for (let i = 0; i < laterManagers.length; i += config.ENGINE_BATCH_SIZE) {
          const pairs = await run('user', laterManagers.slice(i, i + config.ENGINE_BATCH_SIZE), true);
          await writeEntries(sql, plan.id, pairs);
        }
    }
    const totals = await planTotals(sql, plan.id, app.deletionThreshold);
    await sql.run(`update plan set status = 'ready', totals = ?, finished_at = ?, updated_at = ? where id = ?`, [
      JSON.stringify(totals),
      new Date(),
      new Date(),
      plan.id,
    ]);
  } catch (err) {
    await sql.run(`update plan set status = 'failed', error = ?, finished_at = ?, updated_at = ? where id = ?`, [
      `The plan could not be computed: ${(err as Error).message}`,
      new Date(),
      new Date(),
      plan.id,
    ]);
  } finally {
    await target?.close();
  }
}

export async function planTotals(q: SqlRunner, planId: string, threshold: number): Promise<PlanTotals> {
  const rows = await q.all<{ action: string | null; n: number | string }>(
    'select action, count(*) as n from plan_entry where plan_id = ? group by action',
    [planId],
  );
  const t: PlanTotals = { create: 0, update: 0, disable: 0, delete: 0, skip: 0, fail: 0, wouldHoldDeletes: false };
  for (const r of rows) {
    const k = r.action ? TOTAL_OF[r.action] : undefined;
    if (k) t[k] += Number(r.n);
  }
  t.wouldHoldDeletes = threshold > 0 && t.disable + t.delete > threshold;
  return t;
}
