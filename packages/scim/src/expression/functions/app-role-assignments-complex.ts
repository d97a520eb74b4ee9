/**
 * AppRoleAssignmentsComplex([appRoleAssignments]): every role assigned to the user, as a list of
 * role values without repeats, in assignment order (objects count by `value`, else `displayName`;
 * "" is dropped). No roles give null, so nothing is sent. The mapping layer turns the values into
 * SCIM `roles` and only adds missing ones on update.
 */
import type { ExprValue } from '../values.js';
import { singleText } from '../values.js';
import type { ExprFunction } from './types.js';

/** The distinct non-empty role values of an appRoleAssignments value, in order. */
export function roleValues(value: ExprValue): string[] {
  if (value === null) return [];
  const all = Array.isArray(value) ? value : [singleText(value)];
  return [...new Set(all.filter((v) => v !== ''))];
}

export const appRoleAssignmentsComplexFunction: ExprFunction = {
  name: 'AppRoleAssignmentsComplex',
  minArgs: 1,
  maxArgs: 1,
  required: [0],
  call(c) {
    const roles = roleValues(c.arg(0));
    return roles.length > 0 ? roles : null;
  },
};
