import { describe, expect, it } from 'vitest';
import { scimErrorOf } from '../testing.js';
import { type Token, tokenize } from './tokenizer.js';

/** Kind and the interesting payload of each token, without offsets. */
function shape(tokens: Token[]): unknown[] {
  return tokens.map((t) => {
    if (t.kind === 'string' || t.kind === 'number') return [t.kind, t.value];
    if (t.kind === 'op') return ['op', t.op];
    if (t.kind === 'word') return ['word', t.text];
    return [t.kind];
  });
}

const errorOf = scimErrorOf;

describe('tokenize', () => {
  it('splits a simple comparison, with offsets', () => {
    const tokens = tokenize('userName eq "bjensen"');
    expect(tokens).toEqual([
      { kind: 'word', text: 'userName', start: 0, end: 8 },
      { kind: 'op', op: 'eq', text: 'eq', start: 9, end: 11 },
      { kind: 'string', value: 'bjensen', text: '"bjensen"', start: 12, end: 21 },
      { kind: 'eof', text: '', start: 21, end: 21 },
    ]);
  });

  it('keeps URN-qualified paths with dots, digits and $ref in one word', () => {
    const enterprise = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department';
    const egnyte = 'urn:scim:schemas:extension:custom:egnyte:1.0:User:authType';
    expect(shape(tokenize(`${enterprise} eq "x" and ${egnyte} pr and members.$ref pr`))).toEqual([
      ['word', enterprise],
      ['op', 'eq'],
      ['string', 'x'],
      ['and'],
      ['word', egnyte],
      ['pr'],
      ['and'],
      ['word', 'members.$ref'],
      ['pr'],
      ['eof'],
    ]);
  });

  it('reads keywords and operators case-insensitively', () => {
    expect(shape(tokenize('a EQ TRUE And b Ne False OR NOT (c PR) aNd d lE Null'))).toEqual([
      ['word', 'a'],
      ['op', 'eq'],
      ['true'],
      ['and'],
      ['word', 'b'],
      ['op', 'ne'],
      ['false'],
      ['or'],
      ['not'],
      ['lparen'],
      ['word', 'c'],
      ['pr'],
      ['rparen'],
      ['and'],
      ['word', 'd'],
      ['op', 'le'],
      ['null'],
      ['eof'],
    ]);
  });

  it('recognises every comparison operator', () => {
    const ops = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'];
    const tokens = tokenize(ops.join(' '));
    expect(tokens.slice(0, -1).map((t) => (t.kind === 'op' ? t.op : t.kind))).toEqual(ops);
  });

  it('reads JSON numbers: int, decimal, negative, exponent', () => {
    expect(shape(tokenize('0 42 -7 3.25 -0.5 1e3 2.5E-2 6e+1'))).toEqual([
      ['number', 0],
      ['number', 42],
      ['number', -7],
      ['number', 3.25],
      ['number', -0.5],
      ['number', 1000],
      ['number', 0.025],
      ['number', 60],
      ['eof'],
    ]);
  });

  it('leaves non-JSON numbers as words', () => {
    expect(shape(tokenize('01 1. +1 .5 1e'))).toEqual([
      ['word', '01'],
      ['word', '1.'],
      ['word', '+1'],
      ['word', '.5'],
      ['word', '1e'],
      ['eof'],
    ]);
  });

  it('decodes JSON escapes in strings', () => {
    const [t] = tokenize(String.raw`"a\"b\\c\/d\n\t\u00e9\u0041"`);
    expect(t).toMatchObject({ kind: 'string', value: 'a"b\\c/d\n\téA' });
  });

  it('splits on brackets, parentheses and quotes without spaces', () => {
    expect(shape(tokenize('emails[type eq"work"].value eq "x"'))).toEqual([
      ['word', 'emails'],
      ['lbracket'],
      ['word', 'type'],
      ['op', 'eq'],
      ['string', 'work'],
      ['rbracket'],
      ['word', '.value'],
      ['op', 'eq'],
      ['string', 'x'],
      ['eof'],
    ]);
    expect(shape(tokenize('not(a pr)'))).toEqual([['not'], ['lparen'], ['word', 'a'], ['pr'], ['rparen'], ['eof']]);
  });

  it('skips all kinds of whitespace', () => {
    expect(shape(tokenize(' \t\r\n a\u00a0pr '))).toEqual([['word', 'a'], ['pr'], ['eof']]);
  });

  it('ends with eof at the text length', () => {
    expect(tokenize('')).toEqual([{ kind: 'eof', text: '', start: 0, end: 0 }]);
    expect(tokenize('  ').at(-1)).toEqual({ kind: 'eof', text: '', start: 2, end: 2 });
  });

  it('rejects an unterminated string with its offset', () => {
    const e = errorOf(() => tokenize('userName eq "abc'));
    expect(e.status).toBe(400);
    expect(e.scimType).toBe('invalidFilter');
    expect(e.message).toBe('Unterminated string starting at offset 12');
    expect(errorOf(() => tokenize('a eq "abc\\')).message).toBe('Unterminated string starting at offset 5');
  });

  it('rejects bad escapes', () => {
    expect(errorOf(() => tokenize('a eq "x\\q"')).message).toBe('Invalid escape "\\q" in string at offset 7');
    expect(errorOf(() => tokenize('a eq "\\u12G4"')).message).toContain('Invalid unicode escape');
  });

  it('rejects numbers out of range', () => {
    expect(errorOf(() => tokenize('a eq 1e999')).message).toContain('out of range');
  });

  it('reports errors with the requested scimType', () => {
    expect(errorOf(() => tokenize('members[value eq "x]', 'invalidPath')).scimType).toBe('invalidPath');
  });
});
