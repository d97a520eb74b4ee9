/** Not(source): flips a boolean ("True" ↔ "False"). */
import { boolArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const notFunction: ExprFunction = {
  name: 'Not',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const b = boolArg(c, 0, 'the value is not "True" or "False".');
    return b === null || b === undefined ? null : !b;
  },
};
