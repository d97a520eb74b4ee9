import { describe, expect, it } from 'vitest';
import { EGNYTE_USER_SCHEMA } from '../schemas/egnyte-user.js';
import { ENTERPRISE_USER_SCHEMA } from '../schemas/enterprise-user.js';
import { GROUP_SCHEMA } from '../schemas/group.js';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import entraGroup from './fixtures/entra-create-group.json' with { type: 'json' };
import entraUser from './fixtures/entra-create-user.json' with { type: 'json' };
import entraUserExtended from './fixtures/entra-create-user-extended.json' with { type: 'json' };
import postmanEmp1 from './fixtures/ms-postman-emp1-string-true.json' with { type: 'json' };
import postmanEnterprise from './fixtures/ms-postman-enterprise-user.json' with { type: 'json' };
import postmanPutGroup from './fixtures/ms-postman-put-group.json' with { type: 'json' };
import { normalizeResource } from './normalize.js';

/** Request bodies as Entra ID and Microsoft's SCIM Postman collection send them. */

const create = { mode: 'create' } as const;

describe('normalizeResource: Entra ID bodies', () => {
  it('stores the SCIMDEV POST /Users body (azure.md 1.4) without meta, with the unused extension dropped', () => {
    const { resource, ignored } = normalizeResource(entraUser, userResourceType, create);
    expect(resource).toEqual({
      schemas: [USER_SCHEMA],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName: 'Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee',
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
      active: true,
      emails: [{ value: 'Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com', type: 'work', primary: true }],
      roles: [],
    });
    expect(ignored).toEqual([]);
  });

  // SCIMDEV sample-code Example 2 (nulls, the `enterprise:2.0User` typo) with the custom
  // extension as CUSTOM shows it (URN not in `schemas`) and the bare manager id of SCIM-SDK#686.
  it('accepts "active":"True", nulls, a bare manager id and custom extension data not listed in schemas', () => {
    const { resource, ignored } = normalizeResource(entraUserExtended, userResourceType, create);
    expect(resource).toEqual({
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA, EGNYTE_USER_SCHEMA],
      externalId: '60f8b1d2-5c44-4c3e-a7a5-5a8a4f1f2b11',
      userName: 'jdoe@contoso.com',
      name: { familyName: 'Doe', givenName: 'Jane' },
      displayName: 'Jane Doe',
      preferredLanguage: 'en-US',
      active: true,
      emails: [{ value: 'jdoe@contoso.com', type: 'work', primary: true }],
      [ENTERPRISE_USER_SCHEMA]: {
        employeeNumber: '701984',
        department: 'Sales',
        manager: { value: '2c2f6fb8-254f-492e-b7fe-c09c5a61c8a2' },
      },
      [EGNYTE_USER_SCHEMA]: { authType: 'SSO', sendInvite: false, idpUserId: 'jdoe@contoso.com' },
    });
    expect(resource).not.toHaveProperty('addresses');
    expect(resource).not.toHaveProperty('title');
    expect(ignored).toEqual([]);
  });

  it('stores the SCIMDEV POST /Groups body with the ADSCIM schema URI', () => {
    const { resource, ignored } = normalizeResource(entraGroup, groupResourceType, create);
    expect(resource).toEqual({
      schemas: [GROUP_SCHEMA],
      externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
      displayName: 'displayName',
    });
    expect(ignored).toEqual([]);
  });

  it('accepts the manager as a one-element list of { $ref, value } (SCIMDEV Example 5 shape)', () => {
    const body = {
      userName: 'a',
      [ENTERPRISE_USER_SCHEMA]: {
        manager: [{ $ref: 'https://x/scim/Users/00aa', value: '00aa', displayName: 'Boss' }],
      },
    };
    const { resource } = normalizeResource(body, userResourceType, create);
    expect(resource[ENTERPRISE_USER_SCHEMA]).toEqual({ manager: { value: '00aa', $ref: 'https://x/scim/Users/00aa' } });
  });

  it('stores AppRoleAssignmentsComplex roles, whose objects say displayName for display', () => {
    const body = {
      userName: 'a',
      roles: [
        { primary: false, type: 'WindowsAzureActiveDirectoryRole', displayName: 'Admin', value: 'Admin' },
        { primary: false, type: 'WindowsAzureActiveDirectoryRole', displayName: 'User', value: 'User' },
      ],
    };
    const { resource, ignored } = normalizeResource(body, userResourceType, create);
    expect(resource.roles).toEqual([
      { value: 'Admin', display: 'Admin', type: 'WindowsAzureActiveDirectoryRole', primary: false },
      { value: 'User', display: 'User', type: 'WindowsAzureActiveDirectoryRole', primary: false },
    ]);
    expect(ignored).toEqual([]);
  });
});

describe('normalizeResource: Microsoft SCIM Postman collection bodies', () => {
  it('"Post EnterpriseUser": capitalised Primary, Department and Manager.Value are schema-cased', () => {
    const { resource, ignored } = normalizeResource(postmanEnterprise, userResourceType, create);
    expect(resource.schemas).toEqual([USER_SCHEMA, ENTERPRISE_USER_SCHEMA]);
    expect(resource.emails).toEqual([
      { value: 'testing@bob2.com', type: 'work', primary: true },
      { value: 'testinghome@bob3.com', type: 'home', primary: false },
    ]);
    expect(resource[ENTERPRISE_USER_SCHEMA]).toEqual({ department: 'bob', manager: { value: 'SuzzyQ' } });
    expect(ignored).toEqual([]);
  });

  it('"Post emp1 with string True": active becomes true, nulls inside addresses are dropped', () => {
    const { resource, ignored } = normalizeResource(postmanEmp1, userResourceType, create);
    expect(resource.active).toBe(true);
    expect(resource.addresses).toEqual([
      {
        formatted: '9132 Jennifer Way Suite 040\nSouth Nancy, MI 55645',
        streetAddress: '4939 Hess Fork',
        locality: 'West Mercedes',
        region: 'Montana',
        postalCode: '99265',
        country: 'Bermuda',
        type: 'work',
        primary: false,
      },
      { formatted: '18522 Lisa Unions\nEast Gregory, CT 52311', type: 'other', primary: false },
    ]);
    // Two work emails are stored as sent: type uniqueness is Entra's rule for its own mappings.
    expect(resource.emails).toEqual([
      { value: 'anna33@gmail.com', type: 'work', primary: true },
      { value: 'anna33@example.com', type: 'work', primary: false },
    ]);
    expect(resource.name).toEqual({ formatted: 'Daniel Mcgee', familyName: 'Employee', givenName: 'Darl' });
    expect(resource).not.toHaveProperty('meta');
    expect(ignored).toEqual([]);
  });

  it('"Put replace group3": id is dropped, members keep the display the client sent', () => {
    const { resource, ignored } = normalizeResource(postmanPutGroup, groupResourceType, { mode: 'replace' });
    expect(resource).toEqual({
      schemas: [GROUP_SCHEMA],
      displayName: 'putName',
      members: [
        { value: '{{id3}}', display: 'VP' },
        { value: '{{id4}}', display: 'SenorVP' },
      ],
    });
    expect(ignored).toEqual([]);
  });
});
