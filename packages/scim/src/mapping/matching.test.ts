import { describe, expect, it } from 'vitest';
import { compileObjectMapping } from './compile.js';
import { findMatch, matchQueries } from './matching.js';
import type { ObjectMapping } from './types.js';

const om: ObjectMapping = {
  enabled: true,
  actions: { create: true, update: true, delete: true },
  mappings: [
    { kind: 'direct', source: 'mail', target: 'emails[type eq "work"].value', apply: 'always', matchingPrecedence: 2 },
    {
      kind: 'expression',
      source: 'Word([userPrincipalName], 1, "@")',
      target: 'userName',
      apply: 'createOnly',
      matchingPrecedence: 1,
    },
    { kind: 'direct', source: 'objectId', target: 'externalId', apply: 'always' },
  ],
};
const com = compileObjectMapping('user', om);

describe('matching', () => {
  it('lists the queries by precedence, with escaped SCIM filters', () => {
    const plan = matchQueries(com, { userPrincipalName: 'o"neil@contoso.com', mail: 'oneil@contoso.com' });
    expect(plan.queries.map((q) => q.filter)).toEqual([
      'userName eq "o\\"neil"',
      'emails[type eq "work"].value eq "oneil@contoso.com"',
    ]);
  });

  it('skips matching attributes without a value; none at all means the object cannot be matched', () => {
    expect(matchQueries(com, { mail: 'a@b.c' }).queries.map((q) => q.target)).toEqual(['emails[type eq "work"].value']);
    expect(matchQueries(com, { objectId: 'x' }).queries).toEqual([]);
  });

  it('stops at the first precedence that finds a target, comparing as the target attribute does', () => {
    const targets = [
      { id: '1', userName: 'other', emails: [{ type: 'work', value: 'ANN@contoso.com' }] },
      { id: '2', userName: 'ANN' },
    ];
    const hit = findMatch(
      matchQueries(com, { userPrincipalName: 'ann@contoso.com', mail: 'ann@contoso.com' }),
      targets,
    );
    expect(hit?.target.id).toBe('2');
    expect(hit?.query.precedence).toBe(1);
    const second = findMatch(
      matchQueries(com, { userPrincipalName: 'zed@contoso.com', mail: 'ann@contoso.com' }),
      targets,
    );
    expect(second?.target.id).toBe('1');
    expect(findMatch(matchQueries(com, { userPrincipalName: 'zed@x' }), targets)).toBeUndefined();
  });
});
