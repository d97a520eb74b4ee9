/**
 * CDate(expression): the UTC date a string denotes, as `M/d/yyyy h:mm:ss tt`
 * ("2020-03-16-07:00" → "3/16/2020 7:00:00 AM"). The forms read are listed in `date-text.ts`.
 */
import { dateArg } from './date-args.js';
import { formatGeneralDate } from './dotnet-date.js';
import type { ExprFunction } from './types.js';

export const cDateFunction: ExprFunction = {
  name: 'CDate',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const date = dateArg(c, 0);
    return date ? formatGeneralDate(date) : null;
  },
};
