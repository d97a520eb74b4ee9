/**
 * IsString(expression): True when the value can be evaluated to a string: a single string,
 * number or boolean. Null and multi-valued values are not strings.
 */
import type { ExprFunction } from './types.js';

export const isStringFunction: ExprFunction = {
  name: 'IsString',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    return v !== null && !Array.isArray(v);
  },
};
