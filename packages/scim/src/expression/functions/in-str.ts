/**
 * InStr(value1, value2, start, compareType): 1-based position of value2 in value1 from `start`
 * (default 1), or 0 when absent. compareType is vbBinaryCompare (default, case-sensitive) or
 * vbTextCompare (case-insensitive).
 */
import { intArg, textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const inStrFunction: ExprFunction = {
  name: 'InStr',
  minArgs: 2,
  maxArgs: 4,
  required: [0, 1],
  call(c) {
    const haystack = textArg(c, 0);
    const needle = textArg(c, 1);
    const start = c.isMissing(2) ? 1 : intArg(c, 2);
    const compare = c.isMissing(3) ? 0 : c.arg(3);
    if (start === undefined) return null;
    if (start !== null && start < 1) {
      c.report('EXPR_INVALID_ARGUMENT', 'InStr: start must be 1 or more.', 2);
      return null;
    }
    let textCompare: boolean;
    if (compare === 0 || compare === '0' || compare === 'vbBinaryCompare') textCompare = false;
    else if (compare === 1 || compare === '1' || compare === 'vbTextCompare') textCompare = true;
    else {
      c.report('EXPR_INVALID_ARGUMENT', 'InStr: compareType must be vbBinaryCompare or vbTextCompare.', 3);
      return null;
    }
    if (haystack === null || needle === null || start === null) return null;
    if (start > haystack.length) return 0;
    const h = textCompare ? haystack.toLowerCase() : haystack;
    const n = textCompare ? needle.toLowerCase() : needle;
    // toLowerCase can change lengths for a few characters; fall back to a per-position compare then.
    if (h.length !== haystack.length || n.length !== needle.length) {
      for (let i = start - 1; i + needle.length <= haystack.length; i++) {
        if (haystack.slice(i, i + needle.length).toLowerCase() === n) return i + 1;
      }
      return 0;
    }
    return h.indexOf(n, start - 1) + 1;
  },
};
