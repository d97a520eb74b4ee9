import { describe, expect, it } from 'vitest';
import { formatPreviewValue, lintExpression, tokenRangeAt } from './mappingExpression';

describe('tokenRangeAt', () => {
  const text = 'Word([userPrincipalName], 1, "@")';
  it.each([
    [0, 'Word'],
    [5, '[userPrincipalName]'],
    [26, '1'],
    [29, '"@"'],
    [32, ')'],
  ])('at %i covers %s', (offset, token) => {
    const r = tokenRangeAt(text, offset);
    expect(text.slice(r.from, r.to)).toBe(token);
  });

  it('covers a bracketed SCIM path, escaped quotes, hex numbers and two-character operators', () => {
    const t = 'IIF([emails[type eq "work"].value] >= "a\\"b", &HFF, -1.5)';
    const slice = (o: number) => {
      const r = tokenRangeAt(t, o);
      return t.slice(r.from, r.to);
    };
    expect(slice(4)).toBe('[emails[type eq "work"].value]');
    expect(slice(35)).toBe('>=');
    expect(slice(38)).toBe('"a\\"b"');
    expect(slice(46)).toBe('&HFF');
    expect(slice(52)).toBe('-1.5');
  });

  it('marks the last character for a problem at the end, and stops an unterminated string at the end', () => {
    expect(tokenRangeAt('Word([a], 1', 11)).toEqual({ from: 10, to: 11 });
    expect(tokenRangeAt('Append([a], "x', 12)).toEqual({ from: 12, to: 14 });
    expect(tokenRangeAt('', 0)).toEqual({ from: 0, to: 0 });
  });
});

describe('lintExpression', () => {
  it('reports an unknown function on its name, with line and column', () => {
    const [d] = lintExpression('Coalesce([mail], Wrod([userPrincipalName], 1, "@"))');
    expect(d).toMatchObject({
      code: 'EXPR_UNKNOWN_FUNCTION',
      severity: 'error',
      from: 17,
      to: 21,
      line: 1,
      column: 18,
    });
  });

  it('reports every problem, each at its own token', () => {
    const ds = lintExpression('Append([a], "x"');
    expect(ds.map((d) => [d.code, d.from, d.to])).toEqual([['EXPR_UNBALANCED_PARENS', 14, 15]]);
    expect(lintExpression('Word([userPrincipalName], 1, "@")')).toEqual([]);
  });
});

describe('formatPreviewValue', () => {
  it('prints values as the expression language writes them', () => {
    expect(formatPreviewValue('adele')).toBe('"adele"');
    expect(formatPreviewValue(true)).toBe('True');
    expect(formatPreviewValue(['a', 'b'])).toBe('["a", "b"]');
    expect(formatPreviewValue(7)).toBe('7');
    expect(formatPreviewValue(null)).toBe('null (nothing is sent)');
  });
});
