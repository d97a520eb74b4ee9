/**
 * Runtime values of the expression language and the conversions between them. Entra is a
 * .NET engine: booleans print as "True"/"False"; multi-valued attributes are string arrays.
 */

export type ExprValue = string | number | boolean | null | string[];

/** True for null, "", and an empty multi-valued attribute. */
export function isNullOrEmpty(value: ExprValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Text of a single value (booleans as "True"/"False"); null stays null. Arrays are not scalars: use `scalarText`. */
export function singleText(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'number' ? String(value) : value;
}

/**
 * Text of a value used where one string is expected. A multi-valued input gives its first
 * element (`multi` is set so the caller may warn); an empty one gives null.
 */
export function scalarText(value: ExprValue): { text: string | null; multi: boolean } {
  if (value === null) return { text: null, multi: false };
  if (Array.isArray(value)) return { text: value.length > 0 ? value[0] : null, multi: value.length > 1 };
  return { text: singleText(value), multi: false };
}

/** Display form of any value: arrays as a JSON-like list. */
export function displayValue(value: ExprValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return singleText(value);
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_TEXT = /^&[Hh][0-9A-Fa-f]+$/;

/** Numeric value of a number or numeric string (decimal or `&H` hex); undefined when not numeric. */
export function toNumber(value: ExprValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (NUMBER_TEXT.test(t)) return Number(t);
  if (HEX_TEXT.test(t)) return Number.parseInt(t.slice(2), 16);
  return undefined;
}

/** Boolean reading of a value: booleans, "True"/"False" (any case), numbers (non-zero is true). */
export function toBoolean(value: ExprValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    const n = toNumber(value);
    return n === undefined ? undefined : n !== 0;
  }
  return undefined;
}

/**
 * Converts a raw source attribute (`Record<string, unknown>` value) to an ExprValue.
 * `undefined` means the value has no representation (objects, functions...).
 */
export function fromSource(raw: unknown): ExprValue | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'bigint') return raw.toString();
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString();
  if (Array.isArray(raw)) {
    const out: string[] = [];
    for (const item of raw) {
      const v = item !== null && typeof item === 'object' && !Array.isArray(item) ? objectText(item) : fromSource(item);
      if (v === undefined || Array.isArray(v)) return undefined;
      if (v !== null) out.push(singleText(v));
    }
    return out;
  }
  if (typeof raw === 'object') return objectText(raw);
  return undefined;
}

/** An object element such as an app-role assignment `{ value, displayName }`: its `value`, else `displayName`. */
function objectText(obj: object): string | undefined {
  const rec = obj as Record<string, unknown>;
  if (typeof rec.value === 'string') return rec.value;
  if (typeof rec.displayName === 'string') return rec.displayName;
  return undefined;
}
