/**
 * Seeded property test: random mapping sets, source objects and current resources never make
 * compile, create, update or matching throw; problems come back as diagnostics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCreate } from './build.js';
import { compileObjectMapping } from './compile.js';
import { matchQueries } from './matching.js';
import type { AttributeMapping, ObjectMapping } from './types.js';
import { planUpdate } from './update.js';

const TARGETS = [
  'userName',
  'active',
  'displayName',
  'name.givenName',
  'emails[type eq "work"].value',
  'emails[type eq "work" and primary eq true].value',
  'emails[type ne "work"].value',
  'phoneNumbers[type eq "mobile"]',
  'roles',
  'members',
  'groups',
  'meta.created',
  'urn:scim:schemas:extension:custom:egnyte:1.0:User:sendInvite',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager',
  'urn:x:User:custom',
  'x[',
  '',
];
const SOURCES = [
  'Word([upn], 1, "@")',
  'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
  'Split([a], ",")',
  'AppRoleAssignmentsComplex([roles])',
  'IgnoreFlowIfNullOrEmpty([a])',
  'Redact([a])',
  'SelectUniqueValue([a], [b])',
  'upn',
  'a',
  'True',
  '(',
  '',
];
const VALUES = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null), fc.object({ maxDepth: 1 })), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

const mapping: fc.Arbitrary<AttributeMapping> = fc.record({
  kind: fc.constantFrom('direct', 'constant', 'expression', 'bogus') as fc.Arbitrary<AttributeMapping['kind']>,
  source: fc.oneof(fc.constantFrom(...SOURCES), fc.string({ maxLength: 20 })),
  target: fc.oneof(fc.constantFrom(...TARGETS), fc.string({ maxLength: 20 })),
  apply: fc.constantFrom('always', 'createOnly', 'sometimes') as fc.Arbitrary<AttributeMapping['apply']>,
  defaultValue: fc.option(fc.string({ maxLength: 6 })),
  matchingPrecedence: fc.option(fc.integer({ min: -1, max: 3 })),
});

const objectMapping: fc.Arbitrary<ObjectMapping> = fc.record({
  enabled: fc.boolean(),
  actions: fc.constant({ create: true, update: true, delete: true }),
  mappings: fc.array(mapping, { maxLength: 6 }),
});

const record = fc.dictionary(
  fc.constantFrom('upn', 'a', 'b', 'roles', 'IsSoftDeleted', 'accountEnabled', 'userName', 'emails', 'members'),
  VALUES,
);

describe('mapping property test', () => {
  it('never throws on random mapping sets, sources and targets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('user', 'group') as fc.Arbitrary<'user' | 'group'>,
        objectMapping,
        record,
        record,
        (type, om, source, current) => {
          const com = compileObjectMapping(type, om);
          const created = buildCreate(com, source);
          const plan = planUpdate(com, source, current);
          matchQueries(com, source);
          expect(typeof created.ok).toBe('boolean');
          expect(Array.isArray(plan.operations)).toBe(true);
          for (const d of [...com.diagnostics, ...created.diagnostics, ...plan.diagnostics])
            expect(d.code).toMatch(/^(MAP|EXPR)_/);
        },
      ),
      { seed: 20_261_129, numRuns: 3000 },
    );
  });
});
