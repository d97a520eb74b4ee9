/** Count(attribute): the number of values of a multi-valued attribute (a single value counts 1). */
import type { ExprFunction } from './types.js';

export const countFunction: ExprFunction = {
  name: 'Count',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    if (v === null) return null;
    return Array.isArray(v) ? v.length : 1;
  },
};
