/**
 * IIF(condition, valueIfTrue, valueIfFalse). Entra's documented limit is kept: when any source
 * attribute used in the condition is null or empty, the condition is false. Only the chosen
 * branch is evaluated.
 */
import { walkExpression } from '../ast.js';
import { isNullOrEmpty, toBoolean } from '../values.js';
import type { ExprFunction } from './types.js';

export const iifFunction: ExprFunction = {
  name: 'IIF',
  minArgs: 3,
  maxArgs: 3,
  required: [0],
  call(c) {
    let nullAttribute = false;
    walkExpression(c.argNode(0), (n) => {
      if (n.kind === 'attribute' && isNullOrEmpty(c.attribute(n.name))) nullAttribute = true;
    });
    let condition = false;
    if (!nullAttribute) {
      const v = c.arg(0);
      const b = v === null || Array.isArray(v) ? undefined : toBoolean(v);
      if (b === undefined && v !== null) {
        c.report('EXPR_INVALID_ARGUMENT', 'IIF: the condition is not a boolean; it is treated as false.', 0, 'warning');
      }
      condition = b === true;
    }
    return c.arg(condition ? 1 : 2);
  },
};
