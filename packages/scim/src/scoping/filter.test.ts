import { describe, expect, it } from 'vitest';
import { compileScopingFilter, evaluateScopingFilter } from './filter.js';
import type { ScopingClause } from './types.js';

const one = (clause: ScopingClause) => compileScopingFilter({ groups: [{ clauses: [clause] }] });
const passes = (clause: ScopingClause, source: Record<string, unknown>) =>
  evaluateScopingFilter(one(clause), source).inScope;

describe('scoping operators', () => {
  const cases: [string, string | null, unknown, boolean][] = [
    ['EQUALS', 'Sales', 'Sales', true],
    ['EQUALS', 'Sales', 'sales', false],
    ['NOT EQUALS', 'Sales', 'Marketing', true],
    ['NOT EQUALS', 'Sales', 'Sales', false],
    ['IS TRUE', null, true, true],
    ['IS TRUE', null, 'True', true],
    ['IS TRUE', null, false, false],
    ['IS FALSE', null, false, true],
    ['IS FALSE', null, 'yes', false],
    ['IS NULL', null, 'x', false],
    ['IS NOT NULL', null, 'x', true],
    ['REGEX MATCH', '.*\\@contoso.com', 'ann@contoso.com', true],
    ['REGEX MATCH', '(1[0-9][0-9][0-9][0-9][0-9][0-9])', 'W1000001', true],
    ['REGEX MATCH', '^[0-9]+$', 'W1', false],
    ['REGEX MATCH', 'ANN', 'ann', false],
    ['NOT REGEX MATCH', '^ext', 'ann', true],
    ['NOT REGEX MATCH', '^ext', 'extern', false],
    ['GREATER_THAN', '10', '11', true],
    ['GREATER_THAN', '10', 10, false],
    ['Greater_Than_OR_EQUALS', '10', 10, true],
    ['LESS_THAN', '10', '9', true],
    ['LESS_THAN_OR_EQUALS', '10', '11', false],
    ['GREATER_THAN', '10', '11.5', false],
    ['Includes', 'ales', 'Sales', true],
    ['Includes', 'ALES', 'Sales', false],
    ['ENDS_WITH', '@contoso.com', 'ann@contoso.com', true],
    ['&', 'Sales,Marketing', 'Sales', true],
    ['!&', 'Sales,Marketing', 'Sales', false],
  ];
  it.each(cases)('%s %s on %j is %s', (operator, value, actual, expected) => {
    expect(passes({ attribute: 'a', operator, value }, { a: actual })).toBe(expected);
  });

  it.each([
    'EQUALS',
    'NOT EQUALS',
    'REGEX MATCH',
    'NOT REGEX MATCH',
    'GREATER_THAN',
    'LESS_THAN',
    'Includes',
    'IS TRUE',
    'IS FALSE',
    'IS NOT NULL',
    '!&',
  ])('%s is false on a null or empty value', (operator) => {
    const clause = { attribute: 'a', operator, value: '5' };
    expect(passes(clause, {})).toBe(false);
    expect(passes(clause, { a: null })).toBe(false);
    expect(passes(clause, { a: '' })).toBe(false);
  });

  it('IS NULL is true on a null or empty value', () => {
    expect(passes({ attribute: 'a', operator: 'IS NULL' }, { a: '' })).toBe(true);
    expect(passes({ attribute: 'a', operator: 'is null' }, {})).toBe(true);
  });

  it('does not filter on multi-valued attributes', () => {
    const r = evaluateScopingFilter(one({ attribute: 'proxyAddresses', operator: 'Includes', value: 'x' }), {
      proxyAddresses: ['x'],
    });
    expect(r.groups[0].clauses[0]).toMatchObject({
      passed: false,
      reason: 'multi-valued and complex attributes cannot be filtered',
    });
  });
});

describe('scoping filter groups', () => {
  const filter = compileScopingFilter({
    groups: [
      {
        title: 'Sales in Boston',
        clauses: [
          { attribute: 'department', operator: 'EQUALS', value: 'Sales' },
          { attribute: 'city', operator: 'EQUALS', value: 'Boston' },
        ],
      },
      { title: 'Contractors', clauses: [{ attribute: 'employeeType', operator: 'EQUALS', value: 'Contractor' }] },
    ],
  });

  it('ANDs clauses inside a group and ORs the groups, naming the group that passed', () => {
    expect(evaluateScopingFilter(filter, { department: 'Sales', city: 'Boston' })).toMatchObject({
      inScope: true,
      reason: 'Scoping filter "Sales in Boston" passed.',
    });
    expect(
      evaluateScopingFilter(filter, { department: 'Sales', city: 'Paris', employeeType: 'Contractor' }).inScope,
    ).toBe(true);
  });

  it('explains each failed group by its first failing clause', () => {
    const r = evaluateScopingFilter(filter, { department: 'Sales', city: 'Paris' });
    expect(r.inScope).toBe(false);
    expect(r.reason).toBe(
      'Out of scope: "Sales in Boston": city EQUALS Boston failed; "Contractors": employeeType EQUALS Contractor failed (the value is null or empty).',
    );
    expect(r.groups[0].clauses).toEqual([
      { attribute: 'department', operator: 'EQUALS', value: 'Sales', actual: 'Sales', passed: true },
      { attribute: 'city', operator: 'EQUALS', value: 'Boston', actual: 'Paris', passed: false },
    ]);
  });

  it('lets everything through without groups', () => {
    expect(evaluateScopingFilter(compileScopingFilter({ groups: [] }), {}).inScope).toBe(true);
  });

  it('reports every invalid clause with its position', () => {
    const c = compileScopingFilter({
      groups: [
        {
          clauses: [
            { attribute: 'a', operator: 'LIKE', value: 'x' },
            { attribute: 'b', operator: 'GREATER_THAN', value: 'ten' },
          ],
        },
        {
          clauses: [
            { attribute: 'c', operator: 'REGEX MATCH', value: '([a-z' },
            { attribute: '', operator: 'EQUALS', value: 'x' },
            { attribute: 'd', operator: 'EQUALS', value: '' },
          ],
        },
      ],
    });
    expect(c.ok).toBe(false);
    expect(c.diagnostics.map((d) => [d.code, d.group, d.clause, d.field])).toEqual([
      ['SCOPE_UNKNOWN_OPERATOR', 0, 0, 'operator'],
      ['SCOPE_INVALID_VALUE', 0, 1, 'value'],
      ['SCOPE_INVALID_VALUE', 1, 0, 'value'],
      ['SCOPE_NO_ATTRIBUTE', 1, 1, 'attribute'],
      ['SCOPE_NO_VALUE', 1, 2, 'value'],
    ]);
  });
});
