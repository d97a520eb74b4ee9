import { ScimError } from '../errors.js';
import { coerceScalar, findDef } from '../resource/coerce.js';
import type { AttributeDef } from '../schemas/types.js';

/** JSON helpers and schema-driven value coercion for PATCH values. */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep copy of a JSON value (the core is pure, so no structuredClone). */
export function deepClone<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => deepClone(x)) as T;
  if (isPlainObject(v)) {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepClone(x);
    return out as T;
  }
  return v;
}

/** True for undefined, null, [] and {}: RFC 7643 treats all of them as "unassigned". */
export function isUnassigned(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) return Object.values(v).every(isUnassigned);
  return false;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (isUnassigned(a) && isUnassigned(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** The key of `obj` equal to `name` ignoring case, preferring an exact match. */
export function findKey(obj: JsonObject, name: string): string | undefined {
  if (Object.hasOwn(obj, name)) return name;
  const n = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === n);
}

export function findSubDef(def: AttributeDef, name: string): AttributeDef | undefined {
  return findDef(def.subAttributes, name);
}

/** Complex attributes with a `value` sub-attribute (manager, emails, members) are references/values, not records. */
export function hasValueSub(def: AttributeDef): boolean {
  return findSubDef(def, 'value') !== undefined;
}

function invalidValue(name: string, detail: string): ScimError {
  return new ScimError(400, 'invalidValue', `Attribute '${name}': ${detail}`);
}

/**
 * Coerces a value of a non-complex attribute with the same rules as POST and PUT
 * (`resource/coerce.ts`), so a value PATCH accepts is one a create accepts too.
 */
export function coerceSimple(def: AttributeDef, value: unknown, name: string): unknown {
  return coerceScalar(def, value, name);
}

export interface CoerceOptions {
  /** Collects readOnly and unknown sub-attributes that were dropped from a complex value. */
  ignored: string[];
  /** Keep explicit nulls as null (a replace that clears sub-attributes); otherwise nulls are dropped. */
  keepNulls?: boolean;
}

/** Entra's AppRoleAssignmentsComplex sends `{"value":"{\"id\":..,\"value\":\"25\"}"}`: unwrap the JSON string. */
function unwrapJsonValue(def: AttributeDef, el: JsonObject): JsonObject {
  if (def.name !== 'roles') return el;
  const key = findKey(el, 'value');
  const raw = key === undefined ? undefined : el[key];
  if (typeof raw !== 'string' || !raw.trim().startsWith('{')) return el;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isPlainObject(parsed)) return el;
    const rest: JsonObject = { ...el };
    delete rest[key as string];
    return { ...rest, ...parsed };
  } catch {
    return el;
  }
}

/** Coerces an object to a complex attribute's sub-attributes: canonical names, typed values. */
export function coerceComplex(def: AttributeDef, value: unknown, name: string, opts: CoerceOptions): JsonObject {
  let v = value;
  if (Array.isArray(v) && !def.multiValued && v.length === 1) v = v[0]; // manager: [{"$ref":..,"value":..}]
  if (!isPlainObject(v)) {
    if (hasValueSub(def) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
      v = { value: v }; // manager as a bare id, emails as a bare address
    } else {
      throw invalidValue(name, `expected an object, got ${JSON.stringify(v)}`);
    }
  }
  const obj = def.multiValued ? unwrapJsonValue(def, v as JsonObject) : (v as JsonObject);
  const out: JsonObject = {};
  for (const [rawKey, sv] of Object.entries(obj)) {
    let sub = findSubDef(def, rawKey);
    // Entra's role objects say displayName where the schema says display.
    if (!sub && rawKey.toLowerCase() === 'displayname' && findKey(obj, 'display') === undefined) {
      sub = findSubDef(def, 'display');
    }
    if (!sub) {
      opts.ignored.push(`${name}.${rawKey}`);
      continue;
    }
    if (sub.mutability === 'readOnly') {
      opts.ignored.push(`${name}.${sub.name}`);
      continue;
    }
    if (sv === null || sv === undefined) {
      if (opts.keepNulls) out[sub.name] = null;
      continue;
    }
    out[sub.name] = coerceSimple(sub, sv, `${name}.${sub.name}`);
  }
  return out;
}

/**
 * Coerces a PATCH value for a whole attribute: a list for multi-valued attributes (a single
 * value is wrapped, nulls dropped), an object for complex ones, a typed scalar otherwise.
 */
export function coerceAttribute(def: AttributeDef, value: unknown, name: string, opts: CoerceOptions): unknown {
  if (def.multiValued) {
    const list = Array.isArray(value) ? value : [value];
    const items = list.filter((x) => x !== null && x !== undefined);
    if (def.type !== 'complex') return items.map((x) => coerceSimple(def, x, name));
    return items.map((x) => coerceComplex(def, x, name, { ignored: opts.ignored }));
  }
  if (def.type === 'complex') {
    if (Array.isArray(value) && value.length === 0) return null;
    return coerceComplex(def, value, name, opts);
  }
  return coerceSimple(def, value, name);
}
