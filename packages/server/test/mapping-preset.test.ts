import { buildCreate, compileMappingSet, matchQueries, planUpdate, seedPreset } from '@scimdesk/scim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, postgresReachable, startTestServer, type TestServer, type TestTenant } from './harness.js';

/**
 * Issue 3's acceptance check: the seed preset applied to an Entra user gives the body an
 * `egnyte` tenant accepts; the server stores what was sent; and the PATCH planned from a source
 * change, sent to the server, leaves nothing to change.
 */

const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const ENTRA_USER = {
  objectId: '7e3e8a2c-5b1f-4c37-9d0e-0c6f2a1b4d55',
  userPrincipalName: 'Adele.Vance@contoso.com',
  mail: 'adele.vance@contoso.com',
  givenName: 'Adele',
  surname: 'Vance',
  accountEnabled: true,
};

const pgReachable = await postgresReachable();
const set = compileMappingSet(seedPreset);

for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`the seed preset against an egnyte tenant on ${kind}`, () => {
    let server: TestServer;
    let tenant: TestTenant;
    let id: string;

    beforeAll(async () => {
      server = await startTestServer(kind);
      tenant = await server.addTenant('acmemap', { rules: 'egnyte', sso: true });
    });
    afterAll(async () => server?.close());

    it('finds no user with the matching query, then creates it with the POST body', async () => {
      const [query] = matchQueries(set.user, ENTRA_USER).queries;
      expect(query.filter).toBe('userName eq "Adele.Vance"');
      const found = await server.scim(tenant, 'GET', `/Users?filter=${encodeURIComponent(query.filter)}`);
      expect(found.body.totalResults).toBe(0);

      const { resource, ok } = buildCreate(set.user, ENTRA_USER);
      expect(ok).toBe(true);
      const created = await server.scim(tenant, 'POST', '/Users', resource);
      expect(created.status).toBe(201);
      id = created.body.id;
      const got = await server.scim(tenant, 'GET', `/Users/${id}`);
      expect(got.body).toMatchObject({
        userName: 'Adele.Vance',
        externalId: ENTRA_USER.objectId,
        active: true,
        userType: 'power',
        name: { givenName: 'Adele', familyName: 'Vance' },
        emails: [expect.objectContaining({ type: 'work', value: 'adele.vance@contoso.com' })],
        [EGN]: {
          authType: 'sso',
          idpUserId: 'Adele.Vance@contoso.com',
          email: 'adele.vance@contoso.com',
          emailChangeImmediate: true,
          sendInvite: false,
        },
      });
      const again = await server.scim(tenant, 'GET', `/Users?filter=${encodeURIComponent(query.filter)}`);
      expect(again.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
    });

    it('plans nothing against what the server returns', async () => {
      const got = await server.scim(tenant, 'GET', `/Users/${id}`);
      expect(planUpdate(set.user, ENTRA_USER, got.body).body).toBeNull();
    });

    it('sends the planned PATCH for a changed source user, after which nothing is left to change', async () => {
      const changed = { ...ENTRA_USER, surname: 'Vance-Smith', mail: 'adele.smith@contoso.com', accountEnabled: false };
      const before = await server.scim(tenant, 'GET', `/Users/${id}`);
      const plan = planUpdate(set.user, changed, before.body);
      expect(plan.body?.Operations.map((o) => o.path)).toEqual(['active', 'name.familyName', `${EGN}:email`]);
      const sent = await server.scim(tenant, 'PATCH', `/Users/${id}`, plan.body);
      expect(sent.status).toBe(204);
      const after = await server.scim(tenant, 'GET', `/Users/${id}`);
      expect(after.body).toMatchObject({
        active: false,
        name: { familyName: 'Vance-Smith' },
        [EGN]: { email: 'adele.smith@contoso.com' },
      });
      // emailChangeImmediate is mapped "True": the egnyte rules apply the change at once.
      expect(after.body.emails).toEqual([expect.objectContaining({ value: 'adele.smith@contoso.com' })]);
      expect(planUpdate(set.user, changed, after.body).body).toBeNull();
    });
  });
}
