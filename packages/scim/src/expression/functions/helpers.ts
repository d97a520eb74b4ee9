/** Argument helpers shared by the function implementations. */
import type { ExprValue } from '../values.js';
import { scalarText, singleText, toBoolean, toNumber } from '../values.js';
import type { CallContext } from './types.js';

/** Argument `i` as one string (null when null/omitted); a multi-valued input uses its first value, with a warning. */
export function textArg(c: CallContext, i: number): string | null {
  const { text, multi } = scalarText(c.arg(i));
  if (multi) {
    c.report(
      'EXPR_MULTI_VALUED_INPUT',
      `${c.node.name}: a multi-valued input was given; its first value is used.`,
      i,
      'warning',
    );
  }
  return text;
}

/**
 * Argument `i` as an integer. Null/omitted gives null; a non-numeric or non-integer value is
 * reported and gives undefined (the caller then returns null).
 */
export function intArg(c: CallContext, i: number): number | null | undefined {
  const v = c.arg(i);
  if (v === null) return null;
  const n = Array.isArray(v) ? undefined : toNumber(v);
  if (n === undefined || !Number.isInteger(n)) {
    c.report('EXPR_INVALID_ARGUMENT', `${c.node.name}: argument ${i + 1} must be an integer.`, i);
    return undefined;
  }
  return n;
}

/** Applies a string transform to a value: per element for a multi-valued input; null stays null. */
export function mapText(value: ExprValue, fn: (s: string) => string): ExprValue {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(fn);
  return fn(singleText(value));
}

/**
 * Argument `i` as a boolean ("True"/"False", booleans, numbers). Null/omitted gives null; anything
 * else is reported with `what` and gives undefined (the caller then returns null).
 */
export function boolArg(c: CallContext, i: number, what: string): boolean | null | undefined {
  const v = c.arg(i);
  if (v === null) return null;
  const b = Array.isArray(v) ? undefined : toBoolean(v);
  if (b === undefined) c.report('EXPR_INVALID_ARGUMENT', `${c.node.name}: ${what}`, i);
  return b;
}
