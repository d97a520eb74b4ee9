/** Append(source, suffix): the suffix concatenated onto the source (each value of a multi-valued source). */
import { scalarText } from '../values.js';
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const appendFunction: ExprFunction = {
  name: 'Append',
  minArgs: 2,
  maxArgs: 2,
  required: [0],
  call(c) {
    const suffix = scalarText(c.arg(1)).text ?? '';
    return mapText(c.arg(0), (s) => s + suffix);
  },
};
