/** Not(source): flips a boolean ("True" ↔ "False"). */
import { toBoolean } from '../values.js';
import type { ExprFunction } from './types.js';

export const notFunction: ExprFunction = {
  name: 'Not',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    if (v === null) return null;
    const b = Array.isArray(v) ? undefined : toBoolean(v);
    if (b === undefined) {
      c.report('EXPR_INVALID_ARGUMENT', 'Not: the value is not "True" or "False".', 0);
      return null;
    }
    return !b;
  },
};
