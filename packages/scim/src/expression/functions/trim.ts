/** Trim(source): removes leading and trailing white space. */
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const trimFunction: ExprFunction = {
  name: 'Trim',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => mapText(c.arg(0), (s) => s.trim()),
};
