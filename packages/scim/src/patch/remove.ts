import { ScimError } from '../errors.js';
import type { AttributeDef } from '../schemas/types.js';
import { identityDef, identityKey } from './element-keys.js';
import { elementMatcher, matchesItem } from './multi.js';
import { getValue, holderOf, type PatchState, setValue } from './state.js';
import { type AttributeTarget, type SchemaTarget, targetLabel } from './target.js';
import { coerceComplex, isPlainObject, isUnassigned, type JsonObject } from './values.js';

function mutability(label: string, why: string): ScimError {
  return new ScimError(400, 'mutability', `Attribute '${label}' is ${why}`);
}

/** The items of a remove `value` (Entra's `{"$ref":null,"value":"id"}` list), coerced to sub-attributes. */
function removalItems(t: AttributeTarget, value: unknown): JsonObject[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((x) => x !== null && x !== undefined)
    .map((x) => coerceComplex(t.def, isPlainObject(x) ? x : { value: x }, t.name, { ignored: [] }));
}

function nextList(state: PatchState, t: AttributeTarget, current: unknown, value: unknown): unknown[] {
  const list: unknown[] = Array.isArray(current) ? current : [current];
  if (!t.filter && !t.sub) {
    // Entra's default member removal: `{"op":"Remove","path":"members","value":[{"value":"id"}]}`
    // removes ONLY the listed elements. An empty list removes nothing; no value removes all.
    if (value !== undefined && value !== null) {
      const items = removalItems(t, value);
      const ids = identitySet(t.def, items);
      if (ids) return list.filter((el) => !(isPlainObject(el) && ids.has(identityKey(ids.def, el[ids.def.name]))));
      return list.filter((el) => !items.some((it) => matchesItem(t.def, el, it)));
    }
    if (t.def.required) throw new ScimError(400, 'invalidValue', `Attribute '${t.name}' is required`);
    return [];
  }
  const match = elementMatcher(state, t);
  if (!t.sub) return list.filter((el) => !match(el));
  const sub = t.sub;
  return list.map((el) => {
    if (!match(el) || !isPlainObject(el) || el[sub.name] === undefined) return el;
    if (sub.mutability === 'immutable') throw mutability(targetLabel(t), 'immutable');
    const { [sub.name]: _gone, ...rest } = el;
    return rest;
  });
}

/**
 * When every item names its element by identity (Entra's `[{"value":"id"}]` member removal), the
 * identity keys, so that removing n members from a group of m costs O(n + m), not O(n * m).
 */
function identitySet(def: AttributeDef, items: JsonObject[]): (Set<string> & { def: AttributeDef }) | undefined {
  const id = identityDef(def);
  if (!id || items.some((it) => it[id.name] === undefined || it[id.name] === null)) return undefined;
  const set = new Set(items.map((it) => identityKey(id, it[id.name]))) as Set<string> & { def: AttributeDef };
  set.def = id;
  return set;
}

/**
 * remove at a resolved path. Removing something that is not there is a no-op; a filter that
 * matches nothing is a no-op. readOnly targets, immutable values that are set, and required
 * attributes cannot be removed.
 */
export function removeTarget(state: PatchState, t: AttributeTarget, value: unknown): void {
  if (t.def.mutability === 'readOnly') throw mutability(t.name, 'readOnly');
  if (t.sub?.mutability === 'readOnly') throw mutability(targetLabel(t), 'readOnly');
  if (t.extension) state.touchedExtensions.add(t.extension);
  const holder = holderOf(state, t.extension, false);
  if (!holder) return;
  // Not cloned: the list is filtered into a new array and changed elements are copied, so a
  // remove costs O(list) and never a deep copy of a 100,000-member group per operation.
  const current = getValue(holder, t.def.name);
  if (isUnassigned(current)) return;
  if (t.def.mutability === 'immutable') throw mutability(t.name, 'immutable and already set');
  if (t.def.multiValued) {
    setValue(holder, t.def.name, nextList(state, t, current, value));
    return;
  }
  if (t.sub) {
    if (!isPlainObject(current) || current[t.sub.name] === undefined) return;
    if (t.sub.mutability === 'immutable') throw mutability(targetLabel(t), 'immutable');
    const { [t.sub.name]: _gone, ...rest } = current;
    setValue(holder, t.def.name, rest);
    return;
  }
  if (t.def.required) throw new ScimError(400, 'invalidValue', `Attribute '${t.name}' is required`);
  setValue(holder, t.def.name, undefined);
}

/** remove with a path that is an extension URN: drops the whole extension object. */
export function removeSchema(state: PatchState, t: SchemaTarget): void {
  if (!t.extension) throw new ScimError(400, 'invalidPath', `Cannot remove the core schema ${t.schema.id}`);
  state.touchedExtensions.add(t.extension);
  const holder = holderOf(state, t.extension, false);
  if (!holder) return;
  for (const def of t.schema.attributes) {
    if (!def.required && def.mutability !== 'readOnly' && def.mutability !== 'immutable') continue;
    if (!isUnassigned(getValue(holder, def.name))) throw mutability(`${t.extension}:${def.name}`, def.mutability);
  }
  for (const k of Object.keys(holder)) delete holder[k];
}
