import { describe, expect, it } from 'vitest';
import { type AssignmentDirectory, assignmentScope } from './assignment.js';
import { compileScopingFilter } from './filter.js';
import { decideScope } from './scope.js';

/** ann is assigned directly; bob is in Sales (assigned); cid is in Sales-EU, nested in Sales; dan is in nothing. */
function directory(): AssignmentDirectory {
  const assigned = new Set(['ann', 'sales']);
  const memberOf: Record<string, string[]> = {
    bob: ['sales'],
    cid: ['sales-eu'],
    'sales-eu': ['sales'],
    loop1: ['loop2'],
    loop2: ['loop1'],
    eve: ['loop1'],
  };
  const names: Record<string, string> = { sales: 'Sales', 'sales-eu': 'Sales EU' };
  return { isAssigned: (id) => assigned.has(id), groupsOf: (id) => memberOf[id] ?? [], nameOf: (id) => names[id] };
}

describe('assignment scope', () => {
  const dir = directory();
  const user = (id: string) => assignmentScope('assigned', dir, { id, type: 'user' });

  it('takes assigned users and direct members of assigned groups', () => {
    expect(user('ann')).toEqual({ inScope: true, reason: 'The user is assigned to the app.' });
    expect(user('bob')).toEqual({
      inScope: true,
      reason: 'Direct member of assigned group "Sales".',
      viaGroup: 'sales',
    });
  });

  it('leaves out members of nested groups, and says why', () => {
    expect(user('cid')).toEqual({
      inScope: false,
      reason: 'Only a nested member of assigned group "Sales"; members of nested groups are not in scope.',
      viaGroup: 'sales',
    });
    expect(user('dan').inScope).toBe(false);
    expect(user('eve').inScope).toBe(false);
  });

  it('takes assigned groups only, and everything when syncing all', () => {
    expect(assignmentScope('assigned', dir, { id: 'sales', type: 'group' }).inScope).toBe(true);
    expect(assignmentScope('assigned', dir, { id: 'sales-eu', type: 'group' }).inScope).toBe(false);
    expect(assignmentScope('all', dir, { id: 'dan', type: 'user' }).inScope).toBe(true);
  });

  it('decideScope checks assignment, then the filter', () => {
    const filter = compileScopingFilter({
      groups: [{ clauses: [{ attribute: 'department', operator: 'EQUALS', value: 'Sales' }] }],
    });
    const base = { mode: 'assigned' as const, directory: dir, filter };
    const inScope = decideScope({ ...base, object: { id: 'bob', type: 'user', source: { department: 'Sales' } } });
    expect(inScope).toMatchObject({ inScope: true, reason: 'Direct member of assigned group "Sales".' });
    const filtered = decideScope({ ...base, object: { id: 'bob', type: 'user', source: { department: 'HR' } } });
    expect(filtered).toMatchObject({
      inScope: false,
      reason: 'Out of scope: group 1: department EQUALS Sales failed.',
    });
    const unassigned = decideScope({ ...base, object: { id: 'dan', type: 'user', source: { department: 'Sales' } } });
    expect(unassigned.filter).toBeUndefined();
    expect(unassigned.inScope).toBe(false);
  });
});
