/**
 * planUpdate: the minimal PATCH that brings a target object in line with its source. Only
 * "always" mappings take part; a value the target already holds produces nothing; nulls are
 * never sent (Azure does not clear attributes when the source value goes away).
 */
import { PATCH_OP_SCHEMA } from '../patch/types.js';
import { toScimBoolean } from '../resource/coerce.js';
import type { CompiledMapping, CompiledObjectMapping } from './compile.js';
import { hasErrors, type MappingDiagnostic } from './diagnostics.js';
import { evaluateMapping, expressionContext, type MappingContext } from './evaluate.js';
import { type MappingOutcome, shown } from './outcome.js';
import { type SourceObject, sourceView } from './source.js';
import { readSlot, type TargetSlot } from './target.js';

export interface PlannedOperation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

export interface UpdatePlan {
  operations: PlannedOperation[];
  /** The PatchOp request body, or null when nothing changes. */
  body: { schemas: string[]; Operations: PlannedOperation[] } | null;
  outcomes: MappingOutcome[];
  diagnostics: MappingDiagnostic[];
  ok: boolean;
}

const absent = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

function sameScalar(slot: TargetSlot, want: unknown, have: unknown): boolean {
  if (absent(have)) return false;
  switch (slot.valueDef.type) {
    case 'boolean':
      return toScimBoolean(have) === want;
    case 'integer':
    case 'decimal':
      return Number(have) === want;
    default:
      return typeof have === 'string' ? have === want : typeof have !== 'object' && String(have) === want;
  }
}

function valuesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((el) => (el !== null && typeof el === 'object' ? (el as { value?: unknown }).value : el)).map(String);
}

/** Operations for one mapping whose desired value is `want` and current value `have`. */
function operationsFor(c: CompiledMapping, slot: TargetSlot, want: unknown, have: unknown): PlannedOperation[] {
  const path = c.mapping.target;
  const op = absent(have) ? 'add' : 'replace';
  if (slot.kind !== 'list' && !slot.valueDef.multiValued)
    return sameScalar(slot, want, have) ? [] : [{ op, path, value: want }];
  const wanted = want as unknown[];
  const haveValues = new Set(valuesOf(have));
  const wantValues = valuesOf(wanted);
  const missing = wanted.filter((_, i) => !haveValues.has(wantValues[i]));
  const wantSet = new Set(wantValues);
  const extra = [...haveValues].filter((v) => !wantSet.has(v));
  if (slot.kind === 'list' && (slot.def.name === 'members' || c.roleMode === 'add')) {
    const ops: PlannedOperation[] = missing.length ? [{ op: 'add', path, value: missing }] : [];
    if (slot.def.name === 'members') {
      for (const id of extra) ops.push({ op: 'remove', path: `members[value eq ${JSON.stringify(id)}]` });
    }
    return ops;
  }
  return missing.length || extra.length ? [{ op, path, value: wanted }] : [];
}

export function planUpdate(
  com: CompiledObjectMapping,
  source: SourceObject,
  current: Record<string, unknown>,
  ctx?: MappingContext,
): UpdatePlan {
  const view = sourceView(source);
  const ectx = expressionContext(ctx);
  const operations: PlannedOperation[] = [];
  const outcomes: MappingOutcome[] = [];
  const diagnostics: MappingDiagnostic[] = [];
  for (const c of com.mappings) {
    const mapping = c.index;
    const target = c.mapping.target;
    if (c.mapping.apply === 'createOnly') {
      outcomes.push({ mapping, target, status: 'createOnly', diagnostics: [] });
      continue;
    }
    const r = evaluateMapping(c, view, ectx, false, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.value === undefined || !c.slot) {
      outcomes.push({ mapping, target, status: r.status, diagnostics: r.diagnostics });
      continue;
    }
    const have = readSlot(current, c.slot);
    const ops = operationsFor(c, c.slot, r.value, have);
    operations.push(...ops);
    outcomes.push({
      mapping,
      target,
      status: ops.length ? 'changed' : 'unchanged',
      value: shown(r.value, c.redacts),
      old: shown(have, c.redacts),
      diagnostics: r.diagnostics,
    });
  }
  const ok = !hasErrors(diagnostics);
  const body = operations.length ? { schemas: [PATCH_OP_SCHEMA], Operations: operations } : null;
  return { operations, body, outcomes, diagnostics, ok };
}
