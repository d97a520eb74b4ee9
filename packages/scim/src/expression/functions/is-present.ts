/** IsPresent(expression): True when the value is neither null nor "" (the inverse of IsNullOrEmpty). */
import { isNullOrEmpty } from '../values.js';
import type { ExprFunction } from './types.js';

export const isPresentFunction: ExprFunction = {
  name: 'IsPresent',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => !isNullOrEmpty(c.arg(0)),
};
