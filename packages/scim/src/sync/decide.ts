/**
 * decideSync: the reconcile step for one object. Desired state comes from the source and the
 * mappings, observed state from the target; the decision is the difference (Kubernetes-style,
 * so running it again after a resumed or retried cycle is harmless).
 *
 * As Entra (azure.md §5.2): out of scope, unassigned, disabled or soft-deleted -> disable by
 * update (what the IsSoftDeleted mappings send); hard-deleted -> DELETE; groups that leave
 * scope are deleted (a SCIM group has no `active`).
 */
import {
  buildCreate,
  type CompiledObjectMapping,
  type MappingContext,
  type MappingOutcome,
  planUpdate,
  type SourceObject,
  sourceView,
} from '../mapping/index.js';
import { DEFAULT_PATCH_LIMITS, type PatchLimits, splitOperations } from './chunk.js';
import { planDisable, SOFT_DELETED } from './disable.js';
import type { ModifiedProperty, SyncDecision, SyncLink } from './types.js';

export interface SyncInput {
  mapping: CompiledObjectMapping;
  /** Null when the object was hard-deleted in the source. */
  source: SourceObject | null;
  /** Assignment and scoping filter; the object's own state (IsSoftDeleted) is checked here. */
  scope: { inScope: boolean; reason: string };
  link: SyncLink | null;
  /** The target resource found through the link or by matching; null when there is none. */
  target: Record<string, unknown> | null;
  ctx?: MappingContext;
  limits?: PatchLimits;
}

export function modifiedOf(outcomes: readonly MappingOutcome[], creating: boolean): ModifiedProperty[] {
  const out: ModifiedProperty[] = [];
  for (const o of outcomes) {
    if (creating ? o.value === undefined : o.status !== 'changed') continue;
    out.push({ attribute: o.target, old: creating ? null : (o.old ?? null), new: o.value ?? null });
  }
  return out;
}

const softDeleted = (view: SourceObject) => view[SOFT_DELETED] === true || view[SOFT_DELETED] === 'True';

function deprovision(input: SyncInput, targetId: string | null, reason: string): SyncDecision {
  const { mapping, target } = input;
  if (!target || !targetId) return { action: 'skip', code: 'NotEffectivelyEntitled', reason, targetId };
  if (!mapping.actions.delete)
    return { action: 'skip', code: 'ActionDisabled', reason: `${reason} The Delete target action is off.`, targetId };
  if (mapping.objectType === 'group') return { action: 'delete', targetId };
  const { usable, plan } = planDisable(mapping, input.source ?? {}, target, input.ctx);
  if (!usable)
    return { action: 'skip', code: 'NoDisableMapping', reason: `${reason} No mapping uses IsSoftDeleted.`, targetId };
  if (!plan.ok)
    return { action: 'fail', code: 'MappingError', reason: 'A mapping failed.', diagnostics: plan.diagnostics };
  if (!plan.body)
    return {
      action: 'skip',
      code: 'AlreadyDeprovisioned',
      reason: `${reason} Already disabled in the target.`,
      targetId,
    };
  return {
    action: 'disable',
    targetId,
    patches: splitOperations(plan.operations, input.limits ?? DEFAULT_PATCH_LIMITS),
    modified: modifiedOf(plan.outcomes, false),
    outcomes: plan.outcomes,
    diagnostics: plan.diagnostics,
  };
}

export function decideSync(input: SyncInput): SyncDecision {
  const { mapping, source, target, link } = input;
  const targetId = (typeof target?.id === 'string' ? target.id : null) ?? link?.targetId ?? null;
  if (!mapping.enabled)
    return {
      action: 'skip',
      code: 'MappingDisabled',
      reason: `Provisioning of ${mapping.objectType}s is off.`,
      targetId,
    };
  if (source === null) {
    if (!targetId || link?.state === 'deleted')
      return { action: 'skip', code: 'NotEffectivelyEntitled', reason: 'Deleted in the source; not in the target.' };
    if (!mapping.actions.delete)
      return {
        action: 'skip',
        code: 'ActionDisabled',
        reason: 'Deleted in the source; the Delete action is off.',
        targetId,
      };
    return { action: 'delete', targetId };
  }
  const view = sourceView(source);
  if (!input.scope.inScope) return deprovision(input, targetId, input.scope.reason);
  if (softDeleted(view)) {
    const what = mapping.objectType === 'user' ? 'The user is disabled or soft-deleted' : 'The group is soft-deleted';
    return deprovision(input, targetId, `${what} in the source (IsSoftDeleted is true).`);
  }
  if (!target) {
    if (!mapping.actions.create)
      return { action: 'skip', code: 'ActionDisabled', reason: 'Not in the target; the Create action is off.' };
    const c = buildCreate(mapping, view, input.ctx);
    if (!c.ok) return { action: 'fail', code: 'MappingError', reason: 'A mapping failed.', diagnostics: c.diagnostics };
    return { action: 'create', body: c.resource, outcomes: c.outcomes, diagnostics: c.diagnostics };
  }
  if (!mapping.actions.update || !targetId)
    return { action: 'skip', code: 'ActionDisabled', reason: 'In the target; the Update action is off.', targetId };
  const p = planUpdate(mapping, view, target, input.ctx);
  if (!p.ok) return { action: 'fail', code: 'MappingError', reason: 'A mapping failed.', diagnostics: p.diagnostics };
  if (!p.body)
    return {
      action: 'skip',
      code: 'NoChange',
      reason: 'The target already holds every value.',
      targetId,
      outcomes: p.outcomes,
    };
  return {
    action: 'update',
    targetId,
    patches: splitOperations(p.operations, input.limits ?? DEFAULT_PATCH_LIMITS),
    modified: modifiedOf(p.outcomes, false),
    outcomes: p.outcomes,
    diagnostics: p.diagnostics,
  };
}
