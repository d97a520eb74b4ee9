/** Small schema/value helpers shared by the evaluator and the validator (not re-exported by the package). */
import type { AttributeDef } from '../schemas/types.js';

/**
 * The definition of sub-attribute `name` of `parent`, case-insensitively. For a simple
 * (non-complex) attribute, `value` stands for the attribute's own value (RFC 7644 §3.4.2.2).
 */
export function subAttributeOf(parent: AttributeDef, name: string): AttributeDef | undefined {
  const n = name.toLowerCase();
  if (parent.type !== 'complex') return n === 'value' ? { ...parent, multiValued: false } : undefined;
  return parent.subAttributes?.find((a) => a.name.toLowerCase() === n);
}

/** RFC 7644: present means non-null and non-empty; arrays and objects need one present member. */
export function isPresentValue(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.some(isPresentValue);
  if (isRecord(v)) return Object.values(v).some(isPresentValue);
  return true;
}

/** A JSON object (not an array, not a Date). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
