/** CBool(expression): True when the expression is true or non-zero, False otherwise. */
import { toBoolean } from '../values.js';
import type { ExprFunction } from './types.js';

export const cBoolFunction: ExprFunction = {
  name: 'CBool',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    if (v === null) return null;
    const b = Array.isArray(v) ? undefined : toBoolean(v);
    if (b === undefined) {
      c.report('EXPR_INVALID_ARGUMENT', 'CBool: the value is neither a boolean nor a number.', 0);
      return null;
    }
    return b;
  },
};
