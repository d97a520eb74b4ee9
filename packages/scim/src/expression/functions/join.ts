/**
 * Join(separator, source1, ..., sourceN): the sources' values joined by the separator. A
 * multi-valued source contributes every value; null and empty values are skipped (the
 * documented `Join(", ", "", [surname], [givenName])` gives "Doe, John"). Null when every
 * source is null.
 */
import { scalarText, singleText } from '../values.js';
import type { ExprFunction } from './types.js';

export const joinFunction: ExprFunction = {
  name: 'Join',
  minArgs: 2,
  maxArgs: Number.POSITIVE_INFINITY,
  call(c) {
    const separator = scalarText(c.arg(0)).text ?? '';
    const parts: string[] = [];
    let allNull = true;
    for (let i = 1; i < c.count; i++) {
      const v = c.arg(i);
      if (v === null) continue;
      allNull = false;
      for (const s of Array.isArray(v) ? v : [singleText(v)]) if (s !== '') parts.push(s);
    }
    return allNull ? null : parts.join(separator);
  },
};
