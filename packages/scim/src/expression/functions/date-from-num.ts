/**
 * DateFromNum(value): the UTC date of an Active Directory date (a Windows FILETIME: 100-ns ticks
 * since 1601-01-01 UTC, as in lastLogonTimestamp or accountExpires), as `M/d/yyyy h:mm:ss tt`.
 * Digit strings are read exactly (BigInt); numbers are exact only up to 2^53, about the year 1629,
 * and beyond that to a few microseconds, far below the second the result shows.
 */
import { scalarText, toNumber } from '../values.js';
import { quoteForMessage } from './date-args.js';
import { fromFileTime } from './date-value.js';
import { formatGeneralDate } from './dotnet-date.js';
import type { CallContext, ExprFunction } from './types.js';

/** The largest FILETIME a .NET DateTime can hold (9999-12-31 23:59:59.9999999). */
export const MAX_FILETIME = 2_650_467_743_999_999_999n;

function ticksArg(c: CallContext): bigint | null | undefined {
  const v = c.arg(0);
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : undefined;
  const text = scalarText(v).text?.trim() ?? null;
  if (text === null || text === '') return null;
  if (/^[+-]?\d{1,30}$/.test(text)) return BigInt(text);
  const n = toNumber(text);
  return n !== undefined && Number.isInteger(n) ? BigInt(n) : undefined;
}

export const dateFromNumFunction: ExprFunction = {
  name: 'DateFromNum',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const ticks = ticksArg(c);
    if (ticks === null) return null;
    const date = ticks === undefined ? undefined : fromFileTime(ticks);
    if (date === undefined) {
      const shown = ticks === undefined ? quoteForMessage(scalarText(c.arg(0)).text ?? '') : ticks.toString();
      c.report(
        'EXPR_INVALID_DATE',
        `DateFromNum: ${shown} is not an Active Directory date (an integer from 0 to ${MAX_FILETIME}).`,
        0,
      );
      return null;
    }
    return formatGeneralDate(date);
  },
};
