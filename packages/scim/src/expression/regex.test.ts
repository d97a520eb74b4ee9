import { describe, expect, it } from 'vitest';
import { compileScopingFilter, evaluateScopingFilter } from '../scoping/filter.js';
import { REGEX_CONFORMANCE, SCOPING_REGEX_CONFORMANCE } from '../testing.js';
import { previewExpression } from './evaluate.js';
import { type CompiledRegex, isRegexError, jsRegexEngine, type RegexEngine, type RegexOptions } from './regex.js';
import { testContext } from './test-helpers.js';

/** An engine that records what it was asked and delegates to JavaScript's, or refuses every pattern. */
function recordingEngine(refuse?: string) {
  const calls: { pattern: string; options: RegexOptions }[] = [];
  const engine: RegexEngine = {
    name: 'Recorder',
    compile(pattern, options) {
      calls.push({ pattern, options });
      return refuse ? { error: refuse, unsupported: true } : jsRegexEngine.compile(pattern, options);
    },
  };
  return { engine, calls };
}

const compiled = (pattern: string, options: RegexOptions = { ignoreCase: false }): CompiledRegex => {
  const r = jsRegexEngine.compile(pattern, options);
  if (isRegexError(r)) throw new Error(r.error);
  return r;
};

describe('the regex engine interface', () => {
  it('JavaScript engine: matches from an offset, every group, the offsets of the group asked for', () => {
    const re = compiled('(?<user>\\w+)@(\\w+)', { ignoreCase: false, spanOf: 'user' });
    expect(re.exec('a@b c@d', 1)).toEqual({
      index: 4,
      groups: ['c@d', 'c', 'd'],
      named: { user: 'c' },
      span: [4, 5],
    });
    expect(re.exec('a@b', 1)).toBeNull();
    expect(re.test('x@y')).toBe(true);
    expect(compiled('ABC', { ignoreCase: true }).test('xabcx')).toBe(true);
    expect(jsRegexEngine.compile('(', { ignoreCase: false })).toMatchObject({
      error: expect.stringMatching(/Invalid/),
    });
  });

  it.each(REGEX_CONFORMANCE)('$expr -> $expected (JavaScript engine)', ({ expr, source, expected }) => {
    const r = previewExpression(expr, source, testContext());
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(expected);
  });

  it('Replace compiles on the injected engine, with a leading (?i) as an option and the group to locate', () => {
    const { engine, calls } = recordingEngine();
    const ctx = { ...testContext(), regex: engine };
    expect(previewExpression('Replace([a], , "(?i)X(?<g>\\\\d)", "g", "#", , )', { a: 'x1' }, ctx).value).toBe('x#');
    expect(calls).toEqual([{ pattern: 'X(?<g>\\d)', options: { ignoreCase: true, spanOf: 'g' } }]);
  });

  it('a pattern the engine cannot run is a diagnostic at the pattern, and the value is null', () => {
    const { engine } = recordingEngine('backreferences are not supported');
    const r = previewExpression(
      'Replace([a], , "(a)\\\\1", , "", , )',
      { a: 'aa' },
      { ...testContext(), regex: engine },
    );
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'EXPR_UNSUPPORTED_REGEX',
        severity: 'error',
        column: 16,
        message: 'Replace: Recorder cannot run this pattern: backreferences are not supported',
      }),
    ]);
  });

  it.each(SCOPING_REGEX_CONFORMANCE)('scoping: %s REGEX MATCH %s is %s', (pattern, value, expected) => {
    const { engine, calls } = recordingEngine();
    const filter = compileScopingFilter(
      { groups: [{ clauses: [{ attribute: 'a', operator: 'REGEX MATCH', value: pattern }] }] },
      { regex: engine },
    );
    expect(evaluateScopingFilter(filter, { a: value }).inScope).toBe(expected);
    expect(calls).toHaveLength(1);
  });

  it('scoping: a pattern the engine cannot run is an invalid value of that clause', () => {
    const { engine } = recordingEngine('lookaround is not supported');
    const filter = compileScopingFilter(
      { groups: [{ clauses: [{ attribute: 'a', operator: 'NOT REGEX MATCH', value: '(?=a)' }] }] },
      { regex: engine },
    );
    expect(filter.ok).toBe(false);
    expect(filter.diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCOPE_INVALID_VALUE',
        field: 'value',
        message: 'Recorder cannot run this regular expression: lookaround is not supported',
      }),
    ]);
  });
});
