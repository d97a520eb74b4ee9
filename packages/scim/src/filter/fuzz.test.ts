/**
 * Seeded property tests: whatever arrives in `?filter=` or a PATCH `path`, the compiler fails
 * only with a 400 ScimError, and whatever it accepts evaluates and validates without crashing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.js';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import type { AttrPath, CompareOp, FilterNode, FilterValue } from './ast.js';
import { evaluateFilter } from './evaluate.js';
import { parseFilter, parsePatchPath } from './parser.js';
import { validateFilterPaths } from './validate.js';
import { formatFilter } from './walk.js';

const SEED = 7644;
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const CORPUS = [
  'userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"',
  'externalId eq "4045ea11-f2b1"',
  'externalId eq jyoung',
  'displayName eq "Group One"',
  'emails[type eq "work"].value eq "user@contoso.com"',
  'id eq "x" and manager eq "y"',
  `${ENT}:department eq "Retail" or ${ENT}:manager.value pr`,
  'not (title pr) and (meta.lastModified gt "2011-05-13T04:42:34Z" or active eq true)',
  'emails[type eq "work" and value co "@x"] OR userType Ne null',
  'members[value eq "7f4bc1a3-285e-48ae-8202-5accb43efb0e"]',
  'name.givenName sw "B\\u00e9" and meta.version ew "\\"x\\""',
  'a eq 1 or b eq -2.5e3 and c eq false',
];

/** Fragments that exercise every tokenizer and parser branch when spliced in anywhere. */
const FRAGMENTS = [
  ' ',
  '(',
  ')',
  '[',
  ']',
  '"',
  '\\',
  '.',
  ':',
  '$',
  '-',
  '@',
  "'",
  'eq',
  'Ne',
  'co',
  'sw',
  'EW',
  'gt',
  'ge',
  'lt',
  'le',
  'pr',
  'and',
  'OR',
  'not',
  'true',
  'False',
  'null',
  '0',
  '-1.5e3',
  '1e999',
  '\\u00',
  '\\q',
  'urn:',
  'x.y',
  'emails',
  'value',
  '.value',
  'urn:a:b:User:c',
  '\t',
  '\n',
  '\u0000',
  '\ud800',
  'é',
];

const KEYWORDS = new Set([
  'eq',
  'ne',
  'co',
  'sw',
  'ew',
  'gt',
  'ge',
  'lt',
  'le',
  'pr',
  'and',
  'or',
  'not',
  'true',
  'false',
  'null',
]);

type Mutation = { kind: 'delete' | 'insert' | 'duplicate'; at: number; len: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 6 }),
  text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })),
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  let s = text;
  for (const m of mutations) {
    const at = m.at % (s.length + 1);
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at);
  }
  return s;
}

const randomFilterText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([t, ms]) => mutate(t, ms)),
);

const resources = [
  {
    rt: userResourceType,
    resource: { userName: 'a', emails: [{ value: 'x', type: 'work' }], [ENT]: { manager: 'y' } },
  },
  { rt: groupResourceType, resource: { displayName: 'Group One', members: [{ value: 'v' }, 'odd', null] } },
];

/** Runs `fn`; anything thrown must be a 400 ScimError of `scimType`. Returns the result or undefined. */
function onlyScimErrors<T>(fn: () => T, scimType: string): T | undefined {
  try {
    return fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ScimError);
    expect((e as ScimError).status).toBe(400);
    expect((e as ScimError).scimType).toBe(scimType);
    return undefined;
  }
}

describe('filter compiler properties', () => {
  it('random and mutated filters only ever fail with invalidFilter, and what parses evaluates', () => {
    fc.assert(
      fc.property(randomFilterText, (text) => {
        const ast = onlyScimErrors(() => parseFilter(text), 'invalidFilter');
        if (!ast) return;
        expect(parseFilter(formatFilter(ast))).toEqual(ast);
        for (const { rt, resource } of resources) {
          expect(typeof evaluateFilter(ast, resource, rt)).toBe('boolean');
          onlyScimErrors(() => validateFilterPaths(ast, rt), 'invalidFilter');
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('random and mutated PATCH paths only ever fail with invalidPath', () => {
    const paths = ['members[value eq "x"]', 'emails[type eq "work"].value', `${ENT}:manager.value`, 'name.givenName'];
    const text = fc.oneof(
      randomFilterText,
      fc
        .tuple(fc.constantFrom(...paths), fc.array(mutation, { minLength: 1, maxLength: 4 }))
        .map(([t, ms]) => mutate(t, ms)),
    );
    fc.assert(
      fc.property(text, (t) => {
        onlyScimErrors(() => parsePatchPath(t), 'invalidPath');
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('generated ASTs print and parse back to themselves', () => {
    const name = fc.stringMatching(/^[A-Za-z$_][A-Za-z0-9_$-]{0,8}$/).filter((n) => !KEYWORDS.has(n.toLowerCase()));
    const topPath: fc.Arbitrary<AttrPath> = fc.record(
      { uri: fc.constantFrom(ENT, 'urn:ietf:params:scim:schemas:core:2.0:User'), attr: name, sub: name },
      { requiredKeys: ['attr'] },
    );
    const relPath: fc.Arbitrary<AttrPath> = name.map((attr) => ({ attr }));
    const value: fc.Arbitrary<FilterValue> = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
      fc.boolean(),
      fc.constant(null),
    );
    const op = fc.constantFrom<CompareOp>('eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le');
    const tree = (leafPath: fc.Arbitrary<AttrPath>, extraLeaf?: fc.Arbitrary<FilterNode>) =>
      fc.letrec<{ node: FilterNode }>((tie) => {
        const leaves: fc.Arbitrary<FilterNode>[] = [
          fc.record({ kind: fc.constant('compare' as const), path: leafPath, op, value }),
          fc.record({ kind: fc.constant('present' as const), path: leafPath }),
        ];
        if (extraLeaf) leaves.push(extraLeaf);
        return {
          node: fc.oneof(
            { maxDepth: 5, depthSize: 'small' },
            ...leaves,
            fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('node'), right: tie('node') }),
            fc.record({ kind: fc.constant('not' as const), filter: tie('node') }),
          ),
        };
      }).node;
    const valuePath = fc.record({
      kind: fc.constant('valuePath' as const),
      path: name.map((attr) => ({ attr })),
      filter: tree(relPath),
    });
    fc.assert(
      fc.property(tree(topPath, valuePath), (ast) => {
        expect(parseFilter(formatFilter(ast))).toEqual(ast);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
