import { ENTERPRISE_USER_SCHEMA } from '../schemas/enterprise-user.js';
import { GROUP_SCHEMA } from '../schemas/group.js';
import type { ScimResource } from '../schemas/types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import { PATCH_OP_SCHEMA } from './types.js';

/** Test data for the PATCH tests: canonical stored resources and a PatchOp body builder. */

export const ENT = ENTERPRISE_USER_SCHEMA;
export const EGNYTE = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

export function patchBody(...operations: unknown[]): Record<string, unknown> {
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

/** A user as POSTed by Entra (SCIMDEV "Create User") and stored by the server. */
export function storedUser(): ScimResource {
  return {
    schemas: [USER_SCHEMA, ENT],
    id: '5d48a0a8e9f04aa38008',
    externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
    userName: 'Test_User_00aa00aa@testuser.com',
    active: true,
    displayName: 'Test User',
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
    emails: [
      { primary: true, type: 'work', value: 'Test_User_11bb11bb@testuser.com' },
      { type: 'home', value: 'test.user@home.example' },
    ],
    [ENT]: { employeeNumber: '701984', department: 'Sales' },
    meta: {
      resourceType: 'User',
      created: '2025-01-01T00:00:00.000Z',
      lastModified: '2025-01-01T00:00:00.000Z',
      location: 'https://scim.example/scim/v2/Users/5d48a0a8e9f04aa38008',
    },
  };
}

/** A user with no work email, no extension data and no `name`. */
export function bareUser(): ScimResource {
  return {
    schemas: [USER_SCHEMA],
    id: 'bare-1',
    userName: 'bare@contoso.com',
    active: true,
    emails: [{ type: 'home', value: 'bare@home.example' }],
  };
}

/** A group as created by Entra (empty members) with three members added since. */
export function storedGroup(): ScimResource {
  return {
    schemas: [GROUP_SCHEMA],
    id: '40734ae655284ad3abcc',
    externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
    displayName: 'displayName',
    members: [
      { value: 'f648f8d5ea4e4cd38e9c', type: 'User' },
      { value: '7f4bc1a3-285e-48ae-8202-5accb43efb0e', type: 'User' },
      { value: 'a1b2c3d4e5f6a7b8c9d0', type: 'User' },
    ],
    meta: { resourceType: 'Group', created: '2025-01-01T00:00:00.000Z', lastModified: '2025-01-01T00:00:00.000Z' },
  };
}

/** Runs `fn` and returns the ScimError it throws (fails the test when it does not throw one). */
export { scimErrorOf } from '../testing.js';

/** Freezes a JSON value deeply so any mutation of a PATCH input throws in strict mode. */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}
