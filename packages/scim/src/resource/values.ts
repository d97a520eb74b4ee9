import type { AttributeDef } from '../schemas/types.js';
import { coerceScalar, findDef, invalidValue, isJsonObject } from './coerce.js';

/**
 * Schema-driven normalization of one attribute value of a POST/PUT body: nulls and readOnly
 * values dropped, sub-attribute names schema-cased, scalars coerced, multi-valued lists cleaned.
 */

export interface ValueContext {
  /** Names of attributes no schema defines, as sent (`foo`, `name.nickname`, `urn:x:y:bar`). */
  ignored: Set<string>;
}

/** Normalized value, or undefined when nothing is to be stored (null, readOnly, empty complex). */
export function normalizeValue(def: AttributeDef, value: unknown, label: string, ctx: ValueContext): unknown {
  if (value === null || value === undefined) return undefined;
  // RFC 7644 §3.3 / §3.5.1: readOnly values in a POST or PUT body are ignored.
  if (def.mutability === 'readOnly') return undefined;
  if (def.multiValued) return normalizeMulti(def, value, label, ctx);
  if (def.type !== 'complex') return coerceScalar(def, value, label);
  let v = value;
  // SCIMDEV Example 5 sends manager as a one-element list; a single value cannot hold more.
  if (Array.isArray(v) && v.length === 1) v = v[0];
  if (v === null) return undefined;
  if (!isJsonObject(v)) {
    // Entra sends the enterprise manager as a bare id: store the RFC form { value }.
    if (findDef(def.subAttributes, 'value') && (typeof v === 'string' || typeof v === 'number')) v = { value: v };
    else throw invalidValue(label, `must be a complex object, got ${JSON.stringify(value)}`);
  }
  return normalizeComplex(def, v as Record<string, unknown>, label, ctx);
}

function normalizeMulti(def: AttributeDef, value: unknown, label: string, ctx: ValueContext): unknown[] {
  const items = Array.isArray(value) ? value : [value];
  const out: unknown[] = [];
  for (const item of items) {
    if (item === null || item === undefined) continue;
    if (def.type !== 'complex') {
      out.push(coerceScalar(def, item, label));
      continue;
    }
    if (!isJsonObject(item)) {
      throw invalidValue(label, `must be a list of complex objects, got an element ${JSON.stringify(item)}`);
    }
    const element = normalizeComplex(def, item, label, ctx);
    if (element !== undefined) out.push(element);
  }
  // Dedupe again: demoting a second primary can make it equal to another element.
  return withoutDuplicates(singlePrimary(withoutDuplicates(out)));
}

/** Sub-attributes in schema order; undefined when nothing is left. */
function normalizeComplex(
  def: AttributeDef,
  obj: Record<string, unknown>,
  label: string,
  ctx: ValueContext,
): Record<string, unknown> | undefined {
  const found = new Map<string, unknown>();
  const hasDisplay = Object.keys(obj).some((k) => k.toLowerCase() === 'display');
  for (const [key, raw] of Object.entries(obj)) {
    let sub = findDef(def.subAttributes, key);
    // Entra's AppRoleAssignmentsComplex role objects say displayName where the schema says display.
    if (!sub && !hasDisplay && key.toLowerCase() === 'displayname') sub = findDef(def.subAttributes, 'display');
    if (!sub) {
      ctx.ignored.add(`${label}.${key}`);
      continue;
    }
    const v = normalizeValue(sub, raw, `${label}.${sub.name}`, ctx);
    if (v !== undefined) found.set(sub.name, v);
  }
  const out: Record<string, unknown> = {};
  for (const sub of def.subAttributes ?? []) {
    if (found.has(sub.name)) out[sub.name] = found.get(sub.name);
    else if (sub.required && sub.mutability !== 'readOnly' && found.size > 0) {
      throw invalidValue(`${label}.${sub.name}`, 'is required');
    }
  }
  return found.size ? out : undefined;
}

/** JSON text with sorted keys: equal for structurally equal values. */
function canonicalText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalText).join(',')}]`;
  if (isJsonObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Drops exact duplicates, keeping the first occurrence. */
export function withoutDuplicates(items: unknown[]): unknown[] {
  if (items.length < 2) return items;
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = canonicalText(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** RFC 7643 §2.4: at most one `primary: true`. The first one stays primary; later ones become false. */
export function singlePrimary(items: unknown[]): unknown[] {
  let seen = false;
  return items.map((item) => {
    if (!isJsonObject(item) || item.primary !== true) return item;
    if (!seen) {
      seen = true;
      return item;
    }
    return { ...item, primary: false };
  });
}
