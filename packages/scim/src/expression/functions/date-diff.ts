/**
 * DateDiff(interval, date1, date2): the number of intervals from date1 to date2, positive when
 * date2 is later, counted as Visual Basic does (calendar boundaries for yyyy, q and m; see
 * `date-interval.ts`).
 */
import { dateArg, intervalArg } from './date-args.js';
import { diffDateInterval } from './date-interval.js';
import type { ExprFunction } from './types.js';

export const dateDiffFunction: ExprFunction = {
  name: 'DateDiff',
  minArgs: 3,
  maxArgs: 3,
  required: [0, 1, 2],
  call(c) {
    const interval = intervalArg(c, 0);
    const date1 = dateArg(c, 1);
    const date2 = dateArg(c, 2);
    if (!interval || !date1 || !date2) return null;
    return diffDateInterval(interval, date1, date2);
  },
};
