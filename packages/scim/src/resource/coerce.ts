import { ScimError } from '../errors.js';
import type { AttributeDef } from '../schemas/types.js';
import { stringProblem } from '../text/strings.js';

/**
 * Type coercion of one non-complex value (RFC 7643 §2.3), tolerant where Entra needs it:
 * booleans as the strings "True"/"False", numbers as numeric strings, numbers given for
 * string attributes (employeeNumber) stored as their text. Anything else is 400 invalidValue.
 */

export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Per attribute list (schema definitions are built once and never changed), its names in lower case. */
const byName = new WeakMap<readonly AttributeDef[], Map<string, AttributeDef>>();

/** The definition named `name` in any case (the first one, as a linear search would find it). */
export function findDef(defs: readonly AttributeDef[] | undefined, name: string): AttributeDef | undefined {
  if (!defs) return undefined;
  let index = byName.get(defs);
  if (!index) {
    index = new Map();
    for (const d of defs) {
      const key = d.name.toLowerCase();
      if (!index.has(key)) index.set(key, d);
    }
    byName.set(defs, index);
  }
  return index.get(name.toLowerCase());
}

export function invalidValue(label: string, detail: string): ScimError {
  return new ScimError(400, 'invalidValue', `Attribute "${label}" ${detail}`);
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** xsd:dateTime (RFC 7643 §2.3.5): date, time, optional fraction and offset. */
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;
/** base64 or base64url, optional padding. */
const BINARY = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** "True", "false", true: the boolean; anything else undefined. */
export function toScimBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const s = value.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : undefined;
}

/** True when `text` is an xsd:dateTime naming a real calendar instant. */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 60) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1;
}

/** A string value that is text (no NUL, no lone surrogate) and within the attribute's maxLength. */
function checkedString(def: AttributeDef, value: string, label: string): string {
  const bad = stringProblem(value, def.maxLength);
  if (bad) throw invalidValue(label, bad);
  return value;
}

/** Coerces the value of a non-complex attribute or sub-attribute; `label` names it in errors. */
export function coerceScalar(def: AttributeDef, value: unknown, label: string): string | number | boolean {
  switch (def.type) {
    case 'boolean': {
      const b = toScimBoolean(value);
      if (b === undefined) throw invalidValue(label, `must be a boolean, got ${shown(value)}`);
      return b;
    }
    case 'integer': {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      if (typeof value === 'string' && INTEGER.test(value.trim())) {
        const n = Number(value.trim());
        if (Number.isSafeInteger(n)) return n;
      }
      throw invalidValue(label, `must be an integer, got ${shown(value)}`);
    }
    case 'decimal': {
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value.trim());
      throw invalidValue(label, `must be a decimal number, got ${shown(value)}`);
    }
    case 'dateTime': {
      // Kept as sent: Entra compares what GET returns with what it wrote.
      if (typeof value === 'string' && isDateTime(value)) return value;
      throw invalidValue(label, `must be an xsd:dateTime such as "2024-05-01T12:00:00Z", got ${shown(value)}`);
    }
    case 'binary': {
      if (typeof value === 'string' && BINARY.test(value)) return value;
      throw invalidValue(label, `must be base64-encoded binary, got ${shown(value)}`);
    }
    case 'reference': {
      if (typeof value === 'string') return checkedString(def, value, label);
      throw invalidValue(label, `must be a reference (a string), got ${shown(value)}`);
    }
    case 'string': {
      if (typeof value === 'string') return checkedString(def, value, label);
      // Entra maps numeric directory attributes (employeeNumber) as JSON numbers.
      if (typeof value === 'number' && Number.isFinite(value)) return checkedString(def, String(value), label);
      throw invalidValue(label, `must be a string, got ${shown(value)}`);
    }
    case 'complex':
      throw invalidValue(label, `must be a complex value, got ${shown(value)}`);
  }
}
