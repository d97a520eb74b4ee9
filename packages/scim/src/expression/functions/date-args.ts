/** Argument and result helpers shared by the date functions. */
import type { ExprValue } from '../values.js';
import { toNumber } from '../values.js';
import type { DateInterval } from './date-interval.js';
import { parseDateInterval } from './date-interval.js';
import { parseDateText } from './date-text.js';
import type { DateValue } from './date-value.js';
import { formatGeneralDate } from './dotnet-date.js';
import { textArg } from './helpers.js';
import type { CallContext } from './types.js';

/** A value for a message: quoted, and cut to 40 characters. */
export function quoteForMessage(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Argument `i` as a date (see `date-text.ts` for the forms read). Null, omitted and "" give null;
 * text that is not a date is reported (EXPR_INVALID_DATE) and gives undefined.
 */
export function dateArg(c: CallContext, i: number): DateValue | null | undefined {
  const text = textArg(c, i);
  if (text === null || text.trim() === '') return null;
  const date = parseDateText(text);
  if (date === undefined) {
    c.report(
      'EXPR_INVALID_DATE',
      `${c.node.name}: ${quoteForMessage(text)} is not a date (ISO 8601 such as 2020-03-16T07:00:00Z or 2020-03-16-07:00, or M/d/yyyy h:mm:ss tt).`,
      i,
    );
  }
  return date;
}

/** Argument `i` as a DateAdd/DateDiff interval; null when null, undefined (reported) when unknown. */
export function intervalArg(c: CallContext, i: number): DateInterval | null | undefined {
  const text = textArg(c, i);
  if (text === null) return null;
  const interval = parseDateInterval(text.trim());
  if (interval === undefined) {
    c.report(
      'EXPR_INVALID_ARGUMENT',
      `${c.node.name}: ${quoteForMessage(text)} is not an interval (yyyy, q, m, y, d, w, ww, h, n or s).`,
      i,
    );
  }
  return interval;
}

/** A computed date as `M/d/yyyy h:mm:ss tt`; undefined (a result outside years 1 to 9999) is reported and gives null. */
export function dateResult(c: CallContext, date: DateValue | undefined): ExprValue {
  if (date !== undefined) return formatGeneralDate(date);
  c.report('EXPR_INVALID_DATE', `${c.node.name}: the result is outside the years 1 to 9999.`);
  return null;
}

/** Argument `i` as a number, truncated toward zero as VB's Fix does; null when null, undefined (reported) when not numeric. */
export function wholeNumberArg(c: CallContext, i: number): number | null | undefined {
  const v = c.arg(i);
  if (v === null) return null;
  const n = Array.isArray(v) ? undefined : toNumber(v);
  if (n === undefined || Math.abs(n) > 2_147_483_647) {
    c.report(
      'EXPR_INVALID_ARGUMENT',
      `${c.node.name}: argument ${i + 1} must be a number from -2147483647 to 2147483647.`,
      i,
    );
    return undefined;
  }
  return Math.trunc(n) + 0;
}
