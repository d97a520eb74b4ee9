/**
 * Mapping targets compiled once: where in a SCIM resource a mapping's value goes, and how to
 * read what a target resource holds there. Paths are resolved with the PATCH engine's resolver,
 * so a mapping target and the PATCH path sent for it are the same thing.
 */
import { ScimError } from '../errors.js';
import { filterEqualities } from '../patch/multi.js';
import { type AttributeTarget, resolveTarget } from '../patch/target.js';
import { findKey, findSubDef, isPlainObject, type JsonObject } from '../patch/values.js';
import type { AttributeDef, ResourceTypeDef } from '../schemas/types.js';

/**
 * - `simple`: `userName`, `urn:...:User:email`, a multi-valued simple attribute;
 * - `sub`: a sub-attribute of a singular complex attribute, `name.givenName`;
 * - `ref`: a singular complex attribute written through its `value`, enterprise `manager`;
 * - `element`: a sub-attribute of the element a filter selects, `emails[type eq "work"].value`;
 * - `list`: a whole multi-valued complex attribute, `roles`, `members`, `emails`.
 */
export type SlotKind = 'simple' | 'sub' | 'ref' | 'element' | 'list';

export interface TargetSlot {
  /** The path as written in the mapping; also the PATCH path. */
  path: string;
  kind: SlotKind;
  /** The extension URN holding the attribute, if any. */
  extension?: string;
  def: AttributeDef;
  /** The definition the value is coerced against (the sub-attribute, or `def`). */
  valueDef: AttributeDef;
  /** `element`: the equality clauses that identify the element (`{ type: "work" }`). */
  element?: JsonObject;
  /** Sub-attribute name for `sub`, `ref` and `element`. */
  sub?: string;
}

/** Compiles `path` against `rt`. Throws ScimError (invalidPath) when the path is not a writable target. */
export function compileTarget(path: string, rt: ResourceTypeDef): TargetSlot {
  const t = resolveTarget(path, rt);
  if (t.kind !== 'attribute')
    throw new ScimError(400, 'invalidPath', `"${path}" names a whole schema, not an attribute`);
  if (t.def.mutability === 'readOnly') {
    throw new ScimError(400, 'mutability', `"${path}" is read-only at the target`);
  }
  const base = { path, def: t.def, ...(t.extension ? { extension: t.extension } : {}) };
  if (t.filter) {
    const element = filterEqualities(t);
    if (!element) {
      throw new ScimError(400, 'invalidPath', `The filter in "${path}" must be equality clauses joined by "and"`);
    }
    const sub = t.sub ?? findSubDef(t.def, 'value');
    if (!sub) throw new ScimError(400, 'invalidPath', `"${path}" needs a sub-attribute`);
    return { ...base, kind: 'element', valueDef: sub, element, sub: sub.name };
  }
  if (t.sub) return { ...base, kind: 'sub', valueDef: t.sub, sub: t.sub.name };
  if (t.def.type !== 'complex') return { ...base, kind: 'simple', valueDef: t.def };
  if (t.def.multiValued) return { ...base, kind: 'list', valueDef: t.def };
  const value = findSubDef(t.def, 'value');
  if (!value) throw new ScimError(400, 'invalidPath', `"${path}" is complex: name one of its sub-attributes`);
  return { ...base, kind: 'ref', valueDef: value, sub: value.name };
}

function sameScalar(def: AttributeDef, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && !def.caseExact) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** Does element `el` carry every equality of the slot's filter? */
export function elementMatches(slot: TargetSlot, el: unknown): el is JsonObject {
  if (!isPlainObject(el) || !slot.element) return false;
  for (const [name, want] of Object.entries(slot.element)) {
    const key = findKey(el, name);
    const def = findSubDef(slot.def, name);
    if (key === undefined || !def || !sameScalar(def, el[key], want)) return false;
  }
  return true;
}

/** The object holding the slot's attribute in a target resource (extension keys in any case). */
function holder(resource: JsonObject, slot: TargetSlot): JsonObject | undefined {
  if (!slot.extension) return resource;
  const key = findKey(resource, slot.extension);
  const found = key === undefined ? undefined : resource[key];
  return isPlainObject(found) ? found : undefined;
}

/** Writes a coerced value into a resource being built (keys are the schema's canonical names). */
export function writeSlot(resource: JsonObject, slot: TargetSlot, value: unknown): void {
  let h = resource;
  if (slot.extension) {
    const found = resource[slot.extension];
    h = isPlainObject(found) ? found : {};
    resource[slot.extension] = h;
  }
  const name = slot.def.name;
  switch (slot.kind) {
    case 'simple':
    case 'list':
      h[name] = value;
      return;
    case 'sub':
    case 'ref': {
      const obj = isPlainObject(h[name]) ? (h[name] as JsonObject) : {};
      obj[slot.sub as string] = value;
      h[name] = obj;
      return;
    }
    case 'element': {
      const list = Array.isArray(h[name]) ? (h[name] as unknown[]) : [];
      let el = list.find((x) => elementMatches(slot, x));
      if (!el) {
        el = { ...slot.element };
        list.push(el);
      }
      (el as JsonObject)[slot.sub as string] = value;
      h[name] = list;
    }
  }
}

/** Reads what a target resource holds at the slot (keys matched case-insensitively); undefined when absent. */
export function readSlot(resource: JsonObject, slot: TargetSlot): unknown {
  const h = holder(resource, slot);
  if (!h) return undefined;
  const key = findKey(h, slot.def.name);
  const v = key === undefined ? undefined : h[key];
  switch (slot.kind) {
    case 'simple':
    case 'list':
      return v;
    case 'sub':
    case 'ref': {
      if (slot.kind === 'ref' && typeof v === 'string') return v;
      if (!isPlainObject(v)) return undefined;
      const k = findKey(v, slot.sub as string);
      return k === undefined ? undefined : v[k];
    }
    case 'element': {
      if (!Array.isArray(v)) return undefined;
      const el = v.find((x) => elementMatches(slot, x));
      if (!el) return undefined;
      const k = findKey(el, slot.sub as string);
      return k === undefined ? undefined : el[k];
    }
  }
}
