import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256hex } from '../src/auth/secrets.js';
import { codeOf, type GqlClient, gqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD, type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { CREATE_TENANT, OPS } from './graphql-ops.js';
import { type DbKind, startTestServer, type TestServer } from './harness.js';

/** Sign-in, sessions, CSRF, API tokens, roles and tenant isolation (SPEC S1, G1), on either database. */
export function defineAuthSuite(kind: DbKind): void {
  let server: TestServer;
  let a: TenantFixture;
  let b: TenantFixture;
  let viewer: GqlClient;
  const sa = () => a.t.tenant.slug;
  const sb = () => b.t.tenant.slug;

  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await tenantFixture(server, `auth-a-${kind}`, 'egnyte');
    b = await tenantFixture(server, `auth-b-${kind}`, 'standard');
    await addAdmin(server, a.t, 'vera.viewer', 'viewer');
    viewer = await signedInClient(server, 'vera.viewer', PASSWORD);
  });
  afterAll(async () => server?.close());

  it('signIn joins every tenant where the userName (any case) and password match; wrong ones are UNAUTHENTICATED', async () => {
    await addAdmin(server, a.t, 'multi.admin', 'admin');
    await addAdmin(server, b.t, 'Multi.Admin', 'viewer');
    const c = await signedInClient(server, 'MULTI.admin', PASSWORD);
    const me = await c('{ me { userName authMethod platformOwner memberships { role tenant { slug } } } }');
    expect(me.data.me.authMethod).toBe('SESSION');
    expect(me.data.me.platformOwner).toBe(false);
    const roles = Object.fromEntries(
      me.data.me.memberships.map((m: { role: string; tenant: { slug: string } }) => [m.tenant.slug, m.role]),
    );
    expect(roles).toEqual({ [sa()]: 'ADMIN', [sb()]: 'VIEWER' });
    const anon = gqlClient(server);
    const wrong = await anon('mutation { signIn(userName: "multi.admin", password: "nope") { csrfToken } }');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(codeOf(await anon('mutation { signIn(userName: "nobody", password: "x") { csrfToken } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('the session cookie is httpOnly and SameSite=Lax, the CSRF cookie readable; the session is stored hashed', async () => {
    const c = gqlClient(server);
    const res = await c(`mutation { signIn(userName: "${a.t.adminUserName}", password: "${PASSWORD}") { csrfToken } }`);
    const [session, csrf] = res.headers.getSetCookie();
    expect(session).toMatch(/^scimdesk_session=[\w-]{43};.*HttpOnly.*SameSite=Lax/i);
    expect(csrf).toMatch(/^scimdesk_csrf=[\w-]+;/);
    expect(csrf).not.toMatch(/HttpOnly/i);
    const secret = /^scimdesk_session=([\w-]+)/.exec(session)![1];
    const rows = await server.rt.db.orm.em.getConnection().execute('select id_hash from admin_session');
    expect(rows.map((r: { id_hash: string }) => r.id_hash)).not.toContain(secret);
  });

  it('mutations with a session cookie need the CSRF header; queries and API tokens do not', async () => {
    const c = await signedInClient(server, a.t.adminUserName, PASSWORD);
    const token = c.csrf;
    const mutation = `mutation { createApiToken(tenant: "${sa()}") { secret } }`;
    c.csrf = undefined;
    const missing = await c(mutation);
    expect(missing.status).toBe(403);
    expect(codeOf(missing)).toBe('CSRF');
    const wrong = await c(mutation, {}, { 'x-csrf-token': a.owner.csrf! });
    expect(codeOf(wrong)).toBe('CSRF');
    expect((await c(`{ tenant(slug: "${sa()}") { slug } }`)).errors).toBeUndefined();
    c.csrf = token;
    const ok = await c(mutation);
    expect(ok.errors).toBeUndefined();
    const api = gqlClient(server, { bearer: ok.data.createApiToken.secret });
    expect((await api(`mutation { createScimToken(tenant: "${sa()}") { secret } }`)).errors).toBeUndefined();
  });

  it("Apollo's csrfPrevention refuses a simple cross-site form post", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { userName } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('signOut ends the session; an expired session is no session', async () => {
    const c = await signedInClient(server, a.t.adminUserName, PASSWORD);
    const cookie = new Map(c.cookies);
    expect((await c('mutation { signOut }')).data.signOut).toBe(true);
    const after = gqlClient(server);
    for (const [k, v] of cookie) after.cookies.set(k, v);
    expect((await after('{ me { userName } }')).data.me).toBeNull();
    expect(codeOf(await after(`{ users(tenant: "${sa()}") { totalCount } }`))).toBe('UNAUTHENTICATED');
    const d = await signedInClient(server, a.t.adminUserName, PASSWORD);
    await server.rt.db.orm.em
      .getConnection()
      .execute('update admin_session set expires_at = ? where id_hash = ?', [
        server.rt.db.kind === 'sqlite' ? Date.now() - 1000 : new Date(Date.now() - 1000),
        sha256hex(d.cookies.get('scimdesk_session')!),
      ]);
    expect((await d('{ me { userName } }')).data.me).toBeNull();
  });

  it('API tokens: valid, expired, revoked and malformed', async () => {
    const created = await a.owner(
      `mutation { createApiToken(tenant: "${sa()}", input: { expiresInDays: 1, description: "ci" }) { secret token { id state admin } } }`,
    );
    const { secret, token } = created.data.createApiToken;
    expect(secret).toMatch(/^sdp_/);
    expect(token).toMatchObject({ state: 'ACTIVE', admin: a.t.adminUserName });
    const api = gqlClient(server, { bearer: secret });
    const me = await api('{ me { userName authMethod memberships { tenant { slug } role } } }');
    expect(me.data.me).toEqual({
      userName: a.t.adminUserName,
      authMethod: 'API_TOKEN',
      memberships: [{ tenant: { slug: sa() }, role: 'OWNER' }],
    });
    const listed = await a.owner(`{ apiTokens(tenant: "${sa()}") { id lastUsedAt } }`);
    expect(listed.data.apiTokens.find((t: { id: string }) => t.id === token.id).lastUsedAt).not.toBeNull();
    await server.rt.db.orm.em
      .getConnection()
      .execute('update api_token set expires_at = ? where id = ?', [
        server.rt.db.kind === 'sqlite' ? Date.now() - 1000 : new Date(Date.now() - 1000),
        token.id,
      ]);
    expect(codeOf(await api('{ me { userName } }'))).toBe('UNAUTHENTICATED');
    const second = (await a.owner(`mutation { createApiToken(tenant: "${sa()}") { secret token { id } } }`)).data
      .createApiToken;
    const api2 = gqlClient(server, { bearer: second.secret });
    expect((await api2(`{ users(tenant: "${sa()}") { totalCount } }`)).errors).toBeUndefined();
    const revoked = await a.owner(
      `mutation { revokeApiToken(tenant: "${sa()}", id: "${second.token.id}") { state revokedAt } }`,
    );
    expect(revoked.data.revokeApiToken.state).toBe('REVOKED');
    expect(codeOf(await api2(`{ users(tenant: "${sa()}") { totalCount } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gqlClient(server, { bearer: 'sdp_garbage' })('{ me { userName } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gqlClient(server, { bearer: a.t.token })('{ me { userName } }'))).toBe('UNAUTHENTICATED');
  });

  it("an admin of A gets NOT_FOUND for every query and mutation on B, and for B's ids under A's slug", async () => {
    for (const op of OPS) {
      const res = await a.owner(op.doc(sb(), b));
      expect.soft(codeOf(res), `${op.name} on B`).toBe('NOT_FOUND');
      expect.soft(res.data ?? null, `${op.name} on B leaks data`).toBeNull();
      if (op.byId) expect.soft(codeOf(await a.owner(op.doc(sa(), b))), `${op.name} with B's id`).toBe('NOT_FOUND');
    }
    expect(codeOf(await a.owner(CREATE_TENANT))).toBe('FORBIDDEN');
    const bUser = await b.owner(`{ user(tenant: "${sb()}", id: "${b.userId}") { userName twoFactorEnabled } }`);
    expect(bUser.data.user).toEqual({ userName: `user.${sb()}`, twoFactorEnabled: false });
    const bTokens = await b.owner(
      `{ scimTokens(tenant: "${sb()}") { state } apiTokens(tenant: "${sb()}") { state } admins(tenant: "${sb()}") { userName } }`,
    );
    expect(bTokens.data.scimTokens.map((t: { state: string }) => t.state)).toEqual(['ACTIVE']);
    expect(bTokens.data.apiTokens.map((t: { state: string }) => t.state)).toEqual(['ACTIVE']);
    expect(bTokens.data.admins.map((x: { userName: string }) => x.userName)).not.toContain('intruder');
  });

  it("an API token of A's owner is confined to A", async () => {
    const secret = (await a.owner(`mutation { createApiToken(tenant: "${sa()}") { secret } }`)).data.createApiToken
      .secret;
    const api = gqlClient(server, { bearer: secret });
    for (const op of OPS) expect.soft(codeOf(await api(op.doc(sb(), b))), op.name).toBe('NOT_FOUND');
  });

  it('a viewer reads everything and changes nothing (FORBIDDEN for every mutation)', async () => {
    for (const op of OPS) {
      const res = await viewer(op.doc(sa(), a));
      if (op.kind === 'query') expect.soft(res.errors, op.name).toBeUndefined();
      else expect.soft(codeOf(res), op.name).toBe('FORBIDDEN');
    }
    expect(codeOf(await viewer(CREATE_TENANT))).toBe('FORBIDDEN');
    const user = await a.owner(`{ user(tenant: "${sa()}", id: "${a.userId}") { userName twoFactorEnabled } }`);
    expect(user.data.user).toEqual({ userName: `user.${sa()}`, twoFactorEnabled: false });
  });

  it('an admin (not owner) cannot create admins nor API tokens for others', async () => {
    const c = await signedInClient(server, 'multi.admin', PASSWORD);
    expect(
      codeOf(
        await c(
          `mutation { createAdmin(tenant: "${sa()}", input: { userName: "x.y", role: VIEWER }) { admin { id } } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await c(
          `mutation { createApiToken(tenant: "${sa()}", input: { adminUserName: "${a.t.adminUserName}" }) { secret } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await c(`mutation { createApiToken(tenant: "${sa()}") { secret } }`)).errors).toBeUndefined();
  });

  it('a platform owner sees every tenant as owner and creates tenants', async () => {
    await addAdmin(server, a.t, 'plat.owner', 'viewer', true);
    const p = await signedInClient(server, 'plat.owner', PASSWORD);
    const me = await p('{ me { platformOwner memberships { role tenant { slug } } } }');
    expect(me.data.me.platformOwner).toBe(true);
    const slugs = me.data.me.memberships.map((m: { tenant: { slug: string } }) => m.tenant.slug);
    expect(slugs).toEqual(expect.arrayContaining([sa(), sb()]));
    expect(new Set(me.data.me.memberships.map((m: { role: string }) => m.role))).toEqual(new Set(['OWNER']));
    const made = await p(CREATE_TENANT);
    expect(made.data.createTenant.slug).toBe('made-by-test');
    expect(codeOf(await p(CREATE_TENANT))).toBe('CONFLICT');
    expect((await p('{ tenant(slug: "made-by-test") { role } }')).data.tenant.role).toBe('OWNER');
  });
}
