/**
 * IgnoreFlowIfNullOrEmpty(expression): the expression's value, but when it is null or empty the
 * target attribute is dropped from the flow (the evaluation result has `ignoreFlow: true`).
 */
import { isNullOrEmpty } from '../values.js';
import type { ExprFunction } from './types.js';

export const ignoreFlowIfNullOrEmptyFunction: ExprFunction = {
  name: 'IgnoreFlowIfNullOrEmpty',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const v = c.arg(0);
    if (!isNullOrEmpty(v)) return v;
    c.ignoreFlow();
    return null;
  },
};
