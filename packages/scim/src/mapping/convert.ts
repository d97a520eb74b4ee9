/**
 * Turns an expression value into the JSON a target attribute takes: "True" becomes true for a
 * boolean, numbers for integers, `[{ value }]` elements for multi-valued complex attributes,
 * role objects for `roles`. Azure never provisions nulls, so null and "" mean "no value".
 */
import { ScimError } from '../errors.js';
import { type ExprValue, singleText } from '../expression/values.js';
import { coerceScalar } from '../resource/coerce.js';
import type { AttributeDef } from '../schemas/types.js';
import type { RoleMode } from './compile.js';
import type { TargetSlot } from './target.js';

export type Converted =
  | { ok: true; value: unknown; warning?: string }
  | { ok: false; empty: true }
  | { ok: false; empty: false; problem: string };

const EMPTY: Converted = { ok: false, empty: true };

function scalar(def: AttributeDef, v: string | number | boolean, label: string): unknown {
  if (def.type === 'boolean' && typeof v === 'boolean') return v;
  return coerceScalar(def, typeof v === 'boolean' ? singleText(v) : v, label);
}

function list(value: ExprValue): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== '');
  const text = singleText(value);
  return text === '' ? [] : [text];
}

/**
 * A role as Entra sends it: primary only for a single role set without a role function; RFC 7643's
 * `display`, not the `displayName` Entra sends for AppRoleAssignmentsComplex.
 */
function role(value: string, primary: boolean): Record<string, unknown> {
  return { primary, type: 'WindowsAzureActiveDirectoryRole', display: value, value };
}

export function convertValue(slot: TargetSlot, value: ExprValue, roleMode?: RoleMode): Converted {
  try {
    if (slot.kind === 'list') {
      const items = list(value);
      if (items.length === 0 && roleMode !== 'replace') return EMPTY;
      const isRoles = slot.def.name === 'roles';
      return { ok: true, value: items.map((v) => (isRoles ? role(v, !roleMode && items.length === 1) : { value: v })) };
    }
    if (slot.valueDef.multiValued) {
      const items = list(value);
      if (items.length === 0) return EMPTY;
      return { ok: true, value: items.map((v) => scalar(slot.valueDef, v, slot.path)) };
    }
    if (value === null || value === '') return EMPTY;
    if (Array.isArray(value)) {
      if (value.length === 0) return EMPTY;
      const first = scalar(slot.valueDef, value[0], slot.path);
      return {
        ok: true,
        value: first,
        warning: `A multi-valued value was mapped to single-valued "${slot.path}"; its first value is used.`,
      };
    }
    return { ok: true, value: scalar(slot.valueDef, value, slot.path) };
  } catch (err) {
    if (err instanceof ScimError) return { ok: false, empty: false, problem: err.detail ?? err.message };
    throw err;
  }
}
