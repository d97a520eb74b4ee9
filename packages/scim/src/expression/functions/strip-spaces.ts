/** StripSpaces(source): removes every space (" ") character. */
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const stripSpacesFunction: ExprFunction = {
  name: 'StripSpaces',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => mapText(c.arg(0), (s) => s.split(' ').join('')),
};
