/** CStr(value): a number, reference or boolean as a string (booleans as "True"/"False"). */
import { singleText } from '../values.js';
import type { ExprFunction } from './types.js';

export const cStrFunction: ExprFunction = {
  name: 'CStr',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    if (v === null || Array.isArray(v)) return v;
    return singleText(v);
  },
};
