import type { AttributeDef } from '../schemas/types.js';
import { findSubDef, isPlainObject, isUnassigned } from './values.js';

/**
 * Keys of the elements of a multi-valued attribute, so that adding n elements to a list of m costs
 * O(n + m), not O(n * m) (10,000 emails in one operation took 8 s with pairwise comparison).
 * Two elements have the same key exactly when `sameElement` holds for the coerced values PATCH
 * and POST produce: members by their `value` (case-insensitively unless caseExact), other
 * elements by their content, ignoring unassigned sub-attributes as `deepEqual` does.
 */

/** The immutable `value` sub-attribute that identifies an element (members), if the attribute has one. */
export function identityDef(def: AttributeDef): AttributeDef | undefined {
  const value = findSubDef(def, 'value');
  return value && value.mutability === 'immutable' ? value : undefined;
}

/** JSON text with sorted keys and unassigned members dropped: equal exactly when `deepEqual` is. */
export function canonicalJson(v: unknown): string {
  if (isUnassigned(v)) return '~';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isPlainObject(v)) {
    const keys = Object.keys(v)
      .filter((k) => !isUnassigned(v[k]))
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  return `${typeof v}:${JSON.stringify(v) ?? String(v)}`;
}

/** An identity value as a key: `sameIdentity` compares strings ignoring case unless caseExact. */
export function identityKey(id: AttributeDef, v: unknown): string {
  return typeof v === 'string' ? `#s:${id.caseExact ? v : v.toLowerCase()}` : `#j:${canonicalJson(v)}`;
}

export function elementKey(def: AttributeDef, el: unknown): string {
  const id = identityDef(def);
  if (id && isPlainObject(el) && el[id.name] !== undefined && el[id.name] !== null) return identityKey(id, el[id.name]);
  return `=${canonicalJson(el)}`;
}

/** The keys of a list's elements, kept in step with the list while a PATCH appends to it. */
export class ElementKeys {
  private readonly keys = new Set<string>();

  constructor(
    private readonly def: AttributeDef,
    list: readonly unknown[],
  ) {
    for (const el of list) this.keys.add(elementKey(def, el));
  }

  /** Adds `el`'s key; false when an equal element is already in the list. */
  add(el: unknown): boolean {
    const k = elementKey(this.def, el);
    if (this.keys.has(k)) return false;
    this.keys.add(k);
    return true;
  }
}
