/**
 * In-memory evaluation of a filter AST against a SCIM resource (RFC 7644 §3.4.2.2 semantics).
 *
 * - Attribute names resolve case-insensitively through `resolveAttribute` (core, common,
 *   extension attributes under `resource[urn]`, unqualified extension names as a fallback).
 * - Strings compare case-insensitively unless the attribute is `caseExact`.
 * - A comparison on a multi-valued attribute is true when any value matches; on a complex
 *   attribute without a sub-attribute (`emails eq "x"`, `manager eq "y"`) it compares `value`.
 * - `ne` on a missing attribute is true; `eq null` means "not present", `ne null` "present".
 * - Unknown attributes make the comparison false (use `validateFilterPaths` to reject them).
 */

import { resolveAttribute } from '../schemas/resource-types.js';
import type { AttributeDef, ResourceTypeDef } from '../schemas/types.js';
import type { AttrPath, CompareOp, FilterNode, FilterValue } from './ast.js';
import { isPresentValue, isRecord, subAttributeOf } from './attributes.js';

/** What a path points at: the definition of the attribute and its raw value(s). */
interface Target {
  def: AttributeDef;
  raw: unknown;
}

/** Resolves a path in the current scope: the resource, or one element of a multi-valued attribute. */
type Scope = (path: AttrPath) => Target | undefined;

/** True when `resource` matches `node`. Never throws on odd data; unknown paths just don't match. */
export function evaluateFilter(node: FilterNode, resource: Record<string, unknown>, rt: ResourceTypeDef): boolean {
  return evaluate(node, resourceScope(resource, rt));
}

function evaluate(node: FilterNode, scope: Scope): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, scope) && evaluate(node.right, scope);
    case 'or':
      return evaluate(node.left, scope) || evaluate(node.right, scope);
    case 'not':
      return !evaluate(node.filter, scope);
    case 'present': {
      const t = scope(node.path);
      return t !== undefined && isPresentValue(t.raw);
    }
    case 'compare': {
      const t = scope(node.path);
      return t !== undefined && compareTarget(t, node.op, node.value);
    }
    case 'valuePath': {
      const t = scope(node.path);
      if (!t) return false;
      return toList(t.raw).some((element) => evaluate(node.filter, elementScope(t.def, element)));
    }
  }
}

function resourceScope(resource: Record<string, unknown>, rt: ResourceTypeDef): Scope {
  return (path) => {
    const resolved = resolveAttribute(rt, path);
    if (!resolved) return undefined;
    const container = resolved.extension ? getField(resource, resolved.extension) : resource;
    const raw = getField(container, resolved.def.name);
    if (!resolved.subDef) return { def: resolved.def, raw };
    return { def: resolved.subDef, raw: pluck(raw, resolved.subDef.name) };
  };
}

/** Paths inside `attr[...]` name sub-attributes of one element; `value` of a simple element is the element. */
function elementScope(parent: AttributeDef, element: unknown): Scope {
  return (path) => {
    const def = subAttributeOf(parent, path.attr);
    if (!def) return undefined;
    const raw = parent.type === 'complex' ? pluck(element, def.name) : element;
    if (path.sub === undefined) return { def, raw };
    const subDef = subAttributeOf(def, path.sub);
    return subDef ? { def: subDef, raw: pluck(raw, subDef.name) } : undefined;
  };
}

function compareTarget(t: Target, op: CompareOp, literal: FilterValue): boolean {
  let { def, raw } = t;
  if (def.type === 'complex') {
    // `emails eq "x"`, `manager eq "y"`: compare the value sub-attribute.
    const valueDef = subAttributeOf(def, 'value');
    if (!valueDef) return false;
    def = valueDef;
    raw = pluck(raw, valueDef.name);
  }
  const values = toList(raw).filter((v) => v !== undefined && v !== null);
  if (literal === null) {
    if (op === 'eq') return !values.some(isPresentValue);
    if (op === 'ne') return values.some(isPresentValue);
    return false;
  }
  if (values.length === 0) return op === 'ne';
  return values.some((v) => compareScalar(v, op, literal, def));
}

/** One stored value against the literal, typed by the attribute definition. Mismatched types are "not equal". */
function compareScalar(actual: unknown, op: CompareOp, literal: string | number | boolean, def: AttributeDef): boolean {
  if (def.type === 'boolean') {
    const a = toBoolean(actual);
    const b = toBoolean(literal);
    if (a === undefined || b === undefined) return op === 'ne';
    return op === 'eq' ? a === b : op === 'ne' ? a !== b : false;
  }
  if (def.type === 'integer' || def.type === 'decimal') {
    const a = toNumber(actual);
    const b = toNumber(literal);
    if (a === undefined || b === undefined) return op === 'ne';
    return order(op, a === b, a < b) ?? false;
  }
  if (def.type === 'dateTime') {
    const a = toTime(actual);
    const b = toTime(literal);
    if (a !== undefined && b !== undefined) {
      const r = order(op, a === b, a < b);
      if (r !== undefined) return r;
    }
  }
  const a = toText(actual);
  const b = toText(literal);
  if (a === undefined || b === undefined) return op === 'ne';
  const [x, y] = def.caseExact ? [a, b] : [a.toLowerCase(), b.toLowerCase()];
  switch (op) {
    case 'co':
      return x.includes(y);
    case 'sw':
      return x.startsWith(y);
    case 'ew':
      return x.endsWith(y);
    default:
      return order(op, x === y, x < y) ?? false;
  }
}

/** eq/ne/gt/ge/lt/le from equality and less-than; undefined for co/sw/ew. */
function order(op: CompareOp, equal: boolean, less: boolean): boolean | undefined {
  switch (op) {
    case 'eq':
      return equal;
    case 'ne':
      return !equal;
    case 'gt':
      return !equal && !less;
    case 'ge':
      return !less;
    case 'lt':
      return less;
    case 'le':
      return less || equal;
    default:
      return undefined;
  }
}

/** `obj[name]` with an exact key first, then a case-insensitive one. */
function getField(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (Object.hasOwn(obj, name)) return obj[name];
  const n = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === n);
  return key === undefined ? undefined : obj[key];
}

/** Sub-attribute `name` of each element of `raw` (one level of arrays flattened). A bare `value`-able primitive is its own value. */
function pluck(raw: unknown, name: string): unknown {
  const one = (item: unknown): unknown =>
    isRecord(item) ? getField(item, name) : name.toLowerCase() === 'value' ? item : undefined;
  if (!Array.isArray(raw)) return one(raw);
  return raw.flatMap((item) => toList(one(item)));
}

function toList(raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  return Array.isArray(raw) ? raw : [raw];
}

function toBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
  }
  return undefined;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function toTime(v: unknown): number | undefined {
  // Only ISO 8601-looking text: Date.parse alone would read "1" as the year 2001.
  const t = v instanceof Date ? v.getTime() : typeof v === 'string' && ISO_DATE.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}|$)/;

function toText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return undefined;
}
