import { describe, expect, it } from 'vitest';
import { userResourceType } from '../schemas/resource-types.js';
import type { ScimResource } from '../schemas/types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import { applyPatch } from './apply.js';
import { bareUser, deepFreeze, EGNYTE, ENT, patchBody, storedUser } from './fixtures.js';

/** Every user PATCH shape of azure.md §1.6 (default) and §1.7 (`aadOptscim062020`), plus §7 quirks. */

function patch(resource: ScimResource, ...ops: unknown[]) {
  return applyPatch(deepFreeze(resource), patchBody(...ops), userResourceType);
}

describe('Entra user PATCH, default behaviour (§1.6)', () => {
  it('SCIMDEV: Replace emails[type eq "work"].value and name.familyName', () => {
    const r = patch(
      storedUser(),
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
      { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
    );
    const want = storedUser();
    want.name = { formatted: 'givenName familyName', familyName: 'updatedFamilyName', givenName: 'givenName' };
    want.emails = [
      { primary: true, type: 'work', value: 'updatedEmail@microsoft.com' },
      { type: 'home', value: 'test.user@home.example' },
    ];
    expect(r.resource).toEqual(want);
    expect(r.changed).toEqual(['name.familyName', 'emails']);
    expect(r.ignored).toEqual([]);
  });

  it('SCIMDEV: Replace userName', () => {
    const r = patch(storedUser(), { op: 'Replace', path: 'userName', value: '5b50642d-79fc-4410-9e90@testuser.com' });
    expect(r.resource).toEqual({ ...storedUser(), userName: '5b50642d-79fc-4410-9e90@testuser.com' });
    expect(r.changed).toEqual(['userName']);
  });

  it('COMPAT: replace multiple attributes, one Replace op per attribute', () => {
    const r = patch(
      storedUser(),
      { op: 'Replace', path: 'displayName', value: 'Bjfe' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'TestMhvaes@test.microsoft.com' },
      { op: 'Replace', path: 'name.givenName', value: 'Kkom' },
      { op: 'Replace', path: 'name.familyName', value: 'Unua' },
      { op: 'Replace', path: 'externalId', value: 'Eqpj' },
      { op: 'Replace', path: `${ENT}:employeeNumber`, value: 'Aklq' },
    );
    expect(r.resource).toEqual({
      ...storedUser(),
      displayName: 'Bjfe',
      externalId: 'Eqpj',
      name: { formatted: 'givenName familyName', familyName: 'Unua', givenName: 'Kkom' },
      emails: [
        { primary: true, type: 'work', value: 'TestMhvaes@test.microsoft.com' },
        { type: 'home', value: 'test.user@home.example' },
      ],
      [ENT]: { employeeNumber: 'Aklq', department: 'Sales' },
    });
    expect(r.changed).toEqual([
      'externalId',
      'name.familyName',
      'name.givenName',
      'displayName',
      'emails',
      `${ENT}:employeeNumber`,
    ]);
  });

  it('COMPAT: Add nickName that was not there before', () => {
    const r = patch(storedUser(), { op: 'Add', path: 'nickName', value: 'Babs' });
    expect(r.resource).toEqual({ ...storedUser(), nickName: 'Babs' });
    expect(r.changed).toEqual(['nickName']);
  });

  it('Add on a single-valued attribute that is set acts as replace', () => {
    const r = patch({ ...storedUser(), nickName: 'Old' }, { op: 'Add', path: 'nickName', value: 'Babs' });
    expect(r.resource).toEqual({ ...storedUser(), nickName: 'Babs' });
  });

  it('laravel-scim-server#34: Add of an enterprise URN attribute mixed with Replace ops', () => {
    const r = patch(
      storedUser(),
      { op: 'Replace', path: 'displayName', value: 'New Name' },
      { op: 'Add', path: `${ENT}:department`, value: 'Retail' },
      { op: 'Add', path: `${ENT}:costCenter`, value: 'CC-1' },
    );
    expect(r.resource).toEqual({
      ...storedUser(),
      displayName: 'New Name',
      [ENT]: { employeeNumber: '701984', department: 'Retail', costCenter: 'CC-1' },
    });
    expect(r.changed).toEqual(['displayName', `${ENT}:costCenter`, `${ENT}:department`]);
  });

  it.each(['Add', 'Replace'])('%s emails[type eq "work"].value creates the work email and keeps the others', (op) => {
    const r = patch(bareUser(), { op, path: 'emails[type eq "work"].value', value: 'bare@contoso.com' });
    expect(r.resource).toEqual({
      ...bareUser(),
      emails: [
        { type: 'home', value: 'bare@home.example' },
        { type: 'work', value: 'bare@contoso.com' },
      ],
    });
    expect(r.changed).toEqual(['emails']);
  });

  it('Replace phoneNumbers[type eq "work"].value on a user without phoneNumbers creates the list', () => {
    const r = patch(bareUser(), { op: 'Replace', path: 'phoneNumbers[type eq "work"].value', value: '555-0100' });
    expect(r.resource).toEqual({ ...bareUser(), phoneNumbers: [{ type: 'work', value: '555-0100' }] });
    expect(r.changed).toEqual(['phoneNumbers']);
  });

  it.each([
    ['False', false],
    ['True', true],
    ['false', false],
    ['TRUE', true],
    [' false ', false],
    [false, false],
  ])('disable/enable: Replace active %j -> %j', (value, want) => {
    const r = patch({ ...storedUser(), active: !want }, { op: 'Replace', path: 'active', value });
    expect(r.resource).toEqual({ ...storedUser(), active: want });
    expect(r.changed).toEqual(['active']);
  });

  it('rancher#54025: Add active "False" disables', () => {
    const r = patch(storedUser(), { op: 'Add', path: 'active', value: 'False' });
    expect(r.resource.active).toBe(false);
  });

  it('SCIMDEV Example 5: Add unqualified manager as [{$ref, value}] -> enterprise manager object', () => {
    const ref = 'http://localhost/scim/Users/00aa00aa-bb11-cc22-dd33-44ee44ee44ee';
    const r = patch(storedUser(), {
      op: 'Add',
      path: 'manager',
      value: [{ $ref: ref, value: '00aa00aa-bb11-cc22-dd33-44ee44ee44ee' }],
    });
    expect(r.resource).toEqual({
      ...storedUser(),
      [ENT]: {
        employeeNumber: '701984',
        department: 'Sales',
        manager: { value: '00aa00aa-bb11-cc22-dd33-44ee44ee44ee', $ref: ref },
      },
    });
    expect(r.resource).not.toHaveProperty('manager');
    expect(r.changed).toEqual([`${ENT}:manager`]);
  });

  it('SCIM-SDK#686: add URN manager as a bare string id -> { value }', () => {
    const r = patch(storedUser(), {
      op: 'add',
      path: `${ENT}:manager`,
      value: '2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2',
    });
    expect(r.resource[ENT]).toEqual({
      employeeNumber: '701984',
      department: 'Sales',
      manager: { value: '2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2' },
    });
  });

  it('a new manager id replaces the whole manager (no stale $ref); {value} form accepted', () => {
    const user = { ...storedUser(), [ENT]: { manager: { value: 'old', $ref: '../Users/old', displayName: 'Old' } } };
    const r = patch(user, { op: 'Replace', path: 'manager', value: { value: 'new' } });
    expect(r.resource[ENT]).toEqual({ manager: { value: 'new' } });
  });

  it('manager on a user without enterprise data creates the extension and lists it in schemas', () => {
    const r = patch(bareUser(), { op: 'Add', path: 'manager', value: 'm-1' });
    expect(r.resource).toEqual({ ...bareUser(), schemas: [USER_SCHEMA, ENT], [ENT]: { manager: { value: 'm-1' } } });
  });

  it('CUSTOM roles PATCH: the role object is a JSON-encoded string inside value', () => {
    const role = '{"id":"06b07648-ecfe-589f-9d2f-6325724a46ee","value":"25","displayName":"Role1234"}';
    const r = patch(storedUser(), { op: 'Add', path: 'roles', value: [{ value: role }] });
    expect(r.resource).toEqual({ ...storedUser(), roles: [{ value: '25', display: 'Role1234' }] });
    expect(r.changed).toEqual(['roles']);
    expect(r.ignored).toEqual(['roles.id']);
  });

  it('CUSTOM AppRoleAssignmentsComplex only adds: the same role twice is stored once', () => {
    const role = '{"id":"06b0","value":"25","displayName":"Role1234"}';
    const once = patch(storedUser(), { op: 'Add', path: 'roles', value: [{ value: role }] }).resource;
    const twice = patch(once, { op: 'Add', path: 'roles', value: [{ value: role }] });
    expect(twice.resource.roles).toEqual([{ value: '25', display: 'Role1234' }]);
    expect(twice.changed).toEqual([]);
  });

  it('CUSTOM AssertiveAppRoleAssignmentsComplex: replace roles replaces the whole list', () => {
    const user = { ...storedUser(), roles: [{ value: 'Old', type: 'WindowsAzureActiveDirectoryRole' }] };
    const r = patch(user, {
      op: 'replace',
      path: 'roles',
      value: [
        { primary: false, type: 'WindowsAzureActiveDirectoryRole', display: 'User', value: 'User' },
        { primary: false, type: 'WindowsAzureActiveDirectoryRole', display: 'Admin', value: 'Admin' },
      ],
    });
    expect(r.resource.roles).toEqual([
      { primary: false, type: 'WindowsAzureActiveDirectoryRole', display: 'User', value: 'User' },
      { primary: false, type: 'WindowsAzureActiveDirectoryRole', display: 'Admin', value: 'Admin' },
    ]);
  });

  it('custom extension attributes (egnyte URN, not in schemas yet), with string booleans', () => {
    const r = patch(
      storedUser(),
      { op: 'Add', path: `${EGNYTE}:authType`, value: 'sso' },
      { op: 'Replace', path: `${EGNYTE}:sendInvite`, value: 'True' },
    );
    expect(r.resource).toEqual({
      ...storedUser(),
      schemas: [USER_SCHEMA, ENT, EGNYTE],
      [EGNYTE]: { authType: 'sso', sendInvite: true },
    });
    expect(r.changed).toEqual([`${EGNYTE}:authType`, `${EGNYTE}:sendInvite`]);
  });
});

describe('Entra user PATCH with aadOptscim062020 (§1.7)', () => {
  it('disable: replace active with a JSON boolean', () => {
    const r = patch(storedUser(), { op: 'replace', path: 'active', value: false });
    expect(r.resource).toEqual({ ...storedUser(), active: false });
  });

  it('add a single value: add nickName', () => {
    const r = patch(storedUser(), { op: 'add', path: 'nickName', value: 'Babs' });
    expect(r.resource).toEqual({ ...storedUser(), nickName: 'Babs' });
  });

  it.each(['replace', 'add'])('replace multiple: %s without path, dotted and URN-qualified keys', (op) => {
    const r = patch(
      storedUser(),
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'TestMhvaes@test.microsoft.com' },
      {
        op,
        value: {
          displayName: 'Bjfe',
          'name.givenName': 'Kkom',
          'name.familyName': 'Unua',
          [`${ENT}:employeeNumber`]: 'Aklq',
        },
      },
    );
    expect(r.resource).toEqual({
      ...storedUser(),
      displayName: 'Bjfe',
      name: { formatted: 'givenName familyName', familyName: 'Unua', givenName: 'Kkom' },
      emails: [
        { primary: true, type: 'work', value: 'TestMhvaes@test.microsoft.com' },
        { type: 'home', value: 'test.user@home.example' },
      ],
      [ENT]: { employeeNumber: 'Aklq', department: 'Sales' },
    });
    expect(r.resource).not.toHaveProperty(['name.givenName']);
    expect(r.changed).toEqual(['name.familyName', 'name.givenName', 'displayName', 'emails', `${ENT}:employeeNumber`]);
    expect(r.ignored).toEqual([]);
  });

  it('path-less value with an extension URN key and an object value merges attribute by attribute', () => {
    const r = patch(storedUser(), {
      op: 'replace',
      value: { [ENT]: { department: 'Retail', manager: 'm-2' }, active: 'False' },
    });
    expect(r.resource).toEqual({
      ...storedUser(),
      active: false,
      [ENT]: { employeeNumber: '701984', department: 'Retail', manager: { value: 'm-2' } },
    });
  });

  it('path-less replace of a complex singular attribute replaces only the given sub-attributes', () => {
    const r = patch(storedUser(), { op: 'replace', value: { name: { givenName: 'Kkom', middleName: 'M' } } });
    expect(r.resource.name).toEqual({
      formatted: 'givenName familyName',
      familyName: 'familyName',
      givenName: 'Kkom',
      middleName: 'M',
    });
    expect(r.changed).toEqual(['name.givenName', 'name.middleName']);
  });

  it('path equal to an extension URN with an object value', () => {
    const r = patch(storedUser(), { op: 'add', path: ENT, value: { division: 'EMEA', employeeNumber: '42' } });
    expect(r.resource[ENT]).toEqual({ employeeNumber: '42', department: 'Sales', division: 'EMEA' });
  });
});
