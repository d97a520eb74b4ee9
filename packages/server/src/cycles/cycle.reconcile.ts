import { createHash } from 'node:crypto';
/**
 * One object through the pipeline: import -> scope -> match -> action, each step recorded for
 * the provisioning log. The decision is @scimdesk/scim's `decideSync`; this file observes the
 * target, acts on it and says what to remember (the link) and what to log.
 */
import {
  type AssignmentDirectory,
  decideScope,
  decideSync,
  type MappingContext,
  matchQueries,
  runMatch,
  type ScopeDecision,
  type SyncDecision,
  sourceView,
} from '@scimdesk/scim';
import type { App } from '../apps/app.entity.js';
import type { CompiledApp } from '../apps/app.types.js';
import { serverExpressionContext } from '../expression/context.js';
import { TimeBudget } from '../mappings/bounded.js';
import { type ScimTarget, type TargetCall, TargetError, type TargetResource } from '../outbound/target.js';
import type { LogEntry, LogStep } from '../provisioning/log.types.js';
import type { ObjectType } from './cycle.reader.js';
import type { CycleCounts } from './cycle.types.js';
import type { Link, LinkWrite, StagedAction } from './links.js';

export interface ReconcileEnv {
  app: App;
  compiled: CompiledApp;
  target: ScimTarget;
  cycleId: string | null;
  timeoutMs: number;
  /** Child group -> parent groups (for nested-only explanations). */
  parents: Map<string, string[]>;
  /**
   * Hold disables and deletes back (a cycle of an app with a deletion threshold): the decision is
   * kept in the link and sent, or held, in the cycle's deletes phase once they are all counted.
   */
  stageDeletes?: boolean;
  /** Escrow: minutes to wait after the 1st, 2nd, ... failure (the last repeats); default: retry at once. */
  retrySchedule?: readonly number[];
  /** Plans and their apply: say what was seen of the target and every request body (ObjectResult.observed, .requests). */
  observe?: boolean;
}

export interface WorkItem {
  type: ObjectType;
  id: string;
  /** The source object (Entra-shaped), null when hard-deleted. */
  source: Record<string, unknown> | null;
  softDeleted: boolean;
  /** The source object's change number (null when hard-deleted). */
  seq: number | null;
  name: string;
  /** Direct groups of the object. */
  groups: string[];
  link: Link | null;
  /** Users: manager objectId -> target id; groups: member objectId -> target id (provisioned only). */
  references: Map<string, string>;
}

export interface ObjectResult {
  log: LogEntry;
  /** Durations (ms) of the target calls made. */
  calls: number[];
  link: LinkWrite | null;
  /** The count it adds to; null for an action staged for the deletes phase (counted there). */
  count: keyof CycleCounts | null;
  /** Staged for the deletes phase: nothing was sent and nothing is logged yet. */
  staged?: boolean;
  /** The last request sent for the object (with its body), failed or not; null when none was. */
  lastCall: TargetCall | null;
  /** With `observe`: a hash of the target object as read (null when none was found or linked). */
  observed?: string | null;
  /** With `observe`: the writes, in order, with their bodies (what a plan shows; nothing else keeps them). */
  requests?: { method: string; path: string; body?: unknown }[];
}

/**
 * A hash of a target object as read: equal hashes mean it did not change in between. Its
 * `meta.location` and every `$ref` are left out: they carry the address of whoever reads (a CLI
 * and a server differ).
 */
export function targetHash(r: TargetResource | null): string | null {
  if (!r) return null;
  const meta = r.meta as Record<string, unknown> | undefined;
  const stable = meta && typeof meta === 'object' ? { ...r, meta: { ...meta, location: undefined } } : r;
  const text = JSON.stringify(stable, (key, value) => (key === '$ref' ? undefined : value));
  return createHash('sha1').update(text).digest('hex');
}

const MEMBER_CHUNK = 500;
/** Mapping sets of linear-time functions only run without the watchdog (see CompiledApp.guarded). */
const direct = { run: <T>(fn: () => T): T => fn() };

function scopeOf(env: ReconcileEnv, item: WorkItem): ScopeDecision | { inScope: false; reason: string } {
  if (!item.source) return { inScope: false, reason: 'Hard-deleted in the source.' };
  const { compiled } = env;
  const directory: AssignmentDirectory = {
    isAssigned: (id) => compiled.assigned.has(id),
    groupsOf: (id) => (id === item.id ? item.groups : (env.parents.get(id) ?? [])),
    nameOf: (id) => compiled.names.get(id),
  };
  return decideScope({
    mode: compiled.scope.mode,
    directory,
    filter: item.type === 'user' ? compiled.userFilter : compiled.groupFilter,
    object: { id: item.id, type: item.type, source: item.source },
  });
}

/** When a cycle may retry an object that failed `before` times already and fails now. */
function retryAt(env: ReconcileEnv, before: number): Date {
  const s = env.retrySchedule;
  const minutes = s?.length ? s[Math.min(before, s.length - 1)] : 0;
  return new Date(Date.now() + minutes * 60_000);
}

const requestOf = (c: TargetCall | undefined) => (c ? { method: c.method, path: c.path } : null);

export async function reconcile(env: ReconcileEnv, item: WorkItem): Promise<ObjectResult> {
  const started = performance.now();
  const steps: LogStep[] = [];
  const com = item.type === 'user' ? env.compiled.mappings.user : env.compiled.mappings.group;
  let pendingReference = false;
  const ctx: MappingContext = {
    ...serverExpressionContext(),
    resolveReference: (attribute, sourceId) => {
      const hit = item.references.get(sourceId);
      if (hit === undefined && attribute === 'manager') pendingReference = true;
      return hit ?? null;
    },
  };
  const budget = env.compiled.guarded ? new TimeBudget(env.timeoutMs) : direct;
  let lastCall: TargetCall | undefined;
  let retries = 0;
  const calls: number[] = [];
  const requests: NonNullable<ObjectResult['requests']> = [];
  let seen: TargetResource | null = null;
  const track = <T>(r: { value: T; call: TargetCall }): T => {
    lastCall = r.call;
    if (env.observe && r.call.body !== undefined)
      requests.push({ method: r.call.method, path: r.call.path, body: r.call.body });
    calls.push(r.call.durationMs);
    retries += r.call.retries;
    return r.value;
  };
  const base = {
    appId: env.app.id,
    cycleId: env.cycleId,
    objectType: item.type,
    sourceId: item.id,
    sourceName: item.name,
  };
  const finish = (
    action: LogEntry['action'],
    status: LogEntry['status'],
    count: keyof CycleCounts | null,
    link: LinkWrite | null,
    extra: Partial<LogEntry> = {},
  ): ObjectResult => ({
    log: {
      ...base,
      action,
      status,
      modified: [],
      steps,
      request: requestOf(lastCall),
      responseStatus: lastCall?.status ?? null,
      retryCount: retries,
      durationMs: Math.round(performance.now() - started),
      ...extra,
    },
    link,
    count,
    calls,
    lastCall: lastCall ?? null,
    ...(env.observe ? { observed: targetHash(seen), requests } : {}),
  });
  const keep = (targetId: string | null, error: string | null): LinkWrite => ({
    objectType: item.type,
    sourceId: item.id,
    targetId,
    state: item.link?.state ?? 'provisioned',
    pendingReference: item.link?.pendingReference ?? false,
    lastAction: error ? 'Fail' : 'Skip',
    error,
    ...(error ? { retryAt: retryAt(env, item.link?.failures ?? 0) } : {}),
  });

  try {
    const view = item.source
      ? { ...sourceView(item.source), ...(item.softDeleted ? { IsSoftDeleted: true } : {}) }
      : null;
    steps.push({
      step: 'import',
      status: view ? 'Success' : 'Skipped',
      details: view ? { source: view } : { reason: 'The object was hard-deleted in the source.' },
    });
    const scope = budget.run(() => scopeOf(env, item));
    steps.push({
      step: 'scope',
      status: scope.inScope ? 'InScope' : 'OutOfScope',
      details: scope as unknown as Record<string, unknown>,
    });
    const active = view && !view.IsSoftDeleted;

    let target: TargetResource | null = null;
    const link = item.link && item.link.state !== 'deleted' ? item.link : null;
    if (link?.targetId) {
      target = track(await env.target.get(item.type, link.targetId));
      steps.push({ step: 'match', status: target ? 'Linked' : 'LinkGone', details: { targetId: link.targetId } });
    }
    if (!target && view && scope.inScope && active) {
      const plan = budget.run(() => matchQueries(com, view, ctx));
      const outcome = await runMatch(plan.queries, async (q) => track(await env.target.find(item.type, q.filter)));
      steps.push({ step: 'match', status: outcome.kind, details: outcome as unknown as Record<string, unknown> });
      if (outcome.kind === 'noValue')
        return finish('Skip', 'Skipped', 'skipped', keep(null, null), {
          errorCode: 'ImportSkipped',
          errorMessage: outcome.reason,
        });
      if (outcome.kind === 'duplicate')
        return finish('Other', 'Failure', 'failed', keep(null, outcome.reason), {
          errorCode: 'DuplicateTargetEntries',
          errorMessage: outcome.reason,
        });
      if (outcome.kind === 'matched') target = outcome.target as TargetResource;
    }
    seen = target;

    const decision: SyncDecision = budget.run(() =>
      decideSync({
        mapping: com,
        source: view,
        scope,
        link: link ? { targetId: link.targetId, state: link.state } : null,
        target,
        ctx,
      }),
    );
    return await act(env, item, decision, {
      steps,
      finish,
      keep,
      track,
      pendingReference: () => pendingReference,
      target,
    });
  } catch (err) {
    const code = err instanceof TargetError ? err.code : ((err as { code?: string }).code ?? 'InternalError');
    const message = (err as Error).message ?? String(err);
    if (err instanceof TargetError) {
      lastCall = err.call;
      // The failed call's retries count too (track() only sees calls that succeeded).
      retries += err.call.retries;
    }
    steps.push({ step: 'action', status: 'Failure', details: { code, message } });
    return finish('Other', 'Failure', 'failed', keep(item.link?.targetId ?? null, `${code}: ${message}`), {
      errorCode: code,
      errorMessage: message,
    });
  }
}

interface ActTools {
  steps: LogStep[];
  finish: (
    action: LogEntry['action'],
    status: LogEntry['status'],
    count: keyof CycleCounts | null,
    link: LinkWrite | null,
    extra?: Partial<LogEntry>,
  ) => ObjectResult;
  keep: (targetId: string | null, error: string | null) => LinkWrite;
  track: <T>(r: { value: T; call: TargetCall }) => T;
  pendingReference: () => boolean;
  target: TargetResource | null;
}

async function act(env: ReconcileEnv, item: WorkItem, d: SyncDecision, t: ActTools): Promise<ObjectResult> {
  const link = (targetId: string | null, state: LinkWrite['state'], lastAction: string): LinkWrite => ({
    objectType: item.type,
    sourceId: item.id,
    targetId,
    state,
    pendingReference: item.type === 'user' && state === 'provisioned' && t.pendingReference(),
    lastAction,
    error: null,
  });
  const targetName = (r: TargetResource | null) => (r ? String(r.userName ?? r.displayName ?? '') || null : null);
  switch (d.action) {
    case 'skip': {
      t.steps.push({ step: 'action', status: 'Skipped', details: { code: d.code, reason: d.reason } });
      const keepLink =
        d.targetId && (d.code === 'NoChange' || d.code === 'ActionDisabled')
          ? link(d.targetId, 'provisioned', item.link?.state === 'disabled' ? 'Enable' : 'Skip')
          : d.targetId && d.code === 'AlreadyDeprovisioned'
            ? link(d.targetId, 'disabled', 'Skip')
            : item.link
              ? t.keep(item.link.targetId, null)
              : null;
      return t.finish('Skip', 'Skipped', 'skipped', keepLink, {
        targetId: d.targetId ?? null,
        targetName: targetName(t.target),
        errorCode: d.code,
        errorMessage: d.reason,
      });
    }
    case 'fail': {
      const message = d.diagnostics.map((x) => x.message).join(' ') || d.reason;
      t.steps.push({ step: 'action', status: 'Failure', details: { code: d.code, diagnostics: d.diagnostics } });
      return t.finish('Other', 'Failure', 'failed', t.keep(item.link?.targetId ?? null, `${d.code}: ${message}`), {
        errorCode: d.code,
        errorMessage: message,
      });
    }
    case 'create': {
      const body = { ...d.body };
      const members = Array.isArray(body.members) ? (body.members as unknown[]) : [];
      if (members.length > MEMBER_CHUNK) body.members = members.slice(0, MEMBER_CHUNK);
      const created = t.track(await env.target.create(item.type, body));
      const id = String(created.id);
      for (let i = MEMBER_CHUNK; i < members.length; i += MEMBER_CHUNK) {
        t.track(
          await env.target.patch(item.type, id, {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
            Operations: [{ op: 'add', path: 'members', value: members.slice(i, i + MEMBER_CHUNK) }],
          }),
        );
      }
      const modified = d.outcomes
        .filter((o) => o.value !== undefined)
        .map((o) => ({ attribute: o.target, old: null, new: o.value }));
      t.steps.push({ step: 'action', status: 'Success', details: { action: 'Create', targetId: id } });
      return t.finish('Create', 'Success', 'created', link(id, 'provisioned', 'Create'), {
        targetId: id,
        targetName: targetName(created),
        modified,
      });
    }
    case 'delete':
      if (env.stageDeletes) return stage(item, 'Delete', d.targetId, t);
      return remove(env, item, d.targetId, t, link, targetName);
    case 'disable':
      if (env.stageDeletes) return stage(item, 'Disable', d.targetId, t);
      return change(env, item, d, t, link, targetName);
    case 'update':
      return change(env, item, d, t, link, targetName);
  }
}

type LinkOf = (targetId: string | null, state: LinkWrite['state'], lastAction: string) => LinkWrite;
type NameOf = (r: TargetResource | null) => string | null;

async function change(
  env: ReconcileEnv,
  item: WorkItem,
  d: Extract<SyncDecision, { action: 'update' | 'disable' }>,
  t: ActTools,
  link: LinkOf,
  targetName: NameOf,
): Promise<ObjectResult> {
  for (const p of d.patches) t.track(await env.target.patch(item.type, d.targetId, p));
  const enable = d.action === 'update' && item.link?.state === 'disabled';
  t.steps.push({ step: 'action', status: 'Success', details: { action: d.action, operations: d.patches.length } });
  const l =
    d.action === 'disable'
      ? link(d.targetId, 'disabled', 'Disable')
      : link(d.targetId, 'provisioned', enable ? 'Enable' : 'Update');
  return t.finish(
    d.action === 'disable' ? 'Disable' : 'Update',
    'Success',
    d.action === 'disable' ? 'disabled' : 'updated',
    l,
    {
      targetId: d.targetId,
      targetName: targetName(t.target),
      modified: d.modified,
    },
  );
}

async function remove(
  env: ReconcileEnv,
  item: WorkItem,
  targetId: string,
  t: ActTools,
  link: LinkOf,
  targetName: NameOf,
): Promise<ObjectResult> {
  t.track(await env.target.delete(item.type, targetId));
  t.steps.push({ step: 'action', status: 'Success', details: { action: 'Delete', targetId } });
  return t.finish('Delete', 'Success', 'deleted', link(targetId, 'deleted', 'Delete'), {
    targetId,
    targetName: targetName(t.target),
  });
}

/** A disable or delete kept for the deletes phase: the link remembers it, the target is untouched. */
function stage(item: WorkItem, action: StagedAction, targetId: string, t: ActTools): ObjectResult {
  t.steps.push({ step: 'action', status: 'Staged', details: { action, targetId } });
  const out = t.finish(action, 'Skipped', null, {
    objectType: item.type,
    sourceId: item.id,
    targetId,
    state: item.link?.state ?? 'provisioned',
    pendingReference: item.link?.pendingReference ?? false,
    lastAction: 'Staged',
    error: null,
    staged: action,
  });
  return { ...out, staged: true };
}
