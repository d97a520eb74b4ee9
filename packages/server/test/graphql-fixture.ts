import { EGNYTE_USER_SCHEMA } from '@scimdesk/scim';
import type { AdminRole } from '../src/admins/admin.entity.js';
import { createAdmin } from '../src/admins/admin.service.js';
import { type GqlClient, gqlClient, signedInClient } from './graphql-client.js';
import type { TestServer, TestTenant } from './harness.js';

export const PASSWORD = 'pw-for-tests-only';
export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export interface TenantFixture {
  t: TestTenant;
  owner: GqlClient;
  userId: string;
  groupId: string;
  scimTokenId: string;
  apiTokenId: string;
}

/** An admin account made the way the CLI makes one. */
export async function addAdmin(
  server: TestServer,
  t: TestTenant,
  userName: string,
  role: AdminRole,
  platformOwner = false,
) {
  const em = server.rt.db.orm.em.fork();
  return createAdmin(server.rt.services, em, t.tenant, { userName, role, password: PASSWORD, platformOwner });
}

export async function scimUser(
  server: TestServer,
  t: TestTenant,
  userName: string,
  extra: Record<string, unknown> = {},
) {
  const res = await server.scim(t, 'POST', '/Users', {
    schemas: [USER],
    userName,
    externalId: `ext-${userName}`,
    displayName: `${userName} Display`,
    name: { givenName: userName.split('.')[0], familyName: 'Tester' },
    emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
    [EGNYTE_USER_SCHEMA]: { authType: 'sso', idpUserId: `${userName}@idp` },
    ...extra,
  });
  if (res.status !== 201) throw new Error(`user ${userName}: ${res.status} ${JSON.stringify(res.body)}`);
  return String(res.body.id);
}

/** A tenant with an owner session, a user in a group, a SCIM token and an API token, whose ids the tests aim at. */
export async function tenantFixture(
  server: TestServer,
  slug: string,
  rules: 'egnyte' | 'standard',
): Promise<TenantFixture> {
  const t = await server.addTenant(slug, { rules, sso: true });
  const owner = await signedInClient(server, t.adminUserName, PASSWORD);
  const userId = await scimUser(server, t, `user.${slug}`);
  const g = await server.scim(t, 'POST', '/Groups', {
    schemas: [GROUP],
    displayName: `group-${slug}`,
    members: [{ value: userId }],
  });
  const tokens = await owner(`{ scimTokens(tenant: "${slug}") { id } }`);
  const api = await owner(`mutation { createApiToken(tenant: "${slug}") { token { id } secret } }`);
  return {
    t,
    owner,
    userId,
    groupId: String(g.body.id),
    scimTokenId: tokens.data.scimTokens[0].id,
    apiTokenId: api.data.createApiToken.token.id,
  };
}

export const anonymous = (server: TestServer) => gqlClient(server);
