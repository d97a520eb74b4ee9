import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, seedDemo } from '../src/demo/seed.js';
import { codeOf, gqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD, scimUser, type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { type DbKind, postgresReachable, startTestServer, type TestServer } from './harness.js';

const pgReachable = await postgresReachable();

/** Groups, SCIM tokens, admins, events, health, reports, limits and error codes through GraphQL. */
for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`GraphQL admin API on ${kind}`, () => {
    let server: TestServer;
    let f: TenantFixture;
    const slug = 'gq-admin';
    const q = (doc: string, vars?: Record<string, unknown>) => f.owner(doc, vars);

    beforeAll(async () => {
      server = await startTestServer(kind);
      f = await tenantFixture(server, slug, 'egnyte');
    });
    afterAll(async () => server?.close());

    it('groups and their members as connections, the group SCIM resource', async () => {
      const res = await q(`{ groups(tenant: "${slug}", search: "GROUP") { totalCount edges { node { id displayName scim
      members(first: 5) { totalCount edges { node { userName } } } } } } }`);
      const g = res.data.groups.edges[0].node;
      expect(res.data.groups.totalCount).toBe(1);
      expect(g.displayName).toBe(`group-${slug}`);
      expect(g.members).toEqual({ totalCount: 1, edges: [{ node: { userName: `user.${slug}` } }] });
      expect(g.scim.meta.location).toMatch(new RegExp(`/scim/v2/${slug}/Groups/${g.id}$`));
      expect((await q(`{ group(tenant: "${slug}", id: "${f.groupId}") { displayName } }`)).data.group.displayName).toBe(
        `group-${slug}`,
      );
    });

    it('SCIM tokens: created once with the tenant URL, work on SCIM, revoked at once; an IdP-managed owner is warned about', async () => {
      const made =
        await q(`mutation { createScimToken(tenant: "${slug}", input: { description: "entra", expiresInDays: 7 }) {
      secret tenantUrl token { id state description owner expiresAt } } }`);
      const { secret, tenantUrl, token } = made.data.createScimToken;
      expect(tenantUrl).toBe(`${server.url}/scim/v2/${slug}`);
      expect(token).toMatchObject({ state: 'ACTIVE', description: 'entra', owner: f.t.adminUserName });
      const asIdp = { ...f.t, token: secret };
      expect((await server.scim(asIdp, 'GET', '/Users')).status).toBe(200);
      const listed = await q(`{ scimTokens(tenant: "${slug}") { id lastUsedAt } }`);
      expect(JSON.stringify(listed.data)).not.toContain(secret.split('_')[2]);
      expect(listed.data.scimTokens.find((t: { id: string }) => t.id === token.id).lastUsedAt).not.toBeNull();
      const health = await q(`{ health(tenant: "${slug}") { code tokenId } }`);
      expect(health.data.health).toContainEqual({ code: 'TOKEN_EXPIRING', tokenId: token.id });
      const revoked = await q(`mutation { revokeScimToken(tenant: "${slug}", id: "${token.id}") { state revokedAt } }`);
      expect(revoked.data.revokeScimToken.state).toBe('REVOKED');
      expect((await server.scim(asIdp, 'GET', '/Users')).status).toBe(401);
      // An owner whom the IdP provisions: a warning on the token and in health.
      await scimUser(server, f.t, 'idp.person');
      await addAdmin(server, f.t, 'idp.person', 'admin');
      const risky = await q(
        `mutation { createScimToken(tenant: "${slug}", input: { ownerUserName: "idp.person" }) { token { id ownerWarning } } }`,
      );
      expect(risky.data.createScimToken.token.ownerWarning).toMatch(/service account/);
      expect((await q(`{ health(tenant: "${slug}") { code tokenId } }`)).data.health).toContainEqual({
        code: 'TOKEN_OWNER_SCIM_MANAGED',
        tokenId: risky.data.createScimToken.token.id,
      });
      expect(
        codeOf(
          await q(`mutation { createScimToken(tenant: "${slug}", input: { ownerUserName: "ghost" }) { secret } }`),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it('createAdmin returns a generated password once; the new admin signs in; duplicates are CONFLICT', async () => {
      const res = await q(
        `mutation { createAdmin(tenant: "${slug}", input: { userName: "new.viewer", role: VIEWER }) { generatedPassword admin { userName role userId } } }`,
      );
      const { generatedPassword, admin } = res.data.createAdmin;
      expect(admin).toMatchObject({ userName: 'new.viewer', role: 'VIEWER' });
      expect(admin.userId).toBeTruthy();
      const c = await signedInClient(server, 'new.viewer', generatedPassword);
      expect((await c('{ me { memberships { role } } }')).data.me.memberships).toEqual([{ role: 'VIEWER' }]);
      expect(
        codeOf(
          await q(
            `mutation { createAdmin(tenant: "${slug}", input: { userName: "NEW.viewer" }) { generatedPassword } }`,
          ),
        ),
      ).toBe('CONFLICT');
      expect(
        codeOf(
          await q(
            `mutation { createAdmin(tenant: "${slug}", input: { userName: "p.short", password: "short" }) { generatedPassword } }`,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const admins = await q(`{ admins(tenant: "${slug}") { userName } }`);
      expect(admins.data.admins.map((a: { userName: string }) => a.userName)).toContain('new.viewer');
    });

    it('events: every change names its admin; filters by action, status, time, token and target', async () => {
      await server.scim(f.t, 'POST', '/Users', {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: `user.${slug}`,
      });
      const all = await q(
        `{ events(tenant: "${slug}", first: 200) { totalCount edges { node { actor path status action } } } }`,
      );
      const paths = all.data.events.edges.map(
        (e: { node: { actor: string; path: string } }) => `${e.node.actor} ${e.node.path}`,
      );
      expect(paths).toContain(`admin:${f.t.adminUserName} createScimToken`);
      expect(paths).toContain(`admin:${f.t.adminUserName} revokeScimToken`);
      expect(paths).toContain(`admin:${f.t.adminUserName} createAdmin`);
      expect(paths).toContain(`admin:${f.t.adminUserName} createApiToken`);
      const failed = await q(`{ events(tenant: "${slug}", filter: { failed: true }) { edges { node { status } } } }`);
      expect(failed.data.events.edges.map((e: { node: { status: number } }) => e.node.status)).toEqual([409]);
      const byToken = await q(
        `{ events(tenant: "${slug}", filter: { tokenId: "${f.scimTokenId}", action: CREATE }) { totalCount } }`,
      );
      expect(byToken.data.events.totalCount).toBeGreaterThanOrEqual(2);
      const future = await q(
        `{ events(tenant: "${slug}", filter: { from: "${new Date(Date.now() + 60_000).toISOString()}" }) { totalCount } }`,
      );
      expect(future.data.events.totalCount).toBe(0);
      const names = async (filter: string) =>
        (
          await q(
            `{ events(tenant: "${slug}", first: 200, filter: ${filter}) { edges { node { targetName resourceType } } } }`,
          )
        ).data.events.edges.map((e: { node: { targetName: string; resourceType: string } }) => e.node);
      const search = await names('{ targetSearch: "USER.GQ" }');
      expect(search.length).toBeGreaterThan(0);
      expect(search.every((n: { targetName: string }) => n.targetName.toLowerCase().includes('user.gq'))).toBe(true);
      expect(await names('{ targetSearch: "%" }')).toEqual([]);
      const actors = async (filter: string) =>
        (
          await q(`{ events(tenant: "${slug}", first: 200, filter: ${filter}) { edges { node { actor } } } }`)
        ).data.events.edges.map((e: { node: { actor: string } }) => e.node.actor);
      // A part of the actor, as the target takes a part (the exact `actor` stays).
      const byPart = await actors(`{ actorSearch: "${f.t.adminUserName.slice(1, 5).toUpperCase()}" }`);
      expect(byPart.length).toBeGreaterThan(0);
      expect(byPart.every((a: string) => a === `admin:${f.t.adminUserName}`)).toBe(true);
      expect(await actors(`{ actor: "${f.t.adminUserName}" }`)).toEqual([]);
      expect(await actors('{ actorSearch: "%" }')).toEqual([]);
      const groupsOnly = await names('{ resourceType: "Group" }');
      expect(groupsOnly.length).toBeGreaterThan(0);
      expect(groupsOnly.every((n: { resourceType: string }) => n.resourceType === 'Group')).toBe(true);
      const page1 = await q(
        `{ events(tenant: "${slug}", first: 3) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
      );
      const page2 = await q(
        `{ events(tenant: "${slug}", first: 3, after: "${page1.data.events.pageInfo.endCursor}") { edges { node { id } } } }`,
      );
      const ids1 = page1.data.events.edges.map((e: { node: { id: string } }) => e.node.id);
      const ids2 = page2.data.events.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids1.filter((i: string) => ids2.includes(i))).toEqual([]);
    });

    it('report: counts by status, userType, authType; service accounts; 2FA coverage; events per day; failures by type', async () => {
      const r = (
        await q(`{ report(tenant: "${slug}") { users active inactive serviceAccounts byUserType { value count }
      byAuthType { value count } twoFactor { eligible enabled ratio } eventsPerDay(days: 7) { day total failed }
      failuresByType { status scimType count } lastScimRequestAt refusedRequests(days: 7) { day reason count } } }`)
      ).data.report;
      expect(r.users).toBe(r.active + r.inactive);
      expect(r.byUserType.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(r.users);
      expect(r.byAuthType).toContainEqual({ value: 'egnyte', count: expect.any(Number) });
      // Every day of the range, oldest first, zeros included.
      expect(r.eventsPerDay).toHaveLength(8);
      expect(r.eventsPerDay.slice(0, 7).every((d: { total: number }) => d.total === 0)).toBe(true);
      expect(r.eventsPerDay[0].day).toBe(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
      expect(r.eventsPerDay[7]).toEqual({
        day: new Date().toISOString().slice(0, 10),
        total: expect.any(Number),
        failed: 1,
      });
      expect(Date.now() - Date.parse(r.lastScimRequestAt)).toBeLessThan(60_000);
      expect(r.failuresByType).toEqual([{ status: 409, scimType: 'uniqueness', count: 1 }]);
      // The request with the revoked token is not an event: it is counted apart.
      expect(r.refusedRequests).toEqual([{ day: new Date().toISOString().slice(0, 10), reason: 'revoked', count: 1 }]);
      expect(r.twoFactor.ratio).toBeGreaterThanOrEqual(0);
    });

    it('health: no break-glass admin, and a high SCIM failure rate', async () => {
      const other = await tenantFixture(server, 'gq-health', 'egnyte');
      const h = () => other.owner('{ health(tenant: "gq-health") { code } }');
      expect((await h()).data.health).toEqual([]);
      await server.scim(
        other.t,
        'PATCH',
        `/Users/${(await server.scim(other.t, 'GET', `/Users?filter=userName eq "${other.t.adminUserName}"`)).body.Resources[0].id}`,
        {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [
            { op: 'replace', path: 'urn:scim:schemas:extension:custom:egnyte:1.0:User:authType', value: 'sso' },
          ],
        },
      );
      for (let i = 0; i < 12; i++) await server.scim(other.t, 'GET', '/Users/00000000-0000-4000-8000-000000000000');
      // The admin's user is now written by the IdP, so its token is at risk too.
      expect((await h()).data.health.map((w: { code: string }) => w.code)).toEqual([
        'NO_BREAK_GLASS_ADMIN',
        'TOKEN_OWNER_SCIM_MANAGED',
        'HIGH_FAILURE_RATE',
      ]);
    });

    it('limits and errors: depth, cost, validation, parse, introspection', async () => {
      const frag = 'fragment F on User { history { edges { node { modified { attribute } } } } }';
      const deepest = `${frag} { groups(tenant: "${slug}") { edges { node { members { edges { node { ...F } } } } } } }`;
      expect((await q(deepest)).errors).toBeUndefined();
      const shallow = await startTestServer(kind, { GRAPHQL_MAX_DEPTH: '6' });
      try {
        await shallow.addTenant(slug, { rules: 'egnyte' });
        const c = await signedInClient(shallow, f.t.adminUserName, PASSWORD);
        const deepRes = await c(deepest);
        expect(codeOf(deepRes)).toBe('QUERY_TOO_DEEP');
        expect(deepRes.status).toBe(400);
        expect((await c(`{ users(tenant: "${slug}") { edges { node { groups { id } } } } }`)).errors).toBeUndefined();
      } finally {
        await shallow.close();
      }
      const costly = `{ users(tenant: "${slug}", first: 200) { edges { node { history(first: 200) { edges { node { id actor path } } } } } } }`;
      expect(codeOf(await q(costly))).toBe('QUERY_TOO_COMPLEX');
      expect(codeOf(await q('{ nope }'))).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(codeOf(await q('{ users('))).toBe('GRAPHQL_PARSE_FAILED');
      expect(codeOf(await q('query($n: Int!) { users(tenant: "x", first: $n) { totalCount } }', { n: 'x' }))).toBe(
        'BAD_USER_INPUT',
      );
      // Introspection needs a signed-in caller (graphql/introspection.ts; more in graphql-limits.test.ts).
      const introspection =
        '{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }';
      expect(codeOf(await gqlClient(server)(introspection))).toBe('UNAUTHENTICATED');
      const intro = await q(introspection);
      expect(intro.errors).toBeUndefined();
      expect(intro.data.__schema.queryType.name).toBe('Query');
    });

    it('the demo admin signs in once to all three demo tenants', async () => {
      const lines = await seedDemo({ ...server.rt, config: { ...server.rt.config, DEMO_DIRECTORY_USERS: 30 } });
      const line = lines.find((l) => l.includes(`${DEMO_ADMIN} / password`))!;
      const password = /password (\S+)$/.exec(line)![1];
      const c = await signedInClient(server, DEMO_ADMIN, password);
      const me = await c('{ me { memberships { role tenant { slug } } } }');
      expect(me.data.me.memberships.map((m: { tenant: { slug: string } }) => m.tenant.slug).sort()).toEqual([
        'acmeemea',
        'acmeuse',
        'acmeusw',
      ]);
      expect(
        codeOf(
          await gqlClient(server)(
            `mutation { signIn(userName: "${DEMO_ADMIN}", password: "${PASSWORD}") { csrfToken } }`,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    });
  });
}
