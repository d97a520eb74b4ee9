/**
 * Split(source, delimiter): a string to a multi-valued array. Values are trimmed, as in the
 * documented example ("PermissionSetOne, PermissionSetTwo" → ["PermissionSetOne", "PermissionSetTwo"]).
 */
import { scalarText, singleText } from '../values.js';
import type { ExprFunction } from './types.js';

export const splitFunction: ExprFunction = {
  name: 'Split',
  minArgs: 2,
  maxArgs: 2,
  required: [0, 1],
  call(c) {
    const v = c.arg(0);
    const delimiter = scalarText(c.arg(1)).text;
    if (v === null) return null;
    const out: string[] = [];
    for (const s of Array.isArray(v) ? v : [singleText(v)]) {
      const parts = delimiter ? s.split(delimiter) : [s];
      for (const p of parts) out.push(p.trim());
    }
    return out;
  },
};
