/** Coalesce(source1, ..., sourceN, defaultValue): the first non-null argument (omitted ones are skipped). */
import type { ExprFunction } from './types.js';

export const coalesceFunction: ExprFunction = {
  name: 'Coalesce',
  minArgs: 1,
  maxArgs: Number.POSITIVE_INFINITY,
  call(c) {
    for (let i = 0; i < c.count; i++) {
      if (c.isMissing(i)) continue;
      const v = c.arg(i);
      if (v !== null && !(Array.isArray(v) && v.length === 0)) return v;
    }
    return null;
  },
};
