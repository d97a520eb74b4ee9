import { describe, expect, it } from 'vitest';
import { caseFold, usernameKey } from './identity.js';

describe('usernameKey (RFC 8265 UsernameCaseMapped, plus trimming and invisible characters)', () => {
  const same: [string, string][] = [
    ['Müller@example.com', 'mu\u0308ller@example.com'], // NFC vs NFD
    ['ｂｏｂ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'bob@example.com'], // fullwidth
    ['bo\u200Bb', 'bob'], // zero-width space
    ['\uFEFFbob', 'bob'], // byte order mark
    ['  bob\t', 'bob'], // surrounding white space
    ['BOB', 'bob'],
    ['ÅSA', 'åsa'],
  ];
  it.each(same)('%j and %j are one userName', (a, b) => expect(usernameKey(a)).toBe(usernameKey(b)));

  const different: [string, string][] = [
    ['bob', 'bób'],
    ['b ob', 'bob'],
    ['bob1', 'bob'],
  ];
  it.each(different)('%j and %j stay different', (a, b) => expect(usernameKey(a)).not.toBe(usernameKey(b)));
});

describe('caseFold', () => {
  it('folds non-ASCII case and normalises to NFC', () => {
    expect(caseFold('MÜLLER')).toBe('müller');
    expect(caseFold('mu\u0308ller')).toBe('müller');
  });
});
