/** RemoveDuplicates(attribute): the values of a multi-valued attribute without (case-sensitive) repeats. */
import type { ExprFunction } from './types.js';

export const removeDuplicatesFunction: ExprFunction = {
  name: 'RemoveDuplicates',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    return Array.isArray(v) ? [...new Set(v)] : v;
  },
};
