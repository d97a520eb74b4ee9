/**
 * SingleAppRoleAssignment([appRoleAssignments]): the single role assigned. Entra documents it
 * for users with one role only; with several, the first is returned with a warning.
 */
import { scalarText } from '../values.js';
import type { ExprFunction } from './types.js';

export const singleAppRoleAssignmentFunction: ExprFunction = {
  name: 'SingleAppRoleAssignment',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const { text, multi } = scalarText(c.arg(0));
    if (multi) {
      c.report(
        'EXPR_MULTI_VALUED_INPUT',
        'SingleAppRoleAssignment: the user has several app roles; only the first is used (use AppRoleAssignmentsComplex).',
        0,
        'warning',
      );
    }
    return text;
  },
};
