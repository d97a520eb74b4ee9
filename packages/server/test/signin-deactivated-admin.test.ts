import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const off = { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] };

/**
 * Issue 11 item 8: a tenant admin whose tied user the IdP deactivated (or deleted) may not sign in to
 * that tenant, nor keep acting there with a session made before, also when it is the platform owner.
 */
describe('a deactivated tenant admin and the dashboard', () => {
  let server: TestServer;
  let a: TestTenant;
  let b: TestTenant;

  const userId = async (t: TestTenant, userName: string) => {
    const res = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
    expect(res.body.totalResults).toBe(1);
    return String(res.body.Resources[0].id);
  };
  const slugs = (me: { memberships: { tenant: { slug: string }; role: string }[] } | null) =>
    Object.fromEntries((me?.memberships ?? []).map((m) => [m.tenant.slug, m.role]));
  const ME = '{ me { platformOwner memberships { role tenant { slug } } } }';

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    a = await server.addTenant('deact-a', { rules: 'egnyte', sso: true });
    b = await server.addTenant('deact-b', { rules: 'egnyte', sso: true });
  });
  afterAll(async () => server?.close());

  it('an admin deactivated by SCIM cannot sign in, and its open session loses the tenant at once', async () => {
    await addAdmin(server, a, 'gone.admin', 'owner');
    const before = await signedInClient(server, 'gone.admin', PASSWORD);
    expect(slugs((await before(ME)).data.me)).toEqual({ 'deact-a': 'OWNER' });
    const id = await userId(a, 'gone.admin');
    expect((await server.scim(a, 'PATCH', `/Users/${id}`, off)).status).toBe(204);

    const again = await gqlClient(server)(
      `mutation { signIn(userName: "gone.admin", password: "${PASSWORD}") { csrfToken } }`,
    );
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.headers.getSetCookie()).toEqual([]);
    expect((await before(ME)).data.me).toBeNull();
    expect(codeOf(await before('{ users(tenant: "deact-a") { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('an admin of two tenants deactivated in one keeps only the other', async () => {
    await addAdmin(server, a, 'two.admin', 'owner');
    await addAdmin(server, b, 'two.admin', 'admin');
    expect((await server.scim(a, 'PATCH', `/Users/${await userId(a, 'two.admin')}`, off)).status).toBe(204);
    const c = await signedInClient(server, 'two.admin', PASSWORD);
    expect(slugs((await c(ME)).data.me)).toEqual({ 'deact-b': 'ADMIN' });
    expect(codeOf(await c('{ users(tenant: "deact-a") { totalCount } }'))).toBe('NOT_FOUND');
  });

  it('a platform owner deactivated in one tenant is no longer its owner; it stays owner of the others', async () => {
    // The platform-owner flag sits on the account in A; the same person also has an account in B.
    await addAdmin(server, a, 'plat.person', 'owner', true);
    await addAdmin(server, b, 'plat.person', 'owner');
    const c = await signedInClient(server, 'plat.person', PASSWORD);
    expect(slugs((await c(ME)).data.me)).toEqual({ 'deact-a': 'OWNER', 'deact-b': 'OWNER' });

    expect((await server.scim(b, 'PATCH', `/Users/${await userId(b, 'plat.person')}`, off)).status).toBe(204);
    const me = (await c(ME)).data.me;
    expect(me.platformOwner).toBe(true);
    expect(slugs(me)).toEqual({ 'deact-a': 'OWNER' });
    expect(codeOf(await c('{ users(tenant: "deact-b") { totalCount } }'))).toBe('NOT_FOUND');
    const fresh = await signedInClient(server, 'plat.person', PASSWORD);
    expect(slugs((await fresh(ME)).data.me)).toEqual({ 'deact-a': 'OWNER' });

    // Deleted rather than deactivated: the same.
    expect((await server.scim(b, 'DELETE', `/Users/${await userId(b, 'plat.person')}`)).status).toBe(204);
    expect(slugs((await c(ME)).data.me)).toEqual({ 'deact-a': 'OWNER' });
  });
});
