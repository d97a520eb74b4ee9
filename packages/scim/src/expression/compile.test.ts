/** Syntax (reference §3.1) and compile-time diagnostics, with their line/column. */
import { describe, expect, it } from 'vitest';
import { compileExpression, MAX_EXPRESSION_LENGTH } from './compile.js';

const codes = (text: string) => compileExpression(text).diagnostics.map((d) => d.code);

describe('compileExpression: syntax', () => {
  it('parses attributes, strings with escapes, numbers, hex, identifiers and spans', () => {
    const r = compileExpression('InStr([extension_0123abc_dept], "a\\"b\\\\c", -3, vbTextCompare)');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast).toMatchObject({
      kind: 'call',
      name: 'InStr',
      span: { start: 0, end: 61 },
      args: [
        { kind: 'attribute', name: 'extension_0123abc_dept', span: { start: 6, end: 30 } },
        { kind: 'string', value: 'a"b\\c' },
        { kind: 'number', value: -3, hex: false },
        { kind: 'identifier', name: 'vbTextCompare' },
      ],
    });
    expect(compileExpression('BitAnd(&HF, &hf7)').ast).toMatchObject({
      args: [{ value: 15, hex: true }, { value: 247 }],
    });
  });

  it('keeps empty positional arguments as missing nodes', () => {
    const r = compileExpression('Replace([x], , "re", , "", , )');
    expect(r.diagnostics).toEqual([]);
    const kinds = r.ast?.kind === 'call' ? r.ast.args.map((a) => a.kind) : [];
    expect(kinds).toEqual(['attribute', 'missing', 'string', 'missing', 'string', 'missing', 'missing']);
  });

  it('parses comparisons inside arguments', () => {
    const r = compileExpression('IIF([a] >= 10, "big", IIF([a] <> [b], "x", "y"))');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast).toMatchObject({
      args: [
        { kind: 'compare', op: '>=', left: { name: 'a' }, right: { value: 10 } },
        { value: 'big' },
        { name: 'IIF' },
      ],
    });
  });

  it('accepts an attribute or a constant as the whole expression', () => {
    expect(compileExpression('[IsSoftDeleted]').ast).toMatchObject({ kind: 'attribute', name: 'IsSoftDeleted' });
    expect(codes('"x"')).toEqual([]);
  });
});

describe('compileExpression: diagnostics', () => {
  it('reports every unknown function, with case hints, at the right line and column', () => {
    const r = compileExpression('Join(",",\n  Foo([a]),\n  word([b], 1, " "))');
    expect(r.ast).toBeUndefined();
    expect(r.diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: 'EXPR_UNKNOWN_FUNCTION', line: 2, column: 3 },
      { code: 'EXPR_UNKNOWN_FUNCTION', line: 3, column: 3 },
    ]);
    expect(r.diagnostics[1].message).toContain('did you mean Word?');
  });

  it.each([
    ['Word("a b", 1)', 'EXPR_ARGUMENT_COUNT', 1, 1],
    ['Append([a], "x", "y")', 'EXPR_ARGUMENT_COUNT', 1, 1],
    ['Join(",", Guid(1))', 'EXPR_ARGUMENT_COUNT', 1, 11],
    ['Switch([a], "d", "k")', 'EXPR_ARGUMENT_COUNT', 1, 1],
    ['Switch([a], "d", "k", "v", "k2")', 'EXPR_ARGUMENT_COUNT', 1, 1],
    ['Replace([a], "x", , , "y")', 'EXPR_ARGUMENT_COUNT', 1, 1],
    ['Append(, "x")', 'EXPR_MISSING_ARGUMENT', 1, 8],
    ['Append([a], "x)', 'EXPR_UNTERMINATED_STRING', 1, 13],
    ['Append([a, "x")', 'EXPR_UNTERMINATED_ATTRIBUTE', 1, 8],
    ['Append([a], "x"', 'EXPR_UNBALANCED_PARENS', 1, 16],
    ['Append([a], "x"))', 'EXPR_UNBALANCED_PARENS', 1, 17],
    ['Append([a] "x")', 'EXPR_UNEXPECTED_TOKEN', 1, 12],
    ['Append([a], x)', 'EXPR_UNKNOWN_IDENTIFIER', 1, 13],
    ['Append([a], "x") ; ', 'EXPR_UNEXPECTED_CHARACTER', 1, 18],
    ['[a] = "x"', 'EXPR_COMPARISON_OUTSIDE_ARGUMENT', 1, 5],
    ['BitAnd(&H, 1)', 'EXPR_INVALID_NUMBER', 1, 8],
    ['Append([], "x")', 'EXPR_EMPTY_ATTRIBUTE', 1, 8],
    ['  \n ', 'EXPR_EMPTY', 1, 1],
  ])('%s -> %s at %i:%i', (text, code, line, column) => {
    const d = compileExpression(text).diagnostics.find((x) => x.code === code);
    expect(d).toMatchObject({ code, line, column, severity: 'error' });
  });

  it('reports several independent syntax errors in one pass', () => {
    expect(codes('Join(",", Foo("a), Bar(')).toEqual([
      'EXPR_UNKNOWN_FUNCTION', // Foo
      'EXPR_UNTERMINATED_STRING', // "a), Bar( swallows the rest
      'EXPR_UNBALANCED_PARENS', // Foo(
      'EXPR_UNBALANCED_PARENS', // Join(
    ]);
    expect(codes('Join(",", Foo(1) 2, Bar(3))')).toEqual([
      'EXPR_UNKNOWN_FUNCTION',
      'EXPR_UNEXPECTED_TOKEN',
      'EXPR_UNKNOWN_FUNCTION',
    ]);
  });

  it('warns about unknown escapes but keeps the backslash', () => {
    const r = compileExpression('Append("a\\d", "")');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['EXPR_INVALID_ESCAPE', 'warning']]);
    expect(r.ast).toMatchObject({ args: [{ value: 'a\\d' }, { value: '' }] });
  });

  it('enforces the 10,000 character limit', () => {
    const ok = `Append("${'x'.repeat(MAX_EXPRESSION_LENGTH - 14)}", "")`;
    expect(ok.length).toBe(MAX_EXPRESSION_LENGTH);
    expect(codes(ok)).toEqual([]);
    expect(codes(`${ok} `)).toEqual(['EXPR_TOO_LONG']);
  });

  it('rejects very deep nesting without overflowing the stack', () => {
    const deep = `${'Trim('.repeat(1000)}"x"${')'.repeat(1000)}`;
    expect(codes(deep)).toEqual(['EXPR_TOO_DEEP']);
  });
});
