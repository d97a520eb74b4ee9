/** Edge cases beyond the documented examples: nulls, empty strings, multi-valued inputs, runtime diagnostics. */
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../compile.js';
import { evaluateExpression, previewExpression } from '../evaluate.js';
import { expressionRedacts as expressionRedactsFromIndex } from '../index.js';
import { expressionRedacts } from '../redaction.js';
import type { Row } from '../test-helpers.js';
import { run, testContext } from '../test-helpers.js';
import { expressionFunctionNames } from './registry.js';

const ROWS: Row[] = [
  { expr: 'Append([a], "x")', expected: null },
  { expr: 'Append([a], [b])', source: { a: 'p' }, expected: 'p' },
  { expr: 'Append([a], "!")', source: { a: ['x', 'y'] }, expected: ['x!', 'y!'] },
  { expr: 'BitAnd([a], 1)', expected: null },
  { expr: 'BitAnd(&HFFFFFFFFF, &H100000000)', expected: 0x100000000 },
  { expr: 'CBool([a])', expected: null },
  { expr: 'CBool("0")', expected: false },
  { expr: 'CBool(5)', expected: true },
  { expr: 'Coalesce([a], [b])', expected: null },
  { expr: 'Coalesce([a], , "")', expected: '' },
  { expr: 'Coalesce([a], [b])', source: { a: [], b: 'x' }, expected: 'x' },
  { expr: 'ConvertToBase64([a])', expected: null },
  { expr: 'ConvertToUTF8Hex("é😀")', expected: 'C3A9F09F9880' },
  { expr: 'ConvertToBase64("é")', expected: '6QA=' },
  { expr: 'Count([a])', source: { a: ['x', 'y', 'z'] }, expected: 3 },
  { expr: 'Count([a])', expected: null },
  { expr: 'CStr([a])', source: { a: true }, expected: 'True' },
  { expr: 'CStr(12)', expected: '12' },
  { expr: 'IIF([n] > 5, "big", "small")', source: { n: 10 }, expected: 'big' },
  { expr: 'IIF([n] > 5, "big", "small")', source: { n: '9' }, expected: 'big' },
  { expr: 'IIF([n] <= 5, "small", "big")', source: { n: 5 }, expected: 'small' },
  { expr: 'InStr("repEated","e",3,vbTextCompare)', expected: 4 },
  { expr: 'InStr("abc","z")', expected: 0 },
  { expr: 'InStr([a],"z")', expected: null },
  { expr: 'InStr("abc","c",9)', expected: 0 },
  { expr: 'IsNullOrEmpty([a])', source: { a: '' }, expected: true },
  { expr: 'IsNullOrEmpty([a])', source: { a: 'x' }, expected: false },
  { expr: 'IsPresent([a])', source: { a: '' }, expected: false },
  { expr: 'IsString([a])', source: { a: 'x' }, expected: true },
  { expr: 'IsString([a])', expected: false },
  { expr: 'Item([a], 3)', source: { a: ['x'] }, expected: null },
  { expr: 'Item([a], 1)', source: { a: 'solo' }, expected: 'solo' },
  { expr: 'Join("-", [a], [b])', source: { a: ['x', 'y'], b: 'z' }, expected: 'x-y-z' },
  { expr: 'Join("-", [a], [b])', expected: null },
  { expr: 'Left([a], 3)', expected: '' },
  { expr: 'Left("John", 0)', expected: '' },
  { expr: 'Left("John", -1)', expected: 'John' },
  { expr: 'Left("Jo", 5)', expected: 'Jo' },
  { expr: 'Mid("John", 3, 10)', expected: 'hn' },
  { expr: 'Mid("John", 9, 1)', expected: '' },
  { expr: 'Mid([a], 1, 1)', expected: null },
  { expr: 'NormalizeDiacritics("Ærøskøbing Łódź straße Ça")', expected: 'AEroeskoebing Lodz strasse Ca' },
  { expr: 'Not("True")', expected: false },
  { expr: 'Not(IsPresent([a]))', expected: true },
  { expr: 'PCase("o\'neil mcdonald-smith")', expected: "O'Neil Mcdonald-Smith" },
  { expr: 'PCase([a])', expected: null },
  { expr: 'RemoveDuplicates([a])', source: { a: ['A', 'a', 'A'] }, expected: ['A', 'a'] },
  { expr: 'Replace([a], "x", , , "y", , )', expected: null },
  { expr: 'Replace([a], "x", , , "y", , )', source: { a: ['xa', 'bx'] }, expected: ['ya', 'by'] },
  { expr: 'Replace([a], , "(\\\\d)(\\\\d)", , "$2$1$$", , )', source: { a: '12' }, expected: '21$' },
  {
    expr: 'SingleAppRoleAssignment([r])',
    source: { r: [{ value: 'Admin', displayName: 'Administrator' }] },
    expected: 'Admin',
  },
  { expr: 'SingleAppRoleAssignment([r])', expected: null },
  {
    expr: 'AppRoleAssignmentsComplex([r])',
    source: { r: [{ value: 'Admin', displayName: 'Administrator' }, 'User', { displayName: 'Reader' }, 'Admin', ''] },
    expected: ['Admin', 'User', 'Reader'],
  },
  { expr: 'AppRoleAssignmentsComplex([r])', source: { r: 'Admin' }, expected: ['Admin'] },
  { expr: 'AppRoleAssignmentsComplex([r])', expected: null },
  { expr: 'AppRoleAssignmentsComplex([r])', source: { r: [] }, expected: null },
  { expr: 'AppRoleAssignmentsComplex([r])', source: { r: '' }, expected: null },
  {
    expr: 'AssertiveAppRoleAssignmentsComplex([r])',
    source: { r: [{ value: 'User' }, { value: 'Admin' }, { value: 'User' }] },
    expected: ['User', 'Admin'],
  },
  { expr: 'AssertiveAppRoleAssignmentsComplex([r])', expected: [] },
  { expr: 'AssertiveAppRoleAssignmentsComplex([r])', source: { r: [] }, expected: [] },
  { expr: 'Split([a], ";")', expected: null },
  { expr: 'Split("a;;b", ";")', expected: ['a', '', 'b'] },
  { expr: 'StripSpaces(" a b  c ")', expected: 'abc' },
  { expr: 'Switch([a], "d", "x", "1")', source: { a: 'X' }, expected: 'd' },
  { expr: 'ToLower("ÀB", "en-US")', expected: 'àb' },
  { expr: 'ToUpper([a])', source: { a: 'àb' }, expected: 'ÀB' },
  { expr: 'Trim("  a b \t")', expected: 'a b' },
  { expr: 'Word([a], 1, "@")', expected: '' },
  { expr: 'Word("a  b", 2, " ")', expected: 'b' },
  { expr: 'Word("a b", 0, " ")', expected: '' },
  { expr: 'Word("a b", 3, " ")', expected: '' },
];

describe('edge cases', () => {
  it.each(ROWS)('$expr with $source', ({ expr, source, expected }) => {
    const r = run(expr, source);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.value).toEqual(expected);
  });
});

describe('runtime diagnostics', () => {
  it.each([
    ['Replace([a], , "(", , "", , )', 'EXPR_INVALID_REGEX', 16],
    ['Mid("abc", 0, 1)', 'EXPR_INVALID_ARGUMENT', 12],
    ['Item([a], 0)', 'EXPR_INVALID_ARGUMENT', 11],
    ['Left("abc", "x")', 'EXPR_INVALID_ARGUMENT', 13],
    ['RandomString(300, 0, 0, 0, 0)', 'EXPR_INVALID_ARGUMENT', 14],
    ['RandomString(3, 2, 2, 0, 0)', 'EXPR_INVALID_ARGUMENT', 14],
    ['Replace([a], , "x", , , , )', 'EXPR_INVALID_ARGUMENT', 1],
    ['CBool("maybe")', 'EXPR_INVALID_ARGUMENT', 7],
  ])('%s -> %s at column %i, value null', (expr, code, column) => {
    const r = run(expr, { a: 'x' });
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code, column, line: 1, severity: 'error' })]);
  });

  it('refuses to run a regex on more than 10,000 characters', () => {
    const at = (n: number) => ({ a: 'x'.repeat(n), m: `+91 ${'8'.repeat(n)}` });
    expect(run('Replace([a], , "x", , "y", , )', at(10_000)).value).toBe('y'.repeat(10_000));
    const long = run('Replace([a], , "x", , "y", , )', at(10_001));
    expect(long.value).toBeNull();
    expect(long.diagnostics).toEqual([expect.objectContaining({ code: 'EXPR_REGEX_INPUT_TOO_LONG', column: 9 })]);
    expect(run('Replace([b], , "(?<p>\\\\d+)", "p", , [m], )', at(10_000)).codes).toEqual([
      'EXPR_REGEX_INPUT_TOO_LONG',
    ]);
    expect(run('Replace([a], "x", , , "y", , )', at(20_000)).value).toBe('y'.repeat(20_000));
  });

  it('warns when a multi-valued attribute feeds a single-value function', () => {
    const r = run('Word([a], 1, "@")', { a: ['x@y', 'z@w'] });
    expect(r).toMatchObject({ value: 'x', codes: ['EXPR_MULTI_VALUED_INPUT'] });
  });

  it('refuses to evaluate an expression that did not compile', () => {
    const r = evaluateExpression(compileExpression('Nope()'), {});
    expect(r).toMatchObject({ value: null, ignoreFlow: false, diagnostics: [{ code: 'EXPR_NOT_COMPILED' }] });
  });
});

describe('RandomString and Guid use the injected context', () => {
  it('meets the minimums and avoids characters, deterministically', () => {
    const expr = 'RandomString(10,2,2,2,1,"?,")';
    const a = run(expr).value;
    expect(a).toBe(run(expr).value);
    expect(typeof a).toBe('string');
    const s = a as string;
    expect(s).toHaveLength(10);
    expect(s.replace(/[^0-9]/g, '').length).toBeGreaterThanOrEqual(2);
    expect(s.replace(/[^A-Z]/g, '').length).toBeGreaterThanOrEqual(2);
    expect(s.replace(/[^a-z]/g, '').length).toBeGreaterThanOrEqual(1);
    expect(s.replace(/[A-Za-z0-9]/g, '').length).toBeGreaterThanOrEqual(2);
    expect(s).not.toMatch(/[?,]/);
    expect(run('RandomString(6,3,0,0,3)').value).toMatch(/^(?=(?:.*\d){3})(?=(?:.*[a-z]){3})[a-z0-9]{6}$/);
  });

  it('Guid comes from the context', () => {
    const r = evaluateExpression(compileExpression('Guid()'), {}, { ...testContext(), guid: () => 'g' });
    expect(r.value).toBe('g');
  });
});

describe('SelectUniqueValue', () => {
  const ctx = (taken: string[], asked: string[] = []) => ({
    ...testContext(),
    isUnique: (v: string) => {
      asked.push(v);
      return !taken.includes(v);
    },
  });

  it('skips empty rules and stops evaluating at the first unique value', () => {
    const asked: string[] = [];
    const r = previewExpression(
      'SelectUniqueValue([a], "", [b], [c], RandomString(5,1,1,1,1))',
      { b: 'x', c: 'y' },
      ctx(['x'], asked),
    );
    expect(r).toMatchObject({ value: 'y', diagnostics: [] });
    expect(asked).toEqual(['x', 'y']);
  });

  it('without a uniqueness callback, takes the first non-empty rule and warns', () => {
    const r = run('SelectUniqueValue([a], [b])', { a: '', b: 'bob' });
    expect(r).toMatchObject({ value: 'bob', codes: ['EXPR_UNIQUENESS_NOT_CHECKED'] });
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', column: 24 });
  });

  it('escrows when every rule is empty, even without a callback', () => {
    const r = run('SelectUniqueValue([a], [b])');
    expect(r).toMatchObject({ value: null, codes: ['EXPR_NO_UNIQUE_VALUE'] });
  });

  it('must be the whole expression and needs two rules', () => {
    const nested = compileExpression('ToLower(SelectUniqueValue([a], [b]))');
    expect(nested.ast).toBeUndefined();
    expect(nested.diagnostics).toEqual([expect.objectContaining({ code: 'EXPR_NOT_TOP_LEVEL', column: 9 })]);
    const inner = compileExpression('SelectUniqueValue([a], SelectUniqueValue([b], [c]))');
    expect(inner.diagnostics.map((d) => d.code)).toEqual(['EXPR_NOT_TOP_LEVEL']);
    expect(compileExpression('SelectUniqueValue([a])').diagnostics.map((d) => d.code)).toEqual(['EXPR_ARGUMENT_COUNT']);
  });
});

describe('expressionRedacts', () => {
  it.each([
    ['Redact([a])', true],
    ['Join(",", [a], IIF([b] = "x", Redact([c]), "y"))', true],
    ['Join(",", [a], [b])', false],
    ['Redact(', true],
    ['Append([Redact], "x")', false],
  ])('%s → %s', (expr, expected) => {
    expect(expressionRedacts(compileExpression(expr))).toBe(expected);
  });

  it('is exported from the package, and Redact leaves the value alone', () => {
    expect(expressionRedactsFromIndex).toBe(expressionRedacts);
    expect(run('Redact([a])', { a: ['x', 'y'] }).value).toEqual(['x', 'y']);
    expect(run('Redact([a])').value).toBeNull();
  });
});

describe('expressionFunctionNames', () => {
  it('lists the date, uniqueness, role and Redact functions', () => {
    expect(expressionFunctionNames()).toEqual(
      expect.arrayContaining([
        'AppRoleAssignmentsComplex',
        'AssertiveAppRoleAssignmentsComplex',
        'CDate',
        'DateAdd',
        'DateDiff',
        'DateFromNum',
        'FormatDateTime',
        'Now',
        'NumFromDate',
        'Redact',
        'SelectUniqueValue',
      ]),
    );
    expect(expressionFunctionNames()).toHaveLength(45);
  });
});
