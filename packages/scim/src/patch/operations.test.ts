import { describe, expect, it } from 'vitest';
import { scimErrorOf } from '../testing.js';
import { parsePatchRequest } from './operations.js';
import { PATCH_OP_SCHEMA } from './types.js';

const syntaxError = (body: unknown) => scimErrorOf(() => parsePatchRequest(body));

describe('parsePatchRequest', () => {
  it('normalises Entra capitalised ops (Add/Replace/Remove) and any other case', () => {
    const ops = parsePatchRequest({
      schemas: [PATCH_OP_SCHEMA],
      Operations: [
        { op: 'Add', path: 'nickName', value: 'Babs' },
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Remove', path: 'members[value eq "x"]' },
        { op: 'REPLACE', path: ' userName ', value: 'u' },
      ],
    });
    expect(ops).toEqual([
      { op: 'add', path: 'nickName', value: 'Babs', index: 0 },
      { op: 'replace', path: 'active', value: 'False', index: 1 },
      { op: 'remove', path: 'members[value eq "x"]', index: 2 },
      { op: 'replace', path: 'userName', value: 'u', index: 3 },
    ]);
  });

  it('accepts lower-case `operations`, a schema URN in any case, and keeps explicit nulls', () => {
    const ops = parsePatchRequest({
      schemas: [PATCH_OP_SCHEMA.toUpperCase()],
      operations: [{ op: 'replace', path: 'title', value: null }],
    });
    expect(ops).toEqual([{ op: 'replace', path: 'title', value: null, index: 0 }]);
  });

  it('treats an empty or null path as no path', () => {
    const ops = parsePatchRequest({
      schemas: [PATCH_OP_SCHEMA],
      Operations: [
        { op: 'replace', path: '', value: { displayName: 'x' } },
        { op: 'add', path: null, value: { displayName: 'y' } },
      ],
    });
    expect(ops.map((o) => o.path)).toEqual([undefined, undefined]);
  });

  it.each([
    ['not an object', 'nope'],
    ['an array', []],
    ['no schemas', { Operations: [{ op: 'add', path: 'nickName', value: 'x' }] }],
    ['the wrong schema', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], Operations: [] }],
    ['no Operations', { schemas: [PATCH_OP_SCHEMA] }],
    ['empty Operations', { schemas: [PATCH_OP_SCHEMA], Operations: [] }],
    ['Operations not an array', { schemas: [PATCH_OP_SCHEMA], Operations: { op: 'add' } }],
    ['an operation that is not an object', { schemas: [PATCH_OP_SCHEMA], Operations: ['add'] }],
    ['an unknown op', { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'merge', path: 'nickName', value: 'x' }] }],
    ['a missing op', { schemas: [PATCH_OP_SCHEMA], Operations: [{ path: 'nickName', value: 'x' }] }],
    ['a non-string op', { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 1, path: 'nickName', value: 'x' }] }],
    ['a non-string path', { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'add', path: 5, value: 'x' }] }],
    ['add without value', { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'add', path: 'nickName' }] }],
    ['replace without value', { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'Replace', path: 'nickName' }] }],
  ])('rejects a body with %s as 400 invalidSyntax', (_name, body) => {
    const e = syntaxError(body);
    expect(e.status).toBe(400);
    expect(e.scimType).toBe('invalidSyntax');
  });

  it('names the offending operation in the detail', () => {
    const e = syntaxError({
      schemas: [PATCH_OP_SCHEMA],
      Operations: [{ op: 'add', path: 'a', value: 1 }, { op: 'x' }],
    });
    expect(e.detail).toContain('Operations[1]');
  });
});
