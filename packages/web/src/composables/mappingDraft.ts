/**
 * The mapping editor's draft: an app's mapping set (the `MappingSet` of @scimdesk/scim, as
 * `App.mappings` returns it) and the edits an admin makes to one object mapping. Every edit
 * returns a new object mapping, so a draft is plain data a component can compare and send.
 */
import {
  type AttributeMapping,
  compileObjectMapping,
  type MappingApply,
  type MappingDiagnostic,
  type MappingKind,
  type MappingSet,
  type ObjectMapping,
  type ObjectType,
  type TargetAttribute,
  type TargetAttributeType,
} from '@scimdesk/scim';

export type { AttributeMapping, MappingSet, ObjectMapping, ObjectType, TargetAttribute, TargetAttributeType };

export const OBJECT_TYPES: readonly ObjectType[] = ['user', 'group'];
export const KIND_LABELS: Record<MappingKind, string> = {
  direct: 'Direct',
  constant: 'Constant',
  expression: 'Expression',
};
export const APPLY_LABELS: Record<MappingApply, string> = {
  always: 'Always',
  createOnly: 'Only during object creation',
};
export const TARGET_TYPES: readonly TargetAttributeType[] = [
  'String',
  'Boolean',
  'Integer',
  'DateTime',
  'Reference',
  'Binary',
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);

function toMapping(v: unknown): AttributeMapping {
  const m = isRecord(v) ? v : {};
  const kind = m.kind === 'constant' || m.kind === 'expression' ? m.kind : 'direct';
  const out: AttributeMapping = {
    kind,
    source: str(m.source),
    target: str(m.target),
    apply: m.apply === 'createOnly' ? 'createOnly' : 'always',
  };
  if (typeof m.defaultValue === 'string') out.defaultValue = m.defaultValue;
  if (typeof m.matchingPrecedence === 'number') out.matchingPrecedence = m.matchingPrecedence;
  return out;
}

function toTargetAttribute(v: unknown): TargetAttribute {
  const t = isRecord(v) ? v : {};
  const type = TARGET_TYPES.find((x) => x === t.type) ?? 'String';
  const out: TargetAttribute = { name: str(t.name), type };
  if (t.multiValued === true) out.multiValued = true;
  if (t.required === true) out.required = true;
  if (t.caseExact === true) out.caseExact = true;
  return out;
}

function toObjectMapping(v: unknown): ObjectMapping {
  const o = isRecord(v) ? v : {};
  const a = isRecord(o.actions) ? o.actions : {};
  const om: ObjectMapping = {
    enabled: o.enabled !== false,
    actions: { create: a.create !== false, update: a.update !== false, delete: a.delete !== false },
    mappings: Array.isArray(o.mappings) ? o.mappings.map(toMapping) : [],
  };
  if (Array.isArray(o.targetAttributes) && o.targetAttributes.length > 0) {
    om.targetAttributes = o.targetAttributes.map(toTargetAttribute);
  }
  return om;
}

/** `App.mappings` (JSON) as a mapping set, with the defaults the server applies for absent fields. */
export function toMappingSet(json: unknown): MappingSet {
  const s = isRecord(json) ? json : {};
  return { user: toObjectMapping(s.user), group: toObjectMapping(s.group) };
}

/** Same content (field order aside): a draft equal to the saved set has nothing to save. */
export const sameMappingSet = (a: MappingSet, b: MappingSet) =>
  JSON.stringify(toMappingSet(a)) === JSON.stringify(toMappingSet(b));

/** Indices of the matching mappings, by precedence (ties keep table order). */
export function matchingOrder(om: ObjectMapping): number[] {
  return om.mappings
    .map((m, i) => ({ i, p: m.matchingPrecedence }))
    .filter((x): x is { i: number; p: number } => x.p != null)
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.i);
}

/** Precedences 1..n in the given order of mapping indices; every other mapping is not matching. */
function withOrder(om: ObjectMapping, order: number[]): ObjectMapping {
  const rank = new Map(order.map((i, n) => [i, n + 1]));
  const mappings = om.mappings.map((m, i) => {
    const { matchingPrecedence: _, ...rest } = m;
    const p = rank.get(i);
    return p === undefined ? rest : { ...rest, matchingPrecedence: p };
  });
  return { ...om, mappings };
}

/** Adds a mapping at the end; a matching one goes after the other matching attributes. */
export function addMapping(om: ObjectMapping, m: AttributeMapping): ObjectMapping {
  const next = { ...om, mappings: [...om.mappings, m] };
  const order = matchingOrder(om);
  return withOrder(next, m.matchingPrecedence != null ? [...order, om.mappings.length] : order);
}

/**
 * Replaces mapping `index`. It keeps its place in the matching order when it stays matching,
 * goes last when it becomes matching, and leaves the order when it stops.
 */
export function replaceMapping(om: ObjectMapping, index: number, m: AttributeMapping): ObjectMapping {
  const order = matchingOrder(om);
  const was = order.includes(index);
  const is = m.matchingPrecedence != null;
  const mappings = om.mappings.map((old, i) => (i === index ? m : old));
  const nextOrder = was && !is ? order.filter((i) => i !== index) : !was && is ? [...order, index] : order;
  return withOrder({ ...om, mappings }, nextOrder);
}

/** Removes mapping `index`; the matching attributes after it move up one precedence. */
export function removeMapping(om: ObjectMapping, index: number): ObjectMapping {
  const order = matchingOrder(om)
    .filter((i) => i !== index)
    .map((i) => (i > index ? i - 1 : i));
  return withOrder({ ...om, mappings: om.mappings.filter((_, i) => i !== index) }, order);
}

/** Moves matching mapping `index` one place earlier (-1) or later (+1) in the precedence order. */
export function moveMatching(om: ObjectMapping, index: number, delta: -1 | 1): ObjectMapping {
  const order = matchingOrder(om);
  const at = order.indexOf(index);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= order.length) return om;
  [order[at], order[to]] = [order[to], order[at]];
  return withOrder(om, order);
}

export function setTargetAttributes(om: ObjectMapping, list: TargetAttribute[]): ObjectMapping {
  const { targetAttributes: _, ...rest } = om;
  return list.length ? { ...rest, targetAttributes: list } : rest;
}

/** A new, empty mapping as the add form starts it. */
export const blankMapping = (): AttributeMapping => ({ kind: 'direct', source: '', target: '', apply: 'always' });

/** Problems of one object mapping (targets, sources, expressions, matching), as the server would report them. */
export function objectMappingDiagnostics(objectType: ObjectType, om: ObjectMapping): MappingDiagnostic[] {
  return compileObjectMapping(objectType, om).diagnostics;
}

/** A problem shown on a table row (`mapping` null: the whole object mapping). */
export interface RowDiagnostic {
  code: string;
  severity: string;
  message: string;
  mapping?: number | null;
  field: string;
}

/** What one mapping gives for the previewed source object (`previewMapping`'s create outcome). */
export interface RowOutcome {
  status: string;
  value: unknown;
}

export const hasError = (list: readonly { severity: string }[]) => list.some((d) => d.severity === 'error');

/** What the source column shows: an attribute, a quoted constant, or the expression text. */
export function sourceLabel(m: AttributeMapping): string {
  if (m.kind === 'constant') return `"${m.source}"`;
  return m.source;
}

/**
 * Where a problem of an app file (`AppDiagnostic.path`, e.g. `mappings.user.mappings[2].source`)
 * sits in the mapping set; null for a path outside the mappings.
 */
export function placeAppDiagnostic(
  path: string,
): { objectType: ObjectType; mapping: number | null; field: string } | null {
  const m = /^mappings\.(user|group)(?:\.mappings\[(\d+)\](?:\.(\w+))?)?/.exec(path);
  if (!m) return null;
  return { objectType: m[1] as ObjectType, mapping: m[2] === undefined ? null : Number(m[2]), field: m[3] ?? 'set' };
}
