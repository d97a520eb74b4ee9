/**
 * Redact(value): the value unchanged. The function only marks the expression (`redacts`) so that
 * logs and previews print "[Redact]" instead of the value; see `expressionRedacts`.
 */
import type { ExprFunction } from './types.js';

export const redactFunction: ExprFunction = {
  name: 'Redact',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  redacts: true,
  call: (c) => c.arg(0),
};
