import { describe, expect, it } from 'vitest';
import { userResourceType } from '../schemas/resource-types.js';
import { attr, type ResourceTypeDef, type SchemaDef, type ScimResource } from '../schemas/types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import { applyPatch } from './apply.js';
import { bareUser, deepFreeze, EGNYTE, ENT, patchBody, scimErrorOf, storedUser } from './fixtures.js';

/** Generic PATCH rules: coercion, mutability, paths, removal, purity, changed/ignored reporting. */

const TEST_EXT = 'urn:test:schemas:extension:test:1.0:User';
const testSchema: SchemaDef = {
  id: TEST_EXT,
  name: 'Test',
  description: '',
  attributes: [
    attr('badge', 'string', { mutability: 'immutable' }),
    attr('level', 'integer'),
    attr('score', 'decimal'),
    attr('hiredAt', 'dateTime'),
  ],
};
const testRt: ResourceTypeDef = {
  ...userResourceType,
  extensions: [...userResourceType.extensions, { schema: testSchema, required: false }],
};

function patch(resource: ScimResource, ...ops: unknown[]) {
  return applyPatch(deepFreeze(resource), patchBody(...ops), testRt);
}

function errorOf(resource: ScimResource, ...ops: unknown[]) {
  const e = scimErrorOf(() => patch(resource, ...ops));
  return { status: e.status, scimType: e.scimType, detail: e.detail };
}

describe('value coercion', () => {
  it('integers and decimals from numeric strings, dateTime kept as sent', () => {
    const r = patch(bareUser(), {
      op: 'add',
      value: {
        [`${TEST_EXT}:level`]: '7',
        [`${TEST_EXT}:score`]: '2.5',
        [`${TEST_EXT}:hiredAt`]: '2024-02-01T09:00:00Z',
      },
    });
    expect(r.resource[TEST_EXT]).toEqual({ level: 7, score: 2.5, hiredAt: '2024-02-01T09:00:00Z' });
  });

  it('a number for a string attribute is stored as its text', () => {
    const r = patch(storedUser(), { op: 'Replace', path: `${ENT}:employeeNumber`, value: 701985 });
    expect(r.resource[ENT]).toEqual({ employeeNumber: '701985', department: 'Sales' });
  });

  it.each([
    ['"maybe" for a boolean', { op: 'Replace', path: 'active', value: 'maybe' }, 'active'],
    ['1 for a boolean', { op: 'Replace', path: 'active', value: 1 }, 'active'],
    ['an object for a string', { op: 'Replace', path: 'displayName', value: { a: 1 } }, 'displayName'],
    ['an array for a string', { op: 'Replace', path: 'userName', value: ['a'] }, 'userName'],
    ['a string for a record-like complex', { op: 'Replace', path: 'name', value: 'Bob' }, 'name'],
    ['an object for a sub-attribute', { op: 'Replace', path: 'name.givenName', value: {} }, 'name.givenName'],
    [
      'a bad sub-attribute in an element',
      { op: 'add', path: 'emails', value: [{ value: 'a@b', primary: 'yes' }] },
      'emails.primary',
    ],
    [
      'a bad filtered sub-attribute',
      { op: 'replace', path: 'emails[type eq "work"].primary', value: 'nope' },
      'emails.primary',
    ],
    ['"1.5" for an integer', { op: 'replace', path: `${TEST_EXT}:level`, value: '1.5' }, `${TEST_EXT}:level`],
    ['"abc" for a decimal', { op: 'replace', path: `${TEST_EXT}:score`, value: 'abc' }, `${TEST_EXT}:score`],
    ['"yesterday" for a dateTime', { op: 'replace', path: `${TEST_EXT}:hiredAt`, value: 'yesterday' }, 'hiredAt'],
    ['a path-less value that is not an object', { op: 'replace', value: 'x' }, 'without path'],
    ['an extension key whose value is not an object', { op: 'replace', value: { [ENT]: 'x' } }, ENT],
  ])('%s -> 400 invalidValue naming the attribute', (_name, op, named) => {
    const e = errorOf(storedUser(), op);
    expect([e.status, e.scimType]).toEqual([400, 'invalidValue']);
    expect(e.detail).toContain(named);
  });

  it('explicit null on replace removes the attribute; on add it is a no-op', () => {
    const user = { ...storedUser(), title: 'CEO', nickName: 'Babs' };
    const r = patch(user, { op: 'Replace', path: 'title', value: null }, { op: 'Add', path: 'nickName', value: null });
    expect(r.resource).toEqual({ ...storedUser(), nickName: 'Babs' });
    expect(r.changed).toEqual(['title']);
  });

  it('null inside a path-less replace clears that key (name.middleName, extension attribute)', () => {
    const user = { ...storedUser(), name: { givenName: 'G', middleName: 'M' } };
    const r = patch(user, { op: 'replace', value: { name: { middleName: null }, [`${ENT}:department`]: null } });
    expect(r.resource.name).toEqual({ givenName: 'G' });
    expect(r.resource[ENT]).toEqual({ employeeNumber: '701984' });
  });

  it('setting primary on one email clears it on the others', () => {
    const r = patch(storedUser(), {
      op: 'add',
      path: 'emails',
      value: [{ value: 'new@x.com', type: 'other', primary: 'True' }],
    });
    expect(r.resource.emails).toEqual([
      { primary: false, type: 'work', value: 'Test_User_11bb11bb@testuser.com' },
      { type: 'home', value: 'test.user@home.example' },
      { value: 'new@x.com', type: 'other', primary: true },
    ]);
  });

  it('add on a multi-valued attribute skips exact duplicates; replace replaces the list', () => {
    const added = patch(storedUser(), {
      op: 'add',
      path: 'emails',
      value: [{ type: 'home', value: 'test.user@home.example' }],
    });
    expect(added.changed).toEqual([]);
    const replaced = patch(storedUser(), {
      op: 'replace',
      path: 'emails',
      value: [{ type: 'work', value: 'only@x.com' }],
    });
    expect(replaced.resource.emails).toEqual([{ type: 'work', value: 'only@x.com' }]);
  });

  it('attribute names in paths are case-insensitive and stored with schema case', () => {
    const r = patch(
      bareUser(),
      { op: 'replace', path: 'NAME.GIVENNAME', value: 'G' },
      { op: 'replace', path: 'EMAILS[TYPE eq "work"].VALUE', value: 'w@x.com' },
      { op: 'add', path: `${ENT.toUpperCase()}:DEPARTMENT`, value: 'D' },
    );
    expect(r.resource).toEqual({
      ...bareUser(),
      schemas: [USER_SCHEMA, ENT],
      name: { givenName: 'G' },
      emails: [
        { type: 'home', value: 'bare@home.example' },
        { type: 'work', value: 'w@x.com' },
      ],
      [ENT]: { department: 'D' },
    });
  });

  it('a filter that matches several elements writes all of them', () => {
    const user = {
      ...bareUser(),
      emails: [
        { type: 'work', value: 'a' },
        { type: 'WORK', value: 'b' },
      ],
    };
    const r = patch(user, { op: 'replace', path: 'emails[type eq "work"].display', value: 'W' });
    expect(r.resource.emails).toEqual([
      { type: 'work', value: 'a', display: 'W' },
      { type: 'WORK', value: 'b', display: 'W' },
    ]);
  });

  it('a filter with non-string equalities builds a typed element', () => {
    const r = patch(bareUser(), {
      op: 'add',
      path: 'phoneNumbers[type eq "mobile" and primary eq true].value',
      value: '1',
    });
    expect(r.resource.phoneNumbers).toEqual([{ type: 'mobile', primary: true, value: '1' }]);
  });

  it('filtered path without sub-attribute: add merges into the element, replace replaces it', () => {
    const added = patch(storedUser(), { op: 'add', path: 'emails[type eq "work"]', value: { display: 'Work' } });
    expect(added.resource.emails).toEqual([
      { primary: true, type: 'work', value: 'Test_User_11bb11bb@testuser.com', display: 'Work' },
      { type: 'home', value: 'test.user@home.example' },
    ]);
    const replaced = patch(storedUser(), {
      op: 'replace',
      path: 'emails[type eq "work"]',
      value: { value: 'n@x.com' },
    });
    expect(replaced.resource.emails).toEqual([
      { type: 'work', value: 'n@x.com' },
      { type: 'home', value: 'test.user@home.example' },
    ]);
    const created = patch(bareUser(), { op: 'replace', path: 'emails[type eq "work"]', value: [{ value: 'w@x.com' }] });
    expect(created.resource.emails).toEqual([
      { type: 'home', value: 'bare@home.example' },
      { type: 'work', value: 'w@x.com' },
    ]);
  });

  it('core-URN-qualified paths and a core-URN key in a path-less value', () => {
    const r = patch(
      storedUser(),
      { op: 'replace', path: `${USER_SCHEMA}:userName`, value: 'q@x.com' },
      { op: 'replace', value: { [USER_SCHEMA]: { 'name.givenName': 'Q', title: 'T' } } },
    );
    expect(r.resource).toEqual({
      ...storedUser(),
      userName: 'q@x.com',
      title: 'T',
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'Q' },
    });
  });

  it('a filter that matches nothing and is not an eq conjunction -> 400 noTarget', () => {
    const e = errorOf(bareUser(), { op: 'replace', path: 'emails[value co "nothing"].type', value: 'work' });
    expect([e.status, e.scimType]).toEqual([400, 'noTarget']);
  });
});

describe('mutability', () => {
  it.each([
    ['replace id', { op: 'replace', path: 'id', value: 'other' }],
    ['replace meta.lastModified', { op: 'replace', path: 'meta.lastModified', value: '2026-01-01T00:00:00Z' }],
    ['add groups', { op: 'add', path: 'groups', value: [{ value: 'g1' }] }],
    ['remove id', { op: 'remove', path: 'id' }],
    ['path-less id that differs', { op: 'replace', value: { id: 'other' } }],
    ['replace manager.displayName', { op: 'replace', path: 'manager.displayName', value: 'Boss' }],
  ])('%s -> 400 mutability (readOnly)', (_name, op) => {
    const e = errorOf(storedUser(), op);
    expect([e.status, e.scimType]).toEqual([400, 'mutability']);
  });

  it('a path-less value echoing the current id is accepted', () => {
    const r = patch(storedUser(), { op: 'replace', value: { id: '5d48a0a8e9f04aa38008', displayName: 'X' } });
    expect(r.changed).toEqual(['displayName']);
  });

  it('an immutable attribute can be set while unset, to the same value, but not changed or removed', () => {
    const set = patch(bareUser(), { op: 'add', path: `${TEST_EXT}:badge`, value: 'B-1' });
    expect(set.resource[TEST_EXT]).toEqual({ badge: 'B-1' });
    expect(patch(set.resource, { op: 'replace', path: `${TEST_EXT}:badge`, value: 'B-1' }).changed).toEqual([]);
    const changed = errorOf(set.resource, { op: 'replace', path: `${TEST_EXT}:badge`, value: 'B-2' });
    expect([changed.status, changed.scimType]).toEqual([400, 'mutability']);
    const removed = errorOf(set.resource, { op: 'remove', path: `${TEST_EXT}:badge` });
    expect(removed.scimType).toBe('mutability');
  });

  it('removing a required attribute -> 400 invalidValue', () => {
    expect(errorOf(storedUser(), { op: 'remove', path: 'userName' }).scimType).toBe('invalidValue');
    expect(errorOf(storedUser(), { op: 'replace', path: 'userName', value: null }).scimType).toBe('invalidValue');
  });
});

describe('paths', () => {
  it.each([
    'bogus',
    'name.bogus',
    'displayName[value eq "x"]',
    'emails[type eq "work"].bogus',
    'urn:unknown:schema:1.0:User:department',
    'emails[type eq "work"',
    'active.value',
    'emails[bogus eq "x"].value',
    'emails[type eq "work" and display.x eq "y"]',
  ])('replace %s -> 400 invalidPath', (path) => {
    const e = errorOf(storedUser(), { op: 'replace', path, value: 'x' });
    expect([e.status, e.scimType]).toEqual([400, 'invalidPath']);
  });

  it('unknown keys of a path-less value are ignored and reported, known ones applied', () => {
    const r = patch(storedUser(), {
      op: 'replace',
      value: { displayName: 'X', costume: 'pirate', [`${ENT}:shoeSize`]: 44, [ENT]: { hat: 'big' }, schemas: ['x'] },
    });
    expect(r.resource).toEqual({ ...storedUser(), displayName: 'X' });
    expect(r.ignored).toEqual(['costume', `${ENT}:shoeSize`, `${ENT}:hat`]);
  });

  it('unknown sub-attributes inside a complex value are dropped and reported', () => {
    const r = patch(bareUser(), { op: 'replace', path: 'name', value: { givenName: 'G', nickname: 'n' } });
    expect(r.resource.name).toEqual({ givenName: 'G' });
    expect(r.ignored).toEqual(['name.nickname']);
  });
});

describe('remove', () => {
  it('without a path -> 400 noTarget', () => {
    const e = errorOf(storedUser(), { op: 'remove', value: { displayName: 'x' } });
    expect([e.status, e.scimType]).toEqual([400, 'noTarget']);
  });

  it.each([
    'nickName',
    'name.middleName',
    `${ENT}:costCenter`,
    `${EGNYTE}:authType`,
    EGNYTE,
    'phoneNumbers[type eq "work"]',
  ])('removing missing %s is a no-op', (path) => {
    const r = patch(storedUser(), { op: 'Remove', path });
    expect(r.resource).toEqual(storedUser());
    expect(r.changed).toEqual([]);
  });

  it('emails[type eq "work"] removes the matching element only', () => {
    const r = patch(storedUser(), { op: 'remove', path: 'emails[type eq "work"]' });
    expect(r.resource.emails).toEqual([{ type: 'home', value: 'test.user@home.example' }]);
  });

  it('emails[type eq "work"].value removes that sub-attribute from matching elements', () => {
    const r = patch(storedUser(), { op: 'remove', path: 'emails[type eq "work"].value' });
    expect(r.resource.emails).toEqual([
      { primary: true, type: 'work' },
      { type: 'home', value: 'test.user@home.example' },
    ]);
  });

  it('a sub-attribute, and the complex attribute when it becomes empty', () => {
    const r = patch({ ...bareUser(), name: { givenName: 'G' } }, { op: 'remove', path: 'name.givenName' });
    expect(r.resource).toEqual(bareUser());
    expect(r.changed).toEqual(['name.givenName']);
  });

  it('the last extension attribute drops the extension object and its schemas entry', () => {
    const user = { ...storedUser(), [ENT]: { department: 'Sales' } };
    const r = patch(user, { op: 'Remove', path: `${ENT}:department` });
    const want = storedUser();
    delete want[ENT];
    expect(r.resource).toEqual({ ...want, schemas: [USER_SCHEMA] });
    expect(r.changed).toEqual([`${ENT}:department`]);
  });

  it('a whole extension by its URN', () => {
    const r = patch(storedUser(), { op: 'remove', path: ENT });
    expect(r.resource).not.toHaveProperty([ENT]);
    expect(r.changed).toEqual([`${ENT}:employeeNumber`, `${ENT}:department`]);
  });

  it('emails with a value list removes the listed addresses', () => {
    const r = patch(storedUser(), { op: 'remove', path: 'emails', value: [{ value: 'test.user@home.example' }] });
    expect(r.resource.emails).toEqual([{ primary: true, type: 'work', value: 'Test_User_11bb11bb@testuser.com' }]);
  });
});

describe('purity and atomicity', () => {
  it('never mutates the input and returns a new object even for a no-op', () => {
    const input = deepFreeze(storedUser());
    const r = applyPatch(input, patchBody({ op: 'Remove', path: 'nickName' }), testRt);
    expect(r.resource).not.toBe(input);
    expect(r.resource).toEqual(input);
    const r2 = applyPatch(
      input,
      patchBody(
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'x@y' },
        { op: 'replace', value: { 'name.givenName': 'K', [ENT]: { department: 'D' } } },
      ),
      testRt,
    );
    expect(input).toEqual(storedUser());
    expect(r2.resource.emails).not.toBe(input.emails);
  });

  it('a no-op on a missing extension attribute leaves schemas alone', () => {
    const user = { ...bareUser(), schemas: [USER_SCHEMA, ENT] };
    const r = patch(
      user,
      { op: 'remove', path: `${ENT}:department` },
      { op: 'add', path: `${ENT}:division`, value: null },
    );
    expect(r.resource).toEqual(user);
  });

  it('a failing operation fails the whole PATCH (no partial result)', () => {
    const input = storedUser();
    const e = scimErrorOf(() =>
      applyPatch(
        input,
        patchBody(
          { op: 'replace', path: 'displayName', value: 'X' },
          { op: 'replace', path: 'active', value: 'maybe' },
        ),
        testRt,
      ),
    );
    expect(e.scimType).toBe('invalidValue');
    expect(input).toEqual(storedUser());
  });

  it('setting a value equal to the current one reports no change', () => {
    const r = patch(
      storedUser(),
      { op: 'Replace', path: 'active', value: 'True' },
      { op: 'Add', path: 'userName', value: storedUser().userName },
    );
    expect(r.changed).toEqual([]);
  });
});
