import { ScimError } from '../errors.js';
import {
  appendElements,
  checkImmutableSubs,
  elementFromFilter,
  elementMatcher,
  filterEqualities,
  normalisePrimary,
} from './multi.js';
import { removeTarget } from './remove.js';
import { getValue, holderOf, type PatchState, setValue } from './state.js';
import { type AttributeTarget, targetLabel } from './target.js';
import {
  coerceAttribute,
  coerceComplex,
  coerceSimple,
  deepClone,
  deepEqual,
  hasValueSub,
  isPlainObject,
  isUnassigned,
  type JsonObject,
} from './values.js';

export type SetKind = 'add' | 'replace';

export function mutabilityError(label: string, why: string): ScimError {
  return new ScimError(400, 'mutability', `Attribute '${label}' is ${why}`);
}

/** readOnly attributes cannot be written; immutable ones only while unset. */
export function checkWritable(t: AttributeTarget): void {
  if (t.def.mutability === 'readOnly') throw mutabilityError(t.name, 'readOnly');
  if (t.sub?.mutability === 'readOnly') throw mutabilityError(targetLabel(t), 'readOnly');
}

function checkImmutable(t: AttributeTarget, before: unknown, after: unknown): void {
  if (t.def.mutability === 'immutable' && !isUnassigned(before) && !deepEqual(before, after)) {
    throw mutabilityError(t.name, 'immutable and already set');
  }
}

/**
 * add/replace of a value at a resolved path. `Add` on a single-valued attribute acts as replace;
 * `add` on a multi-valued attribute appends (skipping duplicates), `replace` replaces the list;
 * a filtered path writes every matching element or, when none matches, creates one from the filter.
 * An explicit null on replace removes the target.
 */
export function setTarget(state: PatchState, kind: SetKind, t: AttributeTarget, value: unknown): void {
  checkWritable(t);
  if (value === null || value === undefined) {
    if (kind === 'replace') removeTarget(state, t, undefined);
    return;
  }
  if (t.extension) state.touchedExtensions.add(t.extension);
  const holder = holderOf(state, t.extension, true) as JsonObject;
  const current = getValue(holder, t.def.name);
  let after: unknown;
  if (t.def.multiValued) {
    // The working copy is the PATCH's own (a clone of the resource): lists are written in place,
    // so n operations on a list of m elements cost O(n + m), not a copy of the list per operation.
    const before = t.def.mutability === 'immutable' ? deepClone(current) : undefined;
    after = nextList(state, kind, t, current, value);
    if (before !== undefined) checkImmutable(t, before, after);
    setValue(holder, t.def.name, after);
    return;
  }
  const before = deepClone(current);
  if (t.sub) after = nextWithSub(t, before, value);
  else if (t.def.type === 'complex') after = nextComplex(state, kind, t, before, value);
  else after = coerceSimple(t.def, value, t.name);
  checkImmutable(t, before, after);
  setValue(holder, t.def.name, after);
}

/** `name.familyName`: sets one sub-attribute of a singular complex attribute. */
function nextWithSub(t: AttributeTarget, before: unknown, value: unknown): JsonObject {
  const sub = t.sub as NonNullable<AttributeTarget['sub']>;
  const obj: JsonObject = isPlainObject(before) ? { ...before } : {};
  const next = { ...obj, [sub.name]: coerceSimple(sub, value, targetLabel(t)) };
  checkImmutableSubs(t, obj, next);
  return next;
}

/**
 * A singular complex value. Records such as `name` merge the given sub-attributes (RFC 7644
 * §3.5.2.1/3: unspecified sub-attributes are left unchanged; null clears one on replace).
 * References such as `manager` (they have a `value`) are replaced as a whole, so a new manager
 * id never keeps the old `$ref`.
 */
function nextComplex(
  state: PatchState,
  kind: SetKind,
  t: AttributeTarget,
  before: unknown,
  value: unknown,
): JsonObject {
  const given = coerceComplex(t.def, value, t.name, { ignored: state.ignored, keepNulls: true });
  const cur: JsonObject = isPlainObject(before) ? before : {};
  const next: JsonObject = hasValueSub(t.def) ? {} : { ...cur };
  for (const [k, v] of Object.entries(given)) {
    if (v === null) {
      if (kind === 'replace') delete next[k];
    } else {
      next[k] = v;
    }
  }
  checkImmutableSubs(t, cur, next);
  return next;
}

/** The next value of a multi-valued attribute; `current` (the working copy's list) may be changed in place. */
function nextList(state: PatchState, kind: SetKind, t: AttributeTarget, current: unknown, value: unknown): unknown[] {
  const list: unknown[] = Array.isArray(current) ? current : isUnassigned(current) ? [] : [current];
  if (!t.filter && !t.sub) {
    const items = coerceAttribute(t.def, value, t.name, { ignored: state.ignored }) as unknown[];
    if (kind === 'replace') {
      const fresh: unknown[] = [];
      appendElements(state, t.def, fresh, items);
      return fresh;
    }
    const added = appendElements(state, t.def, list, items);
    if (normalisePrimary(list, new Set(added))) state.listKeys.delete(list);
    return list;
  }
  // A filtered write changes elements in place: the list's element keys no longer hold.
  state.listKeys.delete(list);
  const match = elementMatcher(state, t);
  const matched = list.filter(match);
  const written = new Set<unknown>();
  if (t.sub) {
    const sub = t.sub;
    const v = coerceSimple(sub, value, targetLabel(t));
    if (matched.length === 0) {
      const el = { ...(t.filter ? elementFromFilter(t) : {}), [sub.name]: v };
      list.push(el);
      written.add(el);
    }
    for (const el of matched as JsonObject[]) {
      const old = { ...el };
      el[sub.name] = v;
      checkImmutableSubs(t, old, el);
      written.add(el);
    }
  } else {
    // `emails[type eq "work"]` with an element value: merge on add, replace on replace.
    const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
    const given = coerceComplex(t.def, one, t.name, { ignored: state.ignored });
    if (matched.length === 0) {
      const el = { ...elementFromFilter(t), ...given };
      list.push(el);
      written.add(el);
    }
    const isMatched = new Set(matched);
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      if (!isMatched.has(el)) continue;
      const old = el as JsonObject;
      const next = kind === 'add' ? { ...old, ...given } : { ...(filterEqualities(t) ?? {}), ...given };
      checkImmutableSubs(t, old, next);
      list[i] = next;
      written.add(next);
    }
  }
  normalisePrimary(list, written);
  return list;
}
