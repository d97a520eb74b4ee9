import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const off = { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] };

/**
 * Issue 11 item 8: a SCIM token whose owner was deactivated or deleted is named in the health warnings
 * (which token, whose owner, what state; "can no longer provision" when no token works), its owner's
 * state is in GraphQL, and such an owner is not offered nor accepted for a new token.
 */
describe('SCIM tokens whose owner can no longer act', () => {
  let server: TestServer;
  let t: TestTenant;
  let owner: GqlClient;
  let brokenId = '';
  const slug = 'tok-owner';

  const health = async () =>
    (await owner(`{ health(tenant: "${slug}") { code message tokenId } }`)).data.health as {
      code: string;
      message: string;
      tokenId: string | null;
    }[];
  const tokens = async () =>
    (await owner(`{ scimTokens(tenant: "${slug}") { id description owner state ownerState } }`)).data.scimTokens as {
      id: string;
      description: string | null;
      owner: string;
      state: string;
      ownerState: string;
    }[];
  const aliceUserId = async () => {
    const res = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent('userName eq "alice.admin"')}`);
    return String(res.body.Resources[0].id);
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    t = await server.addTenant(slug, { rules: 'egnyte', sso: true });
    await addAdmin(server, t, 'alice.admin', 'owner');
    owner = await signedInClient(server, t.adminUserName, PASSWORD);
    const made = await owner(
      `mutation { createScimToken(tenant: "${slug}", input: { ownerUserName: "alice.admin", description: "Entra ID" }) { token { id state ownerState } } }`,
    );
    expect(made.data.createScimToken.token).toMatchObject({ state: 'ACTIVE', ownerState: 'ACTIVE' });
    brokenId = made.data.createScimToken.token.id;
  });
  afterAll(async () => server?.close());

  it('before: every owner is active, offered in the admin list, and no token warning', async () => {
    const admins = await owner(`{ admins(tenant: "${slug}") { userName state } }`);
    expect(admins.data.admins).toEqual([
      { userName: t.adminUserName, state: 'ACTIVE' },
      { userName: 'alice.admin', state: 'ACTIVE' },
    ]);
    expect((await health()).map((w) => w.code)).not.toContain('TOKEN_OWNER_INACTIVE');
  });

  it('owner deactivated while another token works: the token, its owner and its state are named', async () => {
    expect((await server.scim(t, 'PATCH', `/Users/${await aliceUserId()}`, off)).status).toBe(204);
    const broken = (await tokens()).find((x) => x.id === brokenId);
    expect(broken).toEqual({
      id: brokenId,
      description: 'Entra ID',
      owner: 'alice.admin',
      state: 'OWNER_INACTIVE',
      ownerState: 'DEACTIVATED',
    });
    const [first] = await health();
    expect(first.code).toBe('TOKEN_OWNER_INACTIVE');
    expect(first.tokenId).toBe(brokenId);
    expect(first.message).toBe(
      `SCIM token “Entra ID” (${brokenId.slice(0, 8)}) stopped working because its owner alice.admin was deactivated (the user alice.admin in this tenant is inactive): an IdP still using it can no longer provision this tenant (SCIM requests with it answer 401). Give the IdP a working token.`,
    );
    const admins = await owner(`{ admins(tenant: "${slug}") { userName state } }`);
    expect(admins.data.admins).toContainEqual({ userName: 'alice.admin', state: 'DEACTIVATED' });
  });

  it('an inactive owner is refused for a new SCIM token and API token', async () => {
    const scim = await owner(
      `mutation { createScimToken(tenant: "${slug}", input: { ownerUserName: "Alice.Admin" }) { secret } }`,
    );
    expect(codeOf(scim)).toBe('BAD_USER_INPUT');
    expect(scim.errors?.[0].message).toBe(
      'alice.admin is deactivated in this tenant (its user is inactive): a token it owns would not work. Pick an active owner.',
    );
    const api = await owner(
      `mutation { createApiToken(tenant: "${slug}", input: { adminUserName: "alice.admin" }) { secret } }`,
    );
    expect(codeOf(api)).toBe('BAD_USER_INPUT');
    expect((await tokens()).filter((x) => x.owner === 'alice.admin')).toHaveLength(1);
  });

  it('owner deleted, then no token works: "can no longer provision", first of the warnings', async () => {
    expect((await server.scim(t, 'DELETE', `/Users/${await aliceUserId()}`)).status).toBe(204);
    expect((await tokens()).find((x) => x.id === brokenId)?.ownerState).toBe('DELETED');
    const admins = await owner(`{ admins(tenant: "${slug}") { userName state } }`);
    expect(admins.data.admins).toContainEqual({ userName: 'alice.admin', state: 'DELETED' });
    const working = (await tokens()).filter((x) => x.state === 'ACTIVE');
    for (const w of working) await owner(`mutation { revokeScimToken(tenant: "${slug}", id: "${w.id}") { state } }`);
    const warnings = await health();
    expect(warnings[0]).toEqual({
      code: 'TOKEN_OWNER_INACTIVE',
      tokenId: brokenId,
      message: `This tenant's IdP can no longer provision: no SCIM token works. SCIM token “Entra ID” (${brokenId.slice(0, 8)}) stopped working because its owner alice.admin was deleted (the user alice.admin is gone from this tenant), so SCIM requests with it answer 401. Generate a token owned by an active service account and give it to the IdP.`,
    });
    // Revoked tokens are history, not a warning.
    expect(warnings.filter((w) => w.code === 'TOKEN_OWNER_INACTIVE')).toHaveLength(1);
  });
});
