/** ToLower(source, culture): lower case (invariant culture; the culture argument is accepted and ignored). */
import { mapText } from './helpers.js';
import type { ExprFunction } from './types.js';

export const toLowerFunction: ExprFunction = {
  name: 'ToLower',
  minArgs: 1,
  maxArgs: 2,
  required: [0],
  call: (c) => mapText(c.arg(0), (s) => s.toLowerCase()),
};
