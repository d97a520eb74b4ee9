import {
  compileScopingFilter,
  evaluateScopingFilter,
  isRegexError,
  jsRegexEngine,
  previewExpression,
  type RegexOptions,
} from '@scimdesk/scim';
import { REGEX_CONFORMANCE, SCOPING_REGEX_CONFORMANCE } from '@scimdesk/scim/testing';
import { describe, expect, it } from 'vitest';
import { serverExpressionContext, serverScopingOptions } from './context.js';
import { re2Engine } from './re2-engine.js';
import { re2Pattern } from './re2-pattern.js';

const ctx = serverExpressionContext({ now: () => new Date('2021-07-02T15:33:38Z') });
const evaluate = (expr: string, source: Record<string, unknown>) => previewExpression(expr, source, ctx);

describe('RE2, the server regex engine', () => {
  it.each(REGEX_CONFORMANCE)('$expr -> $expected, as on JavaScript', ({ expr, source, expected }) => {
    const r = evaluate(expr, source);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(expected);
  });

  it.each(SCOPING_REGEX_CONFORMANCE)('scoping: %s REGEX MATCH %s is %s', (pattern, value, expected) => {
    const filter = compileScopingFilter(
      { groups: [{ clauses: [{ attribute: 'a', operator: 'REGEX MATCH', value: pattern }] }] },
      serverScopingOptions,
    );
    expect(evaluateScopingFilter(filter, { a: value }).inScope).toBe(expected);
  });

  it('runs catastrophic patterns in linear time: (a+)+b on 30 and on 10,000 characters', () => {
    const started = performance.now();
    const short = evaluate('Replace([a], , "(a+)+b", , "x", , )', { a: `${'a'.repeat(30)}!` });
    const long = evaluate('Replace([a], , "(x+x+)+y", , "z", , )', { a: 'x'.repeat(10_000) });
    expect(short.value).toBe(`${'a'.repeat(30)}!`);
    expect(long.value).toBe('x'.repeat(10_000));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([
    ['(a)\\\\1', 'backreference'],
    ['(?<x>a)\\\\k<x>', 'named backreference'],
    ['a(?=b)', 'lookahead'],
    ['a(?!b)', 'negative lookahead'],
    ['(?<=a)b', 'lookbehind'],
    ['(?<!a)b', 'negative lookbehind'],
    ['(?>a+)b', 'atomic group'],
  ])('%s (%s) is an EXPR_UNSUPPORTED_REGEX diagnostic, not a crash', (pattern) => {
    const r = evaluate(`Replace([a], , "${pattern}", , "", , )`, { a: 'aab' });
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'EXPR_UNSUPPORTED_REGEX', severity: 'error', column: 16 }),
    ]);
    expect(r.diagnostics[0].message).toMatch(/^Replace: RE2 cannot run this pattern: .*not supported/);
  });

  it('an invalid pattern stays EXPR_INVALID_REGEX; a scoping lookahead is an invalid clause value', () => {
    expect(evaluate('Replace([a], , "(", , "", , )', { a: 'x' }).diagnostics[0].code).toBe('EXPR_INVALID_REGEX');
    const filter = compileScopingFilter(
      { groups: [{ clauses: [{ attribute: 'a', operator: 'REGEX MATCH', value: '^(?!ext)' }] }] },
      serverScopingOptions,
    );
    expect(filter.diagnostics[0]).toMatchObject({ code: 'SCOPE_INVALID_VALUE', field: 'value' });
    expect(filter.diagnostics[0].message).toMatch(/^RE2 cannot run this regular expression/);
  });

  it("Replace's group form refuses a group under a quantifier (RE2 cannot say which repetition)", () => {
    const r = evaluate('Replace([a], , "(?:x(?<g>\\\\d))+", "g", "#", , )', { a: 'x1x2' });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'EXPR_UNSUPPORTED_REGEX' })]);
    expect(evaluate('Replace([a], , "(?<g>\\\\d)+", "g", "#", , )', { a: '12' }).value).toBeNull();
  });

  it('gives the same matches, groups and offsets as JavaScript, astral characters included', () => {
    const cases: [string, RegexOptions, string][] = [
      ['(?<user>[^@]+)@(?<host>[a-z.]+)', { ignoreCase: false, spanOf: 'host' }, 'ann@x.com, 😀bo@y.org'],
      ['[0-9]*', { ignoreCase: false }, 'ab12é3'],
      ['[0-9]+', { ignoreCase: false }, 'ab12😀3'],
      ['Ä(?<rest>.)', { ignoreCase: true, spanOf: 'rest' }, 'xäb😀äc'],
      ['(a)|(?<b>b)', { ignoreCase: false, spanOf: 'b' }, 'ab'],
      ['[(?<x>]+', { ignoreCase: false }, 'a(?<x>b'],
      ['\\u00e9(?:(?<g>\\w)z)', { ignoreCase: false, spanOf: 'g' }, 'éaz éz'],
    ];
    for (const [pattern, options, input] of cases) {
      const all = (engine: typeof re2Engine) => {
        const re = engine.compile(pattern, options);
        if (isRegexError(re)) throw new Error(re.error);
        const out = [];
        for (let from = 0; from <= input.length; ) {
          const m = re.exec(input, from);
          if (!m) break;
          out.push(m);
          from = m.index + Math.max(1, (m.groups[0] ?? '').length);
        }
        return out;
      };
      expect(all(re2Engine), pattern).toEqual(all(jsRegexEngine));
    }
  });

  it('rewrites .NET syntax for RE2 and captures the text before a located group', () => {
    expect(re2Pattern("(?<a>x)(?'b'y)\\u00e9[(?<c>]")).toEqual({
      source: '(?P<a>x)(?P<b>y)\\x{00e9}[(?<c>]',
      prefixes: [],
    });
    expect(re2Pattern('a(?:b(?<g>c))d', 'g')).toEqual({
      source: '(?P<__at0>a)(?:(?P<__at1>b)(?P<g>c))d',
      prefixes: ['__at0', '__at1'],
    });
    expect(re2Pattern('(?i)x|y(?<g>z)', 'g')).toEqual({ source: '(?i)x|(?P<__at0>y)(?P<g>z)', prefixes: ['__at0'] });
  });

  it('compiles a pattern once (the cache) and keeps no state between calls', () => {
    const a = re2Engine.compile('b+', { ignoreCase: false });
    expect(re2Engine.compile('b+', { ignoreCase: false })).toBe(a);
    expect(re2Engine.compile('b+', { ignoreCase: true })).not.toBe(a);
    if (isRegexError(a)) throw new Error(a.error);
    expect(a.exec('abbc', 0)).toMatchObject({ index: 1, groups: ['bb'] });
    expect(a.exec('abbc', 3)).toBeNull();
    expect(a.test('xbx')).toBe(true);
  });
});
