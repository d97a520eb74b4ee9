/** IsNull(expression): True when the value is null (an absent attribute, or an empty multi-valued one). */
import type { ExprFunction } from './types.js';

export const isNullFunction: ExprFunction = {
  name: 'IsNull',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    return v === null || (Array.isArray(v) && v.length === 0);
  },
};
