/**
 * AssertiveAppRoleAssignmentsComplex([appRoleAssignments]): the same role list as
 * AppRoleAssignmentsComplex, but no roles give an empty list rather than null, because the
 * mapping layer replaces the target's roles with it: unassigning the last role removes it too.
 */
import { roleValues } from './app-role-assignments-complex.js';
import type { ExprFunction } from './types.js';

export const assertiveAppRoleAssignmentsComplexFunction: ExprFunction = {
  name: 'AssertiveAppRoleAssignmentsComplex',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call: (c) => roleValues(c.arg(0)),
};
