/** Now(): the current UTC time from the evaluation context's clock, as `M/d/yyyy h:mm:ss tt`. */
import { dateResult } from './date-args.js';
import { isInDateRange } from './date-value.js';
import type { ExprFunction } from './types.js';

export const nowFunction: ExprFunction = {
  name: 'Now',
  minArgs: 0,
  maxArgs: 0,
  call(c) {
    const ms = c.ctx.now().getTime();
    return dateResult(c, isInDateRange(ms) ? { ms, sub: 0, kind: 'utc' } : undefined);
  },
};
