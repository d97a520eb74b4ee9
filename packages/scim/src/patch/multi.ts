import { ScimError } from '../errors.js';
import type { FilterNode, ValuePathNode } from '../filter/ast.js';
import { evaluateFilter } from '../filter/evaluate.js';
import type { AttributeDef } from '../schemas/types.js';
import { ElementKeys, identityDef } from './element-keys.js';
import type { PatchState } from './state.js';
import type { AttributeTarget } from './target.js';
import {
  coerceSimple,
  deepEqual,
  findKey,
  findSubDef,
  isPlainObject,
  isUnassigned,
  type JsonObject,
} from './values.js';

/** Element-level helpers for multi-valued complex attributes (emails, members, roles ...). */

/** A predicate selecting the elements a filtered path targets (all elements when there is no filter). */
export function elementMatcher(state: PatchState, t: AttributeTarget): (el: unknown) => boolean {
  const filter = t.filter;
  if (!filter) return isPlainObject;
  // `members[value eq "id"]` (Okta's member removal) on a large group: compare ids directly.
  const id = identityDef(t.def);
  if (id && filter.kind === 'compare' && filter.op === 'eq' && !filter.path.sub && typeof filter.value === 'string') {
    if (filter.path.attr.toLowerCase() === id.name.toLowerCase()) {
      const want = filter.value;
      return (el) => isPlainObject(el) && sameIdentity(id, el[id.name], want);
    }
  }
  const node: ValuePathNode = {
    kind: 'valuePath',
    path: t.extension ? { uri: t.extension, attr: t.def.name } : { attr: t.def.name },
    filter,
  };
  return (el) => {
    if (!isPlainObject(el)) return false;
    // Evaluate `attr[filter]` on a resource holding only this element: sub-attribute types and
    // caseExact come from the schema, as in a GET filter.
    const one: JsonObject = { [t.def.name]: [el] };
    return evaluateFilter(node, t.extension ? { [t.extension]: one } : one, state.rt);
  };
}

function collectEqualities(node: FilterNode, out: [string, unknown][]): boolean {
  if (node.kind === 'and') return collectEqualities(node.left, out) && collectEqualities(node.right, out);
  if (node.kind === 'compare' && node.op === 'eq' && node.path.sub === undefined) {
    out.push([node.path.attr, node.value]);
    return true;
  }
  return false;
}

/**
 * The element described by a filter's equality clauses (`type eq "work" and primary eq true` ->
 * `{type:"work", primary:true}`), or undefined when the filter is not a conjunction of `eq` clauses.
 */
export function filterEqualities(t: AttributeTarget): JsonObject | undefined {
  const pairs: [string, unknown][] = [];
  if (!t.filter || !collectEqualities(t.filter, pairs)) return undefined;
  const el: JsonObject = {};
  for (const [name, value] of pairs) {
    const sub = findSubDef(t.def, name);
    if (!sub) throw new ScimError(400, 'invalidPath', `No sub-attribute '${name}' in '${t.name}'`);
    if (value !== null) el[sub.name] = coerceSimple(sub, value, `${t.name}.${sub.name}`);
  }
  return el;
}

/**
 * The element a filtered add/replace creates when nothing matches (Entra: `emails[type eq "work"].value`
 * on a user without a work email): never noTarget for Entra's `eq`/`and` filters. A filter that
 * cannot describe an element (`or`, `co`, `pr` ...) -> 400 noTarget.
 */
export function elementFromFilter(t: AttributeTarget): JsonObject {
  const el = filterEqualities(t);
  if (!el) {
    throw new ScimError(400, 'noTarget', `No element of '${t.name}' matches the filter, and it cannot be created`);
  }
  return el;
}

/** Members are identified by `value` (an immutable reference); other elements by their whole content. */
const identity = identityDef;

function sameIdentity(id: AttributeDef, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && !id.caseExact) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

export function sameElement(def: AttributeDef, a: unknown, b: unknown): boolean {
  const id = identity(def);
  if (id && isPlainObject(a) && isPlainObject(b) && b[id.name] !== undefined) {
    return sameIdentity(id, a[id.name], b[id.name]);
  }
  return deepEqual(a, b);
}

/** Does a stored element match an item of a remove `value` list (every given sub-attribute equal)? */
export function matchesItem(def: AttributeDef, el: unknown, item: JsonObject): boolean {
  if (!isPlainObject(el)) return false;
  const id = identity(def);
  if (id && item[id.name] !== undefined) return sameIdentity(id, el[id.name], item[id.name]);
  const given = Object.entries(item).filter(([, v]) => v !== undefined && v !== null);
  return given.length > 0 && given.every(([k, v]) => deepEqual(el[findKey(el, k) ?? k], v));
}

/**
 * Appends to `list`, in place, the `items` not already present (re-adding a member is a no-op) and
 * returns the appended ones. Linear: the list's element keys are kept in `state` between the
 * operations of one PATCH, so 1,000 operations adding to a 100,000-member group do not rescan it.
 */
export function appendElements(state: PatchState, def: AttributeDef, list: unknown[], items: unknown[]): unknown[] {
  let keys = state.listKeys.get(list);
  if (!keys) {
    keys = new ElementKeys(def, list);
    state.listKeys.set(list, keys);
  }
  const added: unknown[] = [];
  for (const item of items) {
    if (!keys.add(item)) continue;
    list.push(item);
    added.push(item);
  }
  return added;
}

/**
 * RFC 7644 §3.5.2: setting primary on some elements clears it on the others (in place).
 * Returns true when an element changed, so that the caller forgets the list's element keys.
 */
export function normalisePrimary(list: unknown[], written: ReadonlySet<unknown>): boolean {
  let wrotePrimary = false;
  for (const el of written) if (isPlainObject(el) && el.primary === true) wrotePrimary = true;
  if (!wrotePrimary) return false;
  let changed = false;
  for (const el of list) {
    if (written.has(el) || !isPlainObject(el) || el.primary !== true) continue;
    el.primary = false;
    changed = true;
  }
  return changed;
}

/** Refuses to change an immutable sub-attribute that already has a value (members.value, members.type). */
export function checkImmutableSubs(t: AttributeTarget, before: JsonObject, after: JsonObject): void {
  for (const sub of t.def.subAttributes ?? []) {
    if (sub.mutability !== 'immutable' || isUnassigned(before[sub.name])) continue;
    if (!deepEqual(before[sub.name], after[sub.name])) {
      throw new ScimError(400, 'mutability', `Attribute '${t.name}.${sub.name}' is immutable`);
    }
  }
}
