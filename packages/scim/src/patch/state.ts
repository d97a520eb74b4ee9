import type { ResourceTypeDef } from '../schemas/types.js';
import type { ElementKeys } from './element-keys.js';
import { findKey, isPlainObject, isUnassigned, type JsonObject } from './values.js';

/** The working copy a PATCH is applied to, operation by operation. */
export interface PatchState {
  rt: ResourceTypeDef;
  /** Deep clone of the input resource; mutated in place. */
  root: JsonObject;
  ignored: string[];
  /** Extension URNs whose data was written or removed, for the final clean-up. */
  touchedExtensions: Set<string>;
  /**
   * Element keys of the multi-valued lists appended to so far, by list. A list changed in any other
   * way (a filtered write, primary cleared) is dropped from here, or replaced by a new array.
   */
  listKeys: WeakMap<unknown[], ElementKeys>;
}

/**
 * The object an attribute lives in: the resource for core and common attributes, `resource[urn]`
 * for extension attributes (renamed to the canonical URN, created when `create`).
 */
export function holderOf(state: PatchState, extension: string | undefined, create: boolean): JsonObject | undefined {
  if (!extension) return state.root;
  const key = findKey(state.root, extension);
  const existing = key === undefined ? undefined : state.root[key];
  if (isPlainObject(existing)) {
    if (key !== extension) {
      delete state.root[key as string];
      state.root[extension] = existing;
    }
    return existing;
  }
  if (!create) return undefined;
  const fresh: JsonObject = {};
  if (key !== undefined) delete state.root[key];
  state.root[extension] = fresh;
  state.touchedExtensions.add(extension);
  return fresh;
}

export function getValue(holder: JsonObject | undefined, name: string): unknown {
  if (!holder) return undefined;
  const key = findKey(holder, name);
  return key === undefined ? undefined : holder[key];
}

/** Writes `value` under the canonical `name` (dropping differently-cased keys); unassigned values delete it. */
export function setValue(holder: JsonObject, name: string, value: unknown): void {
  const lower = name.toLowerCase();
  for (const k of Object.keys(holder)) if (k !== name && k.toLowerCase() === lower) delete holder[k];
  if (isUnassigned(value)) delete holder[name];
  else holder[name] = value; // an existing key keeps its position
}

/**
 * After all operations, for each touched extension: an extension object left empty is removed, and
 * when the extension gained (lost) data, its URN is added to (removed from) a `schemas` array.
 */
export function finishExtensions(state: PatchState, original: JsonObject): void {
  const schemasKey = findKey(state.root, 'schemas');
  const schemas = schemasKey === undefined ? undefined : state.root[schemasKey];
  for (const urn of state.touchedExtensions) {
    const holder = holderOf(state, urn, false);
    const hasData = holder !== undefined && !isUnassigned(holder);
    const before = findKey(original, urn);
    const hadData = before !== undefined && !isUnassigned(original[before]);
    if (holder !== undefined && !hasData && (hadData || before === undefined)) delete state.root[urn];
    if (!Array.isArray(schemas) || hasData === hadData) continue;
    const at = schemas.findIndex((s) => typeof s === 'string' && s.toLowerCase() === urn.toLowerCase());
    if (hasData && at < 0) schemas.push(urn);
    if (!hasData && at >= 0) schemas.splice(at, 1);
  }
}
