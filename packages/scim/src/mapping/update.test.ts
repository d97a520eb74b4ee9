import { describe, expect, it } from 'vitest';
import { buildCreate } from './build.js';
import { compileObjectMapping } from './compile.js';
import { REDACTED } from './outcome.js';
import { defaultGroupMapping } from './presets/seed.js';
import type { AttributeMapping, ObjectMapping } from './types.js';
import { planUpdate } from './update.js';

const key: AttributeMapping = {
  kind: 'direct',
  source: 'userPrincipalName',
  target: 'userName',
  apply: 'always',
  matchingPrecedence: 1,
};
const users = (...mappings: AttributeMapping[]) =>
  compileObjectMapping('user', { enabled: true, actions: { create: true, update: true, delete: true }, mappings });
const src = { userPrincipalName: 'ann@contoso.com' };

describe('group members', () => {
  const groups = compileObjectMapping('group', defaultGroupMapping);
  const ids: Record<string, string> = { u1: 't1', u2: 't2', u3: 't3' };
  const ctx = { resolveReference: (_attr: string, id: string) => ids[id] ?? null };

  it('translates member ids to target ids and drops members not provisioned yet', () => {
    const r = buildCreate(groups, { objectId: 'g1', displayName: 'Sales', members: ['u1', 'u2', 'ux'] }, ctx);
    expect(r.resource).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Sales',
      externalId: 'g1',
      members: [{ value: 't1' }, { value: 't2' }],
    });
  });

  it('adds missing members in one operation and removes extra ones with Entra filter paths', () => {
    const current = {
      displayName: 'Sales',
      externalId: 'g1',
      members: [{ value: 't1' }, { value: 't9', display: 'Old' }],
    };
    const plan = planUpdate(
      groups,
      { objectId: 'g1', displayName: 'Sales', members: ['u1', 'u2', 'u3'] },
      current,
      ctx,
    );
    expect(plan.operations).toEqual([
      { op: 'add', path: 'members', value: [{ value: 't2' }, { value: 't3' }] },
      { op: 'remove', path: 'members[value eq "t9"]' },
    ]);
  });

  it('renames a group with a replace of displayName', () => {
    const plan = planUpdate(
      groups,
      { objectId: 'g1', displayName: 'Sales EU', members: [] },
      { displayName: 'Sales', externalId: 'g1' },
      ctx,
    );
    expect(plan.operations).toEqual([{ op: 'replace', path: 'displayName', value: 'Sales EU' }]);
  });
});

describe('roles', () => {
  const roles = { appRoleAssignments: [{ value: 'Admin', displayName: 'Administrator' }, 'User'] };
  const role = (v: string) => ({ primary: false, type: 'WindowsAzureActiveDirectoryRole', display: v, value: v });

  it('AppRoleAssignmentsComplex posts every role and later only adds missing ones', () => {
    const com = users(key, {
      kind: 'expression',
      source: 'AppRoleAssignmentsComplex([appRoleAssignments])',
      target: 'roles',
      apply: 'always',
    });
    expect(buildCreate(com, { ...src, ...roles }).resource.roles).toEqual([role('Admin'), role('User')]);
    const plan = planUpdate(
      com,
      { ...src, ...roles },
      { userName: 'ann@contoso.com', roles: [role('Admin'), role('Old')] },
    );
    expect(plan.operations).toEqual([{ op: 'add', path: 'roles', value: [role('User')] }]);
  });

  it('AssertiveAppRoleAssignmentsComplex replaces the roles, removing unassigned ones', () => {
    const com = users(key, {
      kind: 'expression',
      source: 'AssertiveAppRoleAssignmentsComplex([appRoleAssignments])',
      target: 'roles',
      apply: 'always',
    });
    const plan = planUpdate(
      com,
      { ...src, ...roles },
      { userName: 'ann@contoso.com', roles: [role('Admin'), role('Old')] },
    );
    expect(plan.operations).toEqual([{ op: 'replace', path: 'roles', value: [role('Admin'), role('User')] }]);
    const none = planUpdate(
      com,
      { ...src, appRoleAssignments: [] },
      { userName: 'ann@contoso.com', roles: [role('Admin')] },
    );
    expect(none.operations).toEqual([{ op: 'replace', path: 'roles', value: [] }]);
  });
});

describe('values', () => {
  it('uses the default value at creation only', () => {
    const com = users(key, {
      kind: 'direct',
      source: 'jobTitle',
      target: 'title',
      apply: 'always',
      defaultValue: 'Staff',
    });
    expect(buildCreate(com, src).resource.title).toBe('Staff');
    expect(buildCreate(com, src).outcomes[1].status).toBe('default');
    expect(planUpdate(com, src, { userName: 'ann@contoso.com', title: 'Boss' }).operations).toEqual([]);
  });

  it('drops the attribute when IgnoreFlowIfNullOrEmpty says so', () => {
    const com = users(key, {
      kind: 'expression',
      source: 'IgnoreFlowIfNullOrEmpty([department])',
      target: 'title',
      apply: 'always',
    });
    const r = buildCreate(com, src);
    expect(r.resource.title).toBeUndefined();
    expect(r.outcomes[1].status).toBe('ignored');
  });

  it('reports a value the target type cannot take, and leaves it out', () => {
    const com = users(key, { kind: 'direct', source: 'flag', target: 'active', apply: 'always' });
    const r = buildCreate(com, { ...src, flag: 'maybe' });
    expect(r.ok).toBe(false);
    expect(r.resource.active).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'MAP_INVALID_VALUE', mapping: 1 })]);
  });

  it('writes a multi-valued value to a single-valued target as its first value, with a warning', () => {
    const com = users(key, {
      kind: 'expression',
      source: 'Split([aliases], ",")',
      target: 'nickName',
      apply: 'always',
    });
    const r = buildCreate(com, { ...src, aliases: 'annie,an' });
    expect(r.resource.nickName).toBe('annie');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'MAP_MULTI_TO_SINGLE', severity: 'warning' })]);
  });

  it('writes several filtered paths into the same multi-valued attribute', () => {
    const com = users(
      key,
      { kind: 'direct', source: 'telephoneNumber', target: 'phoneNumbers[type eq "work"].value', apply: 'always' },
      { kind: 'direct', source: 'mobile', target: 'phoneNumbers[type eq "mobile"].value', apply: 'always' },
      { kind: 'direct', source: 'postalCode', target: 'addresses[type eq "work"].postalCode', apply: 'always' },
      { kind: 'direct', source: 'city', target: 'addresses[type eq "work"].locality', apply: 'always' },
    );
    const r = buildCreate(com, {
      ...src,
      telephoneNumber: '+1 555',
      mobile: '+1 666',
      postalCode: '02108',
      city: 'Boston',
    });
    expect(r.resource.phoneNumbers).toEqual([
      { type: 'work', value: '+1 555' },
      { type: 'mobile', value: '+1 666' },
    ]);
    expect(r.resource.addresses).toEqual([{ type: 'work', postalCode: '02108', locality: 'Boston' }]);
    const plan = planUpdate(
      com,
      { ...src, telephoneNumber: '+1 555', mobile: '+1 777', postalCode: '02108', city: 'Boston' },
      r.resource,
    );
    expect(plan.operations).toEqual([{ op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 777' }]);
  });

  it('writes the enterprise manager as a reference, translated to the target id', () => {
    const ent = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
    const com = users(key, { kind: 'direct', source: 'manager', target: `${ent}:manager`, apply: 'always' });
    const ctx = { resolveReference: (_a: string, id: string) => (id === 'm1' ? 'tm1' : null) };
    const r = buildCreate(com, { ...src, manager: 'm1' }, ctx);
    expect(r.resource[ent]).toEqual({ manager: { value: 'tm1' } });
    expect(
      planUpdate(
        com,
        { ...src, manager: 'm1' },
        { ...src, userName: src.userPrincipalName, [ent]: { manager: { value: 'tm1' } } },
        ctx,
      ).operations,
    ).toEqual([]);
    expect(
      planUpdate(com, { ...src, manager: 'm1' }, { userName: src.userPrincipalName, [ent]: { manager: 'tm0' } }, ctx)
        .operations,
    ).toEqual([{ op: 'replace', path: `${ent}:manager`, value: 'tm1' }]);
  });

  it('shows [Redact] instead of the value of a mapping that calls Redact', () => {
    const com = users(key, {
      kind: 'expression',
      source: 'Redact([employeeId])',
      target: 'externalId',
      apply: 'always',
    });
    const r = buildCreate(com, { ...src, employeeId: 'E-1' });
    expect(r.resource.externalId).toBe('E-1');
    expect(r.outcomes[1].value).toBe(REDACTED);
  });
});

describe('source objects', () => {
  it('ignores a mapping set that would write the same object twice: create-only ones do not update', () => {
    const om: ObjectMapping = {
      enabled: true,
      actions: { create: true, update: true, delete: true },
      mappings: [key, { kind: 'constant', source: 'power', target: 'userType', apply: 'createOnly' }],
    };
    const com = compileObjectMapping('user', om);
    expect(planUpdate(com, src, { userName: 'ann@contoso.com', userType: 'standard' }).body).toBeNull();
  });
});

describe('SelectUniqueValue', () => {
  const com = users(key, {
    kind: 'expression',
    source:
      'SelectUniqueValue(Join("@", NormalizeDiacritics(StripSpaces(Join(".", [givenName], [surname]))), "contoso.com"), Join("@", NormalizeDiacritics(StripSpaces(Join(".", Mid([givenName], 1, 1), [surname]))), "contoso.com"))',
    target: 'emails[type eq "work"].value',
    apply: 'createOnly',
  });
  const taken = new Set(['John.Smith@contoso.com']);
  const checked: string[] = [];
  const ctx = {
    isUniqueAt: (target: string, value: string) => {
      checked.push(`${target}=${value}`);
      return !taken.has(value);
    },
  };

  it('asks the engine about the mapping target and takes the first unique value', () => {
    const r = buildCreate(com, { ...src, givenName: 'John', surname: 'Smith' }, ctx);
    expect(r.resource.emails).toEqual([{ type: 'work', value: 'J.Smith@contoso.com' }]);
    expect(checked).toEqual([
      'emails[type eq "work"].value=John.Smith@contoso.com',
      'emails[type eq "work"].value=J.Smith@contoso.com',
    ]);
  });

  it('fails the object (for escrow) when no value is unique', () => {
    taken.add('J.Smith@contoso.com');
    const r = buildCreate(com, { ...src, givenName: 'John', surname: 'Smith' }, ctx);
    expect(r.ok).toBe(false);
    expect(r.outcomes[1].status).toBe('error');
    expect(r.diagnostics.map((d) => d.code)).toContain('EXPR_NO_UNIQUE_VALUE');
  });
});
