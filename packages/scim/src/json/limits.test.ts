import { describe, expect, it } from 'vitest';
import { scimErrorOf } from '../testing.js';
import { assertJsonShape, MAX_JSON_DEPTH } from './depth.js';
import { checkPatchLimits, checkResourceLimits } from './limits.js';

/** A value nested `n` levels deep, built without recursion. */
function nested(n: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

const shape = (e: ReturnType<typeof scimErrorOf>) => ({ status: e.status, scimType: e.scimType, detail: e.detail });

describe('JSON shape', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1} (and 10,000) with 400 invalidSyntax`, () => {
    expect(() => assertJsonShape(nested(MAX_JSON_DEPTH))).not.toThrow();
    for (const n of [MAX_JSON_DEPTH + 1, 10_000])
      expect(shape(scimErrorOf(() => assertJsonShape(nested(n))))).toEqual({
        status: 400,
        scimType: 'invalidSyntax',
        detail: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`,
      });
  });

  it('refuses member names with NUL or a lone surrogate', () => {
    expect(scimErrorOf(() => assertJsonShape({ emails: [{ 'va\u0000lue': 1 }] })).detail).toBe(
      'A member name of the JSON body contains U+0000 (NUL) at offset 2',
    );
    expect(scimErrorOf(() => assertJsonShape({ '\ud800': 1 })).scimType).toBe('invalidSyntax');
  });
});

describe('request limits', () => {
  const limits = { maxOperations: 3, maxValues: 2 };
  const op = (value: unknown) => ({ op: 'add', path: 'emails', value });

  it('caps the operations of a PATCH: 400 tooMany naming the limit', () => {
    expect(() => checkPatchLimits({ Operations: [op(1), op(2), op(3)] }, limits)).not.toThrow();
    expect(shape(scimErrorOf(() => checkPatchLimits({ operations: [op(1), op(2), op(3), op(4)] }, limits)))).toEqual({
      status: 400,
      scimType: 'tooMany',
      detail: 'The PATCH holds 4 operations; at most 3 are accepted',
    });
  });

  it('caps the values one operation or one body carries per attribute, at any depth', () => {
    expect(() => checkPatchLimits({ Operations: [op([1, 2])] }, limits)).not.toThrow();
    expect(scimErrorOf(() => checkPatchLimits({ Operations: [op(1), op([1, 2, 3])] }, limits)).detail).toBe(
      'Operations[1].value holds 3 values; one request may carry at most 2 per attribute',
    );
    const pathless = { Operations: [{ op: 'replace', Value: { 'urn:x:User': { roles: [1, 2, 3] } } }] };
    expect(scimErrorOf(() => checkPatchLimits(pathless, limits)).detail).toBe(
      '"roles" holds 3 values; one request may carry at most 2 per attribute',
    );
    expect(scimErrorOf(() => checkResourceLimits({ emails: [1, 2, 3] }, limits)).scimType).toBe('tooMany');
  });
});
