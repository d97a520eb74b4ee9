import { describe, expect, it } from 'vitest';
import { buildCreate } from './build.js';
import { compileMappingSet } from './compile.js';
import { EGNYTE, ENTRA_USER } from './fixtures.js';
import { seedPreset } from './presets/seed.js';
import { planUpdate } from './update.js';

const set = compileMappingSet(seedPreset);

describe('the seed preset', () => {
  it('compiles without diagnostics', () => {
    expect(set.diagnostics).toEqual([]);
    expect(set.ok).toBe(true);
  });

  it('turns a sample Entra user into the POST body of the seed', () => {
    const r = buildCreate(set.user, ENTRA_USER);
    expect(r.ok).toBe(true);
    expect(r.resource).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', EGNYTE],
      userName: 'John.Doe',
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      active: true,
      name: { givenName: 'John', familyName: 'Doe' },
      emails: [{ type: 'work', value: 'john.doe@contoso.com' }],
      userType: 'power',
      [EGNYTE]: {
        idpUserId: 'John.Doe@contoso.com',
        email: 'john.doe@contoso.com',
        emailChangeImmediate: true,
        authType: 'sso',
        sendInvite: false,
      },
    });
    expect(r.outcomes.map((o) => o.status)).toEqual(Array(12).fill('set'));
  });

  it('falls back to the userPrincipalName without mail, and leaves out null attributes', () => {
    const { mail: _, givenName: __, ...rest } = ENTRA_USER;
    const r = buildCreate(set.user, rest);
    expect(r.resource.emails).toEqual([{ type: 'work', value: 'John.Doe@contoso.com' }]);
    expect(r.resource.name).toEqual({ familyName: 'Doe' });
    expect(r.outcomes[3]).toMatchObject({ target: 'name.givenName', status: 'empty' });
  });

  it('maps IsSoftDeleted (or accountEnabled false) to active false', () => {
    expect(buildCreate(set.user, { ...ENTRA_USER, accountEnabled: false }).resource.active).toBe(false);
    expect(buildCreate(set.user, { ...ENTRA_USER, IsSoftDeleted: true }).resource.active).toBe(false);
    expect(buildCreate(set.user, { ...ENTRA_USER, IsSoftDeleted: 'False' }).resource.active).toBe(true);
  });

  it('strips #EXT# from a guest userPrincipalName', () => {
    const r = buildCreate(set.user, {
      ...ENTRA_USER,
      userPrincipalName: 'ann_fabrikam.com#EXT#@contoso.onmicrosoft.com',
    });
    expect(r.resource.userName).toBe('ann_fabrikam.com');
  });

  it('plans nothing against the resource it created', () => {
    const created = buildCreate(set.user, ENTRA_USER).resource;
    const plan = planUpdate(set.user, ENTRA_USER, created);
    expect(plan.body).toBeNull();
    expect(plan.outcomes.filter((o) => o.status === 'createOnly').map((o) => o.target)).toEqual([
      'userName',
      'emails[type eq "work"].value',
      'userType',
      `${EGNYTE}:authType`,
      `${EGNYTE}:sendInvite`,
    ]);
  });

  it('sends only changed always-mappings, never create-only ones and never nulls', () => {
    const created = buildCreate(set.user, ENTRA_USER).resource;
    const changed = {
      ...ENTRA_USER,
      surname: 'Smith',
      mail: 'john.smith@contoso.com',
      givenName: null,
      accountEnabled: false,
    };
    const plan = planUpdate(set.user, changed, created);
    expect(plan.body?.Operations).toEqual([
      { op: 'replace', path: 'active', value: false },
      { op: 'replace', path: 'name.familyName', value: 'Smith' },
      { op: 'replace', path: `${EGNYTE}:email`, value: 'john.smith@contoso.com' },
    ]);
    expect(plan.outcomes.find((o) => o.target === 'name.familyName')).toMatchObject({ old: 'Doe', value: 'Smith' });
  });

  it('compares with what the target stores, whatever its key case and boolean form', () => {
    const stored = {
      userName: 'john.doe',
      ExternalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      active: 'True',
      name: { GivenName: 'John', familyName: 'Doe' },
      [EGNYTE.toLowerCase()]: {
        idpUserId: 'John.Doe@contoso.com',
        email: 'john.doe@contoso.com',
        emailChangeImmediate: 'true',
      },
    };
    expect(planUpdate(set.user, ENTRA_USER, stored).body).toBeNull();
  });

  it('adds an attribute the target lacks with op add', () => {
    const plan = planUpdate(set.user, ENTRA_USER, { userName: 'John.Doe' });
    expect(plan.operations.every((o) => o.op === 'add')).toBe(true);
    expect(plan.operations.map((o) => o.path)).toContain('name.givenName');
  });
});
