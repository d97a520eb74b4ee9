/** Item(attribute, index): the 1-based index-th value of a multi-valued attribute; null when out of range. */
import { singleText } from '../values.js';
import { intArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const itemFunction: ExprFunction = {
  name: 'Item',
  minArgs: 2,
  maxArgs: 2,
  required: [0, 1],
  call(c) {
    const v = c.arg(0);
    const index = intArg(c, 1);
    if (index === undefined || index === null) return null;
    if (index < 1) {
      c.report('EXPR_INVALID_ARGUMENT', 'Item: the index is 1-based; 0 and negative indexes are invalid.', 1);
      return null;
    }
    if (v === null) return null;
    const values = Array.isArray(v) ? v : [singleText(v)];
    return index <= values.length ? values[index - 1] : null;
  },
};
