import { describe, expect, it } from 'vitest';
import { normalizeResource } from '../resource/normalize.js';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import { scimErrorOf } from '../testing.js';
import { codePointLength, stringProblem } from './strings.js';

const create = (body: Record<string, unknown>) =>
  normalizeResource({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], ...body }, userResourceType, {
    mode: 'create',
  });
const err = (fn: () => unknown) => {
  const e = scimErrorOf(fn);
  return { status: e.status, scimType: e.scimType, detail: e.detail };
};

describe('string rules', () => {
  it('no NUL, no lone surrogate; a surrogate pair is one character', () => {
    expect(stringProblem('a\u0000b')).toBe('contains U+0000 (NUL) at offset 1');
    expect(stringProblem('a\ud800')).toBe('contains a lone surrogate U+D800 at offset 1 (not valid Unicode text)');
    expect(stringProblem('\udc00a')).toContain('lone surrogate U+DC00 at offset 0');
    expect(stringProblem('😀é')).toBeUndefined();
    expect(codePointLength('😀😀a')).toBe(3);
    expect(stringProblem('😀'.repeat(256), 256)).toBeUndefined();
    expect(stringProblem('a'.repeat(257), 256)).toBe('is too long (257 characters; the maximum is 256)');
  });

  it('POST refuses them with 400 invalidValue naming the attribute', () => {
    expect(err(() => create({ userName: 'a\u0000b' }))).toEqual({
      status: 400,
      scimType: 'invalidValue',
      detail: 'Attribute "userName" contains U+0000 (NUL) at offset 1',
    });
    expect(err(() => create({ userName: 'x', displayName: '\ud800' })).detail).toContain(
      '"displayName" contains a lone',
    );
    expect(err(() => create({ userName: 'u'.repeat(257) })).detail).toBe(
      'Attribute "userName" is too long (257 characters; the maximum is 256)',
    );
    expect(err(() => create({ userName: 'x', emails: [{ value: `${'e'.repeat(320)}@x` }] })).detail).toBe(
      'Attribute "emails.value" is too long (322 characters; the maximum is 320)',
    );
    expect(err(() => create({ userName: 'x', nickName: 'n\u0000' })).detail).toContain('"nickName" contains U+0000');
    const group = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'g'.repeat(257) };
    expect(err(() => normalizeResource(group, groupResourceType, { mode: 'create' })).detail).toContain(
      'the maximum is 256',
    );
    expect(create({ userName: 'u'.repeat(256) }).resource.userName).toHaveLength(256);
  });

  it('a body nested 10,000 levels deep is 400 invalidSyntax, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(err(() => create({ userName: 'x', emails: deep }))).toEqual({
      status: 400,
      scimType: 'invalidSyntax',
      detail: 'The JSON body is nested more than 64 levels deep',
    });
  });
});
