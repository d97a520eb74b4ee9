/** Evaluates one compiled mapping for one source object: the value to send, or why there is none. */
import { defaultExpressionContext, type ExpressionContext, evaluateExpression } from '../expression/evaluate.js';
import type { ExprValue } from '../expression/values.js';
import type { CompiledMapping } from './compile.js';
import { convertValue } from './convert.js';
import { fromExpression, type MappingDiagnostic, mappingDiagnostic } from './diagnostics.js';
import type { SourceObject } from './source.js';

/** What the engine lends a mapping evaluation: clock, randomness, uniqueness checks, id translation. */
export interface MappingContext extends Partial<ExpressionContext> {
  /**
   * Translates a source object id to the target's id, for group `members` and the enterprise
   * `manager`. Null drops the reference (the object is not provisioned yet).
   */
  resolveReference?(attribute: string, sourceId: string): string | null;
  /** SelectUniqueValue's check, told which target attribute the value is for (`userName`). */
  isUniqueAt?(target: string, value: string): boolean;
}

/**
 * - `set`: a value (`default` when the default value was used);
 * - `empty`: null or "" (Azure never provisions nulls);
 * - `ignored`: IgnoreFlowIfNullOrEmpty dropped the attribute;
 * - `error`: the mapping could not produce a value (diagnostics say why).
 */
export type ValueStatus = 'set' | 'default' | 'empty' | 'ignored' | 'error';

export interface MappingValue {
  status: ValueStatus;
  value?: unknown;
  diagnostics: MappingDiagnostic[];
}

export function expressionContext(ctx: MappingContext | undefined): ExpressionContext {
  if (!ctx) return defaultExpressionContext;
  return { ...defaultExpressionContext, ...ctx };
}

function translate(c: CompiledMapping, value: unknown, ctx: MappingContext | undefined): unknown {
  const resolve = ctx?.resolveReference;
  const slot = c.slot;
  if (!resolve || !slot) return value;
  const name = slot.def.name;
  if (slot.kind === 'list' && name === 'members' && Array.isArray(value)) {
    return value.flatMap((m) => {
      const id = resolve(name, String((m as { value: unknown }).value));
      return id === null ? [] : [{ value: id }];
    });
  }
  if (slot.kind === 'ref' && typeof value === 'string') return resolve(name, value) ?? undefined;
  return value;
}

export function evaluateMapping(
  c: CompiledMapping,
  source: SourceObject,
  ectx: ExpressionContext,
  creating: boolean,
  ctx?: MappingContext,
): MappingValue {
  const diagnostics: MappingDiagnostic[] = [];
  if (!c.usable || !c.slot) return { status: 'error', diagnostics };
  let raw: ExprValue = c.mapping.source;
  if (c.expression) {
    const isUniqueAt = ctx?.isUniqueAt;
    const target = c.mapping.target;
    const uctx =
      isUniqueAt && c.topFunction === 'SelectUniqueValue'
        ? { ...ectx, isUnique: (v: string) => isUniqueAt(target, v) }
        : ectx;
    const r = evaluateExpression(c.expression, source, uctx);
    for (const d of r.diagnostics) diagnostics.push(fromExpression(d, c.index));
    if (r.ignoreFlow) return { status: 'ignored', diagnostics };
    if (diagnostics.some((d) => d.severity === 'error')) return { status: 'error', diagnostics };
    raw = r.value;
  }
  let status: ValueStatus = 'set';
  let converted = convertValue(c.slot, raw, c.roleMode);
  const fallback = c.mapping.defaultValue;
  if (!converted.ok && converted.empty && creating && fallback != null && fallback !== '') {
    converted = convertValue(c.slot, fallback, c.roleMode);
    status = 'default';
  }
  if (!converted.ok) {
    if (converted.empty) return { status: 'empty', diagnostics };
    diagnostics.push(mappingDiagnostic('MAP_INVALID_VALUE', converted.problem, 'source', c.index));
    return { status: 'error', diagnostics };
  }
  if (converted.warning)
    diagnostics.push(mappingDiagnostic('MAP_MULTI_TO_SINGLE', converted.warning, 'source', c.index, 'warning'));
  const value = translate(c, converted.value, ctx);
  if (value === undefined) return { status: 'empty', diagnostics };
  return { status, value, diagnostics };
}
