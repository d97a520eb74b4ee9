/** IsNullOrEmpty(expression): True when the value is null or "" (the inverse of IsPresent). */
import { isNullOrEmpty } from '../values.js';
import type { ExprFunction } from './types.js';

export const isNullOrEmptyFunction: ExprFunction = {
  name: 'IsNullOrEmpty',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => isNullOrEmpty(c.arg(0)),
};
