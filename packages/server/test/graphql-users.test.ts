import { EGNYTE_USER_SCHEMA } from '@scimdesk/scim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './graphql-client.js';
import { scimUser, type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { type DbKind, postgresReachable, startTestServer, type TestServer } from './harness.js';

const pgReachable = await postgresReachable();

const X = EGNYTE_USER_SCHEMA;
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** Users through GraphQL: lists, detail, admin changes that SCIM sees, and who wrote what (SPEC S8). */
for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`GraphQL users on ${kind}`, () => {
    let server: TestServer;
    let f: TenantFixture;
    const slug = 'gq-users';
    const q = (doc: string, vars?: Record<string, unknown>) => f.owner(doc, vars);

    beforeAll(async () => {
      server = await startTestServer(kind);
      f = await tenantFixture(server, slug, 'egnyte');
      await scimUser(server, f.t, 'alice.smith', { [X]: { authType: 'sso', isServiceAccount: true } });
      await scimUser(server, f.t, 'bob.jones', { active: false, userType: 'standard' });
      await scimUser(server, f.t, 'carol.ad', {
        [X]: { authType: 'ad', userPrincipalName: 'carol@ad', twoFactorEnabled: true },
      });
    });
    afterAll(async () => server?.close());

    const names = (res: { data: { users: { edges: { node: { userName: string } }[] } } }) =>
      res.data.users.edges.map((e) => e.node.userName);
    const list = (args: string) =>
      q(
        `{ users(tenant: "${slug}", ${args}) { totalCount edges { node { userName } } pageInfo { hasNextPage endCursor } } }`,
      );

    it('filters in SQL: search, active, userType, authType, service account, 2FA, group', async () => {
      expect(names(await list('filter: { search: "SMITH" }'))).toEqual(['alice.smith']);
      expect(names(await list('filter: { search: "AD@EXAMPLE" }'))).toEqual(['carol.ad']);
      expect(names(await list('filter: { active: false }'))).toEqual(['bob.jones']);
      expect(names(await list('filter: { userType: "standard" }'))).toEqual(['bob.jones']);
      expect(names(await list('filter: { authType: "AD" }'))).toEqual(['carol.ad']);
      expect(names(await list('filter: { isServiceAccount: true }'))).toEqual(['alice.smith']);
      expect(names(await list('filter: { twoFactorEnabled: true }'))).toEqual(['carol.ad']);
      expect(names(await list(`filter: { groupId: "${f.groupId}" }`))).toEqual([`user.${slug}`]);
      expect((await list('filter: { active: true }')).data.users.totalCount).toBe(4);
    });

    it('sorts and pages with keyset cursors that cover the list exactly once', async () => {
      for (const field of ['USER_NAME', 'DISPLAY_NAME', 'CREATED', 'UPDATED'])
        for (const direction of ['ASC', 'DESC']) {
          const all = names(await list(`first: 200, sort: { field: ${field}, direction: ${direction} }`));
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const res = await list(
              `first: 2, sort: { field: ${field}, direction: ${direction} }${after ? `, after: "${after}"` : ''}`,
            );
            seen.push(...names(res));
            if (!res.data.users.pageInfo.hasNextPage) break;
            after = res.data.users.pageInfo.endCursor;
          }
          expect(seen, `${field} ${direction}`).toEqual(all);
        }
      const byName = names(await list('sort: { field: USER_NAME, direction: DESC }'));
      expect(byName).toEqual([...byName].sort().reverse());
    });

    it('refuses pages over 200 and foreign cursors with BAD_USER_INPUT', async () => {
      expect(codeOf(await list('first: 201'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await list('after: "not-a-cursor"'))).toBe('BAD_USER_INPUT');
    });

    it('user detail: groups, the raw SCIM resource (as SCIM GET serves it), last writers, history', async () => {
      const res = await q(
        `query($id: ID!) { user(tenant: "${slug}", id: $id) { userName groups { id displayName } scim
        lastWriters { attribute by tokenId } history { totalCount edges { node { actor action } } } } }`,
        { id: f.userId },
      );
      const u = res.data.user;
      expect(u.groups).toEqual([{ id: f.groupId, displayName: `group-${slug}` }]);
      const scim = await server.scim(f.t, 'GET', `/Users/${f.userId}`);
      expect(u.scim).toEqual(scim.body);
      expect(u.lastWriters.find((w: { attribute: string }) => w.attribute === 'userName')).toMatchObject({ by: 'IDP' });
      expect(u.lastWriters.every((w: { tokenId: string | null }) => w.tokenId)).toBe(true);
      expect(u.history.edges[0].node).toEqual({ actor: 'scim', action: 'CREATE' });
    });

    it('updateUser: SCIM GET shows the change, the log names the admin, the attribute is admin-written until the IdP writes it', async () => {
      const res = await q(
        `mutation($id: ID!) { updateUser(tenant: "${slug}", id: $id, input: { isServiceAccount: true, twoFactorEnabled: true, userType: "standard" }) {
        isServiceAccount twoFactorEnabled userType lastWriters { attribute by admin } } }`,
        { id: f.userId },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.updateUser).toMatchObject({
        isServiceAccount: true,
        twoFactorEnabled: true,
        userType: 'standard',
      });
      const writer = (attr: string) =>
        res.data.updateUser.lastWriters.find((w: { attribute: string }) => w.attribute === attr);
      expect(writer(`${X}:isServiceAccount`)).toEqual({
        attribute: `${X}:isServiceAccount`,
        by: 'ADMIN',
        admin: f.t.adminUserName,
      });
      expect(writer('userType')).toMatchObject({ by: 'ADMIN' });
      const scim = await server.scim(f.t, 'GET', `/Users/${f.userId}`);
      expect(scim.body[X]).toMatchObject({ isServiceAccount: true, twoFactorEnabled: true });
      expect(scim.body.userType).toBe('standard');
      const events = await q(
        `{ events(tenant: "${slug}", filter: { targetId: "${f.userId}", action: UPDATE }) { edges { node { actor path modified { attribute old new } } } } }`,
      );
      const ev = events.data.events.edges[0].node;
      expect(ev.actor).toBe(`admin:${f.t.adminUserName}`);
      expect(ev.modified).toContainEqual({ attribute: `${X}:twoFactorEnabled`, old: null, new: true });
      // The IdP's next write of the attribute takes it back.
      await server.scim(f.t, 'PATCH', `/Users/${f.userId}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: `${X}:twoFactorEnabled`, value: false }],
      });
      const after = await q(
        `{ user(tenant: "${slug}", id: "${f.userId}") { twoFactorEnabled lastWriters { attribute by } } }`,
      );
      expect(after.data.user.twoFactorEnabled).toBe(false);
      expect(after.data.user.lastWriters).toContainEqual({ attribute: `${X}:twoFactorEnabled`, by: 'IDP' });
      expect(after.data.user.lastWriters).toContainEqual({ attribute: `${X}:isServiceAccount`, by: 'ADMIN' });
      expect(
        codeOf(
          await q(`mutation { updateUser(tenant: "${slug}", id: "${f.userId}", input: { userType: "admin" }) { id } }`),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await q(`mutation { updateUser(tenant: "${slug}", id: "${f.userId}", input: {}) { id } }`))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('renameUser: SCIM may not (400 mutability), an admin may; a taken userName is CONFLICT', async () => {
      const id = await scimUser(server, f.t, 'dave.old');
      const scim = await server.scim(f.t, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'userName', value: 'dave.new' }],
      });
      expect(scim.status).toBe(400);
      expect(scim.body.scimType).toBe('mutability');
      const ok = await q(`mutation { renameUser(tenant: "${slug}", id: "${id}", userName: "dave.new") { userName } }`);
      expect(ok.data.renameUser.userName).toBe('dave.new');
      expect((await server.scim(f.t, 'GET', `/Users/${id}`)).body.userName).toBe('dave.new');
      expect(
        codeOf(
          await q(`mutation { renameUser(tenant: "${slug}", id: "${id}", userName: "alice.smith") { userName } }`),
        ),
      ).toBe('CONFLICT');
      expect(
        codeOf(await q(`mutation { renameUser(tenant: "${slug}", id: "${id}", userName: "-bad") { userName } }`)),
      ).toBe('BAD_USER_INPUT');
    });

    it('confirmPendingEmail applies a pending email change', async () => {
      const id = await scimUser(server, f.t, 'erin.mail');
      await server.scim(f.t, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: `${X}:email`, value: 'erin@new.example' }],
      });
      const before = await q(`{ user(tenant: "${slug}", id: "${id}") { email pendingEmail } }`);
      expect(before.data.user).toEqual({ email: 'erin.mail@example.com', pendingEmail: 'erin@new.example' });
      const res = await q(`mutation { confirmPendingEmail(tenant: "${slug}", id: "${id}") { email pendingEmail } }`);
      expect(res.data.confirmPendingEmail).toEqual({ email: 'erin@new.example', pendingEmail: null });
      expect((await server.scim(f.t, 'GET', `/Users/${id}`)).body.emails[0].value).toBe('erin@new.example');
      expect(codeOf(await q(`mutation { confirmPendingEmail(tenant: "${slug}", id: "${id}") { email } }`))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('unknown ids are NOT_FOUND', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expect(codeOf(await q(`{ user(tenant: "${slug}", id: "${id}") { id } }`))).toBe('NOT_FOUND');
      expect(codeOf(await q(`{ group(tenant: "${slug}", id: "${id}") { id } }`))).toBe('NOT_FOUND');
      expect(
        codeOf(
          await q(`mutation { updateUser(tenant: "${slug}", id: "${id}", input: { twoFactorEnabled: true }) { id } }`),
        ),
      ).toBe('NOT_FOUND');
    });
  });
}
