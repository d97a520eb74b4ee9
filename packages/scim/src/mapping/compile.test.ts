import { describe, expect, it } from 'vitest';
import { compileMappingSet, compileObjectMapping } from './compile.js';
import { defaultGroupMapping } from './presets/seed.js';
import type { AttributeMapping, ObjectMapping } from './types.js';

const users = (...mappings: AttributeMapping[]): ObjectMapping => ({
  enabled: true,
  actions: { create: true, update: true, delete: true },
  mappings,
});
const upn: AttributeMapping = {
  kind: 'direct',
  source: 'userPrincipalName',
  target: 'userName',
  apply: 'always',
  matchingPrecedence: 1,
};
const codes = (om: ObjectMapping) =>
  compileObjectMapping('user', om).diagnostics.map((d) => [d.code, d.mapping, d.field]);

describe('compileObjectMapping', () => {
  it('reports expression errors on the mapping with their position', () => {
    const om = users(upn, { kind: 'expression', source: 'Word([upn], 1,', target: 'displayName', apply: 'always' });
    const [d] = compileObjectMapping('user', om).diagnostics;
    expect(d).toMatchObject({ mapping: 1, field: 'source', severity: 'error', line: 1 });
    expect(d.code).toMatch(/^EXPR_/);
    expect(d.offset).toBeGreaterThan(0);
  });

  it('reports every problem of the set, not only the first', () => {
    const om = users(
      upn,
      { kind: 'direct', source: 'mail', target: 'emails[type eq "work" or primary eq true].value', apply: 'always' },
      { kind: 'direct', source: 'x', target: 'nosuchattribute', apply: 'always' },
      { kind: 'direct', source: 'id', target: 'id', apply: 'always' },
      { kind: 'direct', source: 'mail', target: 'userName', apply: 'always', matchingPrecedence: 1 },
      { kind: 'direct', source: 'a]b', target: 'title', apply: 'always' },
    );
    expect(codes(om)).toEqual([
      ['MAP_INVALID_TARGET', 1, 'target'],
      ['MAP_INVALID_TARGET', 2, 'target'],
      ['MAP_INVALID_TARGET', 3, 'target'],
      ['MAP_INVALID_SOURCE', 5, 'source'],
      ['MAP_DUPLICATE_TARGET', 4, 'target'],
      ['MAP_DUPLICATE_PRECEDENCE', 4, 'matchingPrecedence'],
    ]);
  });

  it('needs a matching attribute, and keeps SelectUniqueValue off matching attributes', () => {
    expect(codes(users({ ...upn, matchingPrecedence: null }))).toEqual([['MAP_NO_MATCHING', undefined, 'set']]);
    const unique: AttributeMapping = {
      kind: 'expression',
      source: 'SelectUniqueValue([mail], [userPrincipalName])',
      target: 'userName',
      apply: 'always',
      matchingPrecedence: 1,
    };
    expect(codes(users(unique)).map(([c]) => c)).toEqual(['MAP_UNIQUE_ON_MATCHING', 'MAP_UNIQUE_NOT_CREATE_ONLY']);
  });

  it('orders matching mappings by precedence and leaves broken ones out', () => {
    const om = users(
      {
        kind: 'direct',
        source: 'mail',
        target: 'emails[type eq "work"].value',
        apply: 'always',
        matchingPrecedence: 2,
      },
      upn,
      { kind: 'expression', source: 'Bogus([x])', target: 'externalId', apply: 'always', matchingPrecedence: 3 },
    );
    const com = compileObjectMapping('user', om);
    expect(com.matching.map((c) => c.mapping.target)).toEqual(['userName', 'emails[type eq "work"].value']);
    expect(com.mappings[2].usable).toBe(false);
  });

  it('accepts custom target attributes with their types', () => {
    const urn = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
    const om: ObjectMapping = {
      ...users(upn, { kind: 'constant', source: '42', target: `${urn}:level`, apply: 'always' }),
      targetAttributes: [
        { name: `${urn}:level`, type: 'Integer' },
        { name: 'bare', type: 'String' },
      ],
    };
    const com = compileObjectMapping('user', om);
    expect(com.diagnostics.map((d) => d.code)).toEqual(['MAP_INVALID_TARGET_ATTRIBUTE']);
    expect(com.mappings[1].slot).toMatchObject({ kind: 'simple', extension: urn, valueDef: { type: 'integer' } });
  });

  it('refuses to switch user mappings off, and tags set diagnostics with the object type', () => {
    const set = compileMappingSet({ user: { ...users(upn), enabled: false }, group: defaultGroupMapping });
    expect(set.ok).toBe(false);
    expect(set.diagnostics).toEqual([expect.objectContaining({ code: 'MAP_USERS_DISABLED', objectType: 'user' })]);
  });
});
