/**
 * NumFromDate(value): an ISO 8601 date as an Active Directory date (Windows FILETIME: 100-ns ticks
 * since 1601-01-01 UTC), the format of accountExpires. The result is a string of digits, because
 * FILETIMEs pass 2^53 and a JavaScript number would round them; DateFromNum reads it back.
 */
import { dateArg } from './date-args.js';
import { toFileTime } from './date-value.js';
import type { ExprFunction } from './types.js';

export const numFromDateFunction: ExprFunction = {
  name: 'NumFromDate',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const date = dateArg(c, 0);
    if (!date) return null;
    const ticks = toFileTime(date);
    if (ticks === undefined) {
      c.report('EXPR_INVALID_DATE', 'NumFromDate: dates before 1601-01-01 have no Active Directory form.', 0);
      return null;
    }
    return ticks.toString();
  },
};
