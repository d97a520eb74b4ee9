/**
 * SelectUniqueValue(rule1, rule2, ...): the value of the first rule that is unique in the target,
 * tried in order (later rules are not evaluated once one is unique). Null and "" rules are skipped.
 * Uniqueness comes from the context's `isUnique` callback, which decides matching rules such as
 * case; without one, the first non-empty rule wins with a warning. When no rule is unique, the
 * value is null with EXPR_NO_UNIQUE_VALUE: Entra escrows the object. Must be the whole expression
 * (`topLevelOnly`, checked by the compiler).
 */
import { textArg } from './helpers.js';
import type { ExprFunction } from './types.js';

export const selectUniqueValueFunction: ExprFunction = {
  name: 'SelectUniqueValue',
  minArgs: 2,
  maxArgs: Number.POSITIVE_INFINITY,
  topLevelOnly: true,
  call(c) {
    let tried = 0;
    for (let i = 0; i < c.count; i++) {
      const value = c.isMissing(i) ? null : textArg(c, i);
      if (value === null || value === '') continue;
      if (c.ctx.isUnique === undefined) {
        c.report(
          'EXPR_UNIQUENESS_NOT_CHECKED',
          'SelectUniqueValue: no uniqueness check is available here, so the first non-empty rule is used unchecked.',
          i,
          'warning',
        );
        return value;
      }
      tried++;
      if (c.ctx.isUnique(value)) return value;
    }
    const why = tried === 0 ? 'every rule is empty' : `the ${tried} values found are all taken`;
    c.report('EXPR_NO_UNIQUE_VALUE', `SelectUniqueValue: no unique value (${why}); the object is escrowed.`);
    return null;
  },
};
