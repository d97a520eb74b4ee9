import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, scimUser, type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { type DbKind, postgresReachable, startTestServer, type TestServer } from './harness.js';

const pgReachable = await postgresReachable();

/** No N+1: a page of users with their groups costs the same number of SQL statements at any page size. */
for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`GraphQL SQL statements per request on ${kind}`, () => {
    let server: TestServer;
    let f: TenantFixture;
    const slug = 'gq-n1';
    let statements: string[] = [];

    beforeAll(async () => {
      server = await startTestServer(kind);
      f = await tenantFixture(server, slug, 'egnyte');
      const ids: string[] = [];
      for (let i = 0; i < 120; i++) ids.push(await scimUser(server, f.t, `n1.user${String(i).padStart(3, '0')}`));
      for (let g = 0; g < 4; g++)
        await server.scim(f.t, 'POST', '/Groups', {
          schemas: [GROUP],
          displayName: `team-${g}`,
          members: ids.filter((_, i) => i % (g + 2) === 0).map((value) => ({ value })),
        });
      const knex = (server.rt.db.orm.em.getConnection() as AbstractSqlConnection).getKnex();
      // The rate limiter's background sync (every 250 ms, not per request) is not the request's.
      knex.on('query', (q: { sql: string }) => {
        if (!q.sql.includes('rate_limit_window')) statements.push(q.sql);
      });
    }, 120_000);
    afterAll(async () => server?.close());

    const page = async (first: number) => {
      await server.rt.services.events.flush();
      statements = [];
      const res = await f.owner(`{ users(tenant: "${slug}", first: ${first}, filter: { search: "n1." }) {
      totalCount edges { node { userName groups { id displayName } scim lastWriters { attribute } } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.users.edges).toHaveLength(first);
      return statements.length;
    };

    it('the same count for 10 and 100 users with their groups, and for a group page with members', async () => {
      const ten = await page(10);
      const hundred = await page(100);
      console.log(`SQL statements: 10 users with groups -> ${ten}, 100 users with groups -> ${hundred}`);
      expect(hundred).toBe(ten);
      // session + memberships (2-3), page, count, groups of the page (one batch).
      expect(hundred).toBeLessThanOrEqual(6);
      await server.rt.services.events.flush();
      statements = [];
      const groups = await f.owner(
        `{ groups(tenant: "${slug}", first: 5) { edges { node { displayName members(first: 100) { totalCount edges { node { userName } } } } } } }`,
      );
      expect(groups.errors).toBeUndefined();
      console.log(`SQL statements: 5 groups with up to 100 members each -> ${statements.length}`);
      expect(statements.length).toBeLessThanOrEqual(4 + 2 * 5);
    });

    it('member counts for a page of groups in one statement, whatever the page size', async () => {
      const count = async (first: number) => {
        await server.rt.services.events.flush();
        statements = [];
        const res = await f.owner(
          `{ groups(tenant: "${slug}", first: ${first}) { edges { node { displayName memberCount } } } }`,
        );
        expect(res.errors).toBeUndefined();
        return {
          n: statements.length,
          groups: res.data.groups.edges.map((e: { node: { memberCount: number } }) => e.node),
        };
      };
      const one = await count(1);
      const many = await count(50);
      console.log(`SQL statements: 1 group with memberCount -> ${one.n}, up to 50 groups -> ${many.n}`);
      expect(many.n).toBe(one.n);
      expect(many.groups.length).toBeGreaterThan(1);
      expect(many.groups.some((g: { memberCount: number }) => g.memberCount > 0)).toBe(true);
    });
  });
}
