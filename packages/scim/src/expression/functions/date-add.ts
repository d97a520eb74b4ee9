/**
 * DateAdd(interval, value, dateTime): dateTime plus `value` intervals (see `date-interval.ts`), as
 * `M/d/yyyy h:mm:ss tt` in UTC. A fractional value is truncated and months keep the day when it
 * exists (1/31 plus one month is 2/28 or 2/29), as in Visual Basic.
 */
import { dateArg, dateResult, intervalArg, wholeNumberArg } from './date-args.js';
import { addDateInterval } from './date-interval.js';
import type { ExprFunction } from './types.js';

export const dateAddFunction: ExprFunction = {
  name: 'DateAdd',
  minArgs: 3,
  maxArgs: 3,
  required: [0, 1, 2],
  call(c) {
    const interval = intervalArg(c, 0);
    const n = wholeNumberArg(c, 1);
    const date = dateArg(c, 2);
    if (!interval || n === null || n === undefined || !date) return null;
    return dateResult(c, addDateInterval(interval, n, date));
  },
};
