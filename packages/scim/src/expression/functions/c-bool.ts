/** CBool(expression): True when the expression is true or non-zero, False otherwise. */
import { boolArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const cBoolFunction: ExprFunction = {
  name: 'CBool',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const b = boolArg(c, 0, 'the value is neither a boolean nor a number.');
    return b === null || b === undefined ? null : b;
  },
};
