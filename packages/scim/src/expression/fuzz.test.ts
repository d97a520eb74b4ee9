/** Seeded property tests: random and mutated expressions never make compile or evaluate throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile.js';
import { evaluateExpression } from './evaluate.js';
import { testContext } from './test-helpers.js';

const SEED = 20_240_601;

const CORPUS = [
  'Word([userPrincipalName], 1, "@")',
  'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
  'Coalesce([mail], [userPrincipalName])',
  'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", "phoneNumber" , , [mobile], )',
  'IIF([country]="USA",IIF([state]="CA","True","False"),"False")',
  'ToLower(Join("@", NormalizeDiacritics(StripSpaces(Join(".", [a], [b]))), "contoso.com"))',
  'InStr("repEated","e",3,vbBinaryCompare)',
  'BitAnd(&HF, -7)',
  'RandomString(10,2,2,2,1,"?,")',
  'Item(Split(PCase([a], " -"), "-"), 2)',
  'DateDiff("ww", Now(), CDate([a]))',
  'DateAdd("m", -3, CDate("2020-03-16-07:00"))',
  'FormatDateTime([a], "AllowWhiteSpaces", "yyyyMMddHHmmss.fZ", "dddd, MMMM d yyyy \'at\' h:mm tt K")',
  'DateFromNum(NumFromDate("2021-12-31 23:59:59-08:00"))',
  'SelectUniqueValue(Join("@", [a], "contoso.com"), Redact([b]), AppRoleAssignmentsComplex([a]))',
];

const FRAGMENTS = [
  '(',
  ')',
  ',',
  '[',
  ']',
  '"',
  '\\',
  '&H',
  '-',
  '=',
  '<>',
  '>=',
  ' ',
  '\n',
  'Foo(',
  'Guid()',
  '[a]',
  '"x"',
  '1',
];

const SOURCES: Record<string, unknown>[] = [
  {},
  { a: 'Zoë Ærø', b: '', mail: null, userPrincipalName: 'j@x', IsSoftDeleted: true, country: 'USA', state: 'CA' },
  { a: ['x', 'y', ''], b: 42, telephoneNumber: '', mobile: '+91 8887779999', userPrincipalName: ['a@b', 'c@d'] },
  { a: { nested: true }, b: new Date(0), country: 7 },
];

const FUNCTIONS = [
  'Append',
  'Coalesce',
  'IIF',
  'InStr',
  'Item',
  'Join',
  'Left',
  'Mid',
  'Replace',
  'Switch',
  'Word',
  'Split',
  'CDate',
  'DateAdd',
  'DateDiff',
  'DateFromNum',
  'FormatDateTime',
  'NumFromDate',
  'SelectUniqueValue',
  'Redact',
  'AppRoleAssignmentsComplex',
  'AssertiveAppRoleAssignmentsComplex',
];

const leaf = fc.oneof(
  fc.constantFrom('[a]', '[b]', '[mail]', '[IsSoftDeleted]', 'vbTextCompare', '', '-1', '0', '3', '&HF7'),
  fc.constantFrom('"d"', '"ww"', '"2020-03-16-07:00"', '"yyyy-MM-ddzzz"', '129699324000000000', '1e308', 'Now()'),
  fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)),
);
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('e'), { maxLength: 8 }))
      .map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('e'), fc.constantFrom('=', '<>', '>', '<='), tie('e')).map(([l, op, r]) => `${l} ${op} ${r}`),
  ),
})).e;

function mutate(base: string, edits: [number, number, string][]): string {
  let s = base;
  for (const [at, del, ins] of edits) {
    const i = at % (s.length + 1);
    s = s.slice(0, i) + ins + s.slice(i + del);
  }
  return s;
}

function check(text: string): void {
  const compiled = compileExpression(text);
  for (const d of compiled.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  for (const source of SOURCES) {
    const r = evaluateExpression(compiled, source, testContext(3));
    expect(r.diagnostics.some((d) => d.code === 'EXPR_INTERNAL')).toBe(false);
  }
}

describe('expression fuzzing', () => {
  it('random expressions compile and evaluate without throwing', () => {
    fc.assert(fc.property(expr, check), { seed: SEED, numRuns: 400 });
  });

  it('mutated corpus expressions compile and evaluate without throwing', () => {
    const edit = fc.tuple(
      fc.nat(),
      fc.nat({ max: 4 }),
      fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS), fc.array(edit, { maxLength: 4 }), (base, edits) =>
        check(mutate(base, edits)),
      ),
      { seed: SEED, numRuns: 600 },
    );
  });
});
