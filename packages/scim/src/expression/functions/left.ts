/**
 * Left(String, NumChars): the first NumChars characters. Documented: 0 gives "", a negative
 * count gives the whole input, a null input gives "", a short input is returned whole.
 */
import { intArg, textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const leftFunction: ExprFunction = {
  name: 'Left',
  minArgs: 2,
  maxArgs: 2,
  required: [1],
  call(c) {
    const s = textArg(c, 0);
    const n = intArg(c, 1);
    if (n === undefined) return null;
    if (s === null) return '';
    if (n === null || n < 0) return s;
    return s.slice(0, n);
  },
};
