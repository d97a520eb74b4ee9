/** Mid(source, start, length): `length` characters from the 1-based `start`; runs to the end when longer. */
import { intArg, textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const midFunction: ExprFunction = {
  name: 'Mid',
  minArgs: 3,
  maxArgs: 3,
  required: [1, 2],
  call(c) {
    const s = textArg(c, 0);
    const start = intArg(c, 1);
    const length = intArg(c, 2);
    if (start === undefined || length === undefined) return null;
    if (start !== null && start < 1) {
      c.report('EXPR_INVALID_ARGUMENT', 'Mid: start is 1-based and must be 1 or more.', 1);
      return null;
    }
    if (length !== null && length < 0) {
      c.report('EXPR_INVALID_ARGUMENT', 'Mid: length must not be negative.', 2);
      return null;
    }
    if (s === null || start === null || length === null) return null;
    return s.slice(start - 1, start - 1 + length);
  },
};
