import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, postgresReachable, startTestServer, type TestServer, type TestTenant } from './harness.js';

/** SPEC S6: the seed's rules under the `egnyte` rule set, and the `standard` rule set for contrast. */

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
const user = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName,
  name: { givenName: 'Given', familyName: 'Family' },
  emails: [{ value: `${userName.replace(/@.*/, '')}@example.com`, type: 'work', primary: true }],
  ...extra,
});
const group = (displayName: string, members: string[] = []) => ({
  schemas: [GROUP],
  displayName,
  ...(members.length ? { members: members.map((value) => ({ value })) } : {}),
});
const values = (members: { value: string }[] | undefined) => (members ?? []).map((m) => m.value).sort();

const pgReachable = await postgresReachable();

for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`egnyte and standard rule sets (SPEC S6) on ${kind}`, () => {
    let server: TestServer;
    /** egnyte rules, SSO on */
    let sso: TestTenant;
    /** egnyte rules, SSO off */
    let plain: TestTenant;
    /** standard rules */
    let std: TestTenant;

    beforeAll(async () => {
      server = await startTestServer(kind);
      sso = await server.addTenant('egn-sso', { rules: 'egnyte', sso: true });
      plain = await server.addTenant('egn-plain', { rules: 'egnyte', sso: false });
      std = await server.addTenant('std', { rules: 'standard' });
    });
    afterAll(async () => server?.close());

    const sql = (query: string, params: unknown[]) => server.rt.db.orm.em.getConnection().execute(query, params);
    const count = async (t: TestTenant, userName: string) =>
      (await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`)).body
        .totalResults;
    const create = async (t: TestTenant, body: unknown): Promise<string> => {
      const res = await server.scim(t, 'POST', '/Users', body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    const get = async (t: TestTenant, id: string) => {
      const res = await server.scim(t, 'GET', `/Users/${id}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const pendingEmailOf = async (id: string): Promise<string | null> =>
      (await sql('select pending_email from scim_user where id = ?', [id]))[0].pending_email;
    const lastEvent = async (t: TestTenant, targetId: string) => {
      await server.rt.services.events.flush();
      const rows = await sql(
        'select method, status, scim_type, warnings from provisioning_event where tenant_id = ? and target_id = ? order by created_at desc',
        [t.tenant.id, targetId],
      );
      const r = rows[0];
      return { ...r, warnings: typeof r.warnings === 'string' ? JSON.parse(r.warnings) : r.warnings };
    };
    const expectError = (
      res: { status: number; body: { schemas: string[]; status: string; scimType?: string } },
      status: number,
      scimType: string,
    ) => {
      expect({ status: res.status, scimType: res.body?.scimType }).toEqual({ status, scimType });
      expect(res.body.schemas).toEqual([ERROR]);
      expect(res.body.status).toBe(String(status));
    };

    describe('userName', () => {
      it('accepts names that start with a letter or digit and use only letters, digits, ".", "-", "_"', async () => {
        for (const name of ['1abc', 'a.b-c_d', 'Zed', 'x']) {
          const id = await create(sso, user(name));
          expect((await get(sso, id)).userName).toBe(name);
        }
      });

      it('refuses other names with 400 invalidValue and creates nothing', async () => {
        for (const name of ['-x', 'a b', 'a@b.com', '.dot', '_under', '']) {
          const res = await server.scim(sso, 'POST', '/Users', user(name));
          expectError(res, 400, 'invalidValue');
          if (name) expect(await count(sso, name)).toBe(0);
        }
      });

      it('a userName change by SCIM PATCH or PUT is 400 mutability and changes nothing', async () => {
        const id = await create(sso, user('fixed.name', { displayName: 'Fixed' }));
        const before = await get(sso, id);
        const cases: [string, unknown][] = [
          ['PATCH', patch({ op: 'Replace', path: 'userName', value: 'other.name' })],
          ['PATCH', patch({ op: 'replace', value: { userName: 'other.name', displayName: 'Changed' } })],
          [
            'PATCH',
            patch(
              { op: 'Replace', path: 'displayName', value: 'Changed' },
              { op: 'Replace', path: 'userName', value: 'other.name' },
            ),
          ],
          ['PUT', user('other.name', { displayName: 'Changed' })],
          ['PATCH', patch({ op: 'Replace', path: 'userName', value: 'FIXED.NAME' })],
        ];
        for (const [method, body] of cases) {
          const res = await server.scim(sso, method, `/Users/${id}`, body);
          expectError(res, 400, 'mutability');
        }
        const after = await get(sso, id);
        expect(after).toEqual(before);
        expect(after.meta.version).toBe('W/"1"');
        expect(await count(sso, 'other.name')).toBe(0);
        // Sending the same userName back is fine (Entra's PUT/replace echoes it).
        const same = await server.scim(sso, 'PUT', `/Users/${id}`, user('fixed.name', { displayName: 'Changed' }));
        expect(same.status).toBe(200);
        expect(same.body.userName).toBe('fixed.name');
        expect(same.body.displayName).toBe('Changed');
      });
    });

    describe('userType', () => {
      it('defaults to power, accepts standard (any case), refuses admin over SCIM', async () => {
        const dflt = await get(sso, await create(sso, user('type.default')));
        expect(dflt.userType).toBe('power');
        const standard = await get(sso, await create(sso, user('type.standard', { userType: 'Standard' })));
        expect(standard.userType).toBe('standard');

        for (const body of [user('type.admin', { userType: 'admin' }), user('type.admin', { userType: 'Admin' })]) {
          const res = await server.scim(sso, 'POST', '/Users', body);
          expect(res.status).toBe(400);
          expect(res.body.schemas).toEqual([ERROR]);
        }
        expect(await count(sso, 'type.admin')).toBe(0);

        const bogus = await server.scim(sso, 'POST', '/Users', user('type.bogus', { userType: 'guest' }));
        expectError(bogus, 400, 'invalidValue');

        const promote = await server.scim(
          sso,
          'PATCH',
          `/Users/${standard.id}`,
          patch({ op: 'Replace', path: 'userType', value: 'admin' }),
        );
        expect(promote.status).toBe(400);
        expect((await get(sso, standard.id)).userType).toBe('standard');

        const toPower = await server.scim(
          sso,
          'PATCH',
          `/Users/${standard.id}`,
          patch({ op: 'Replace', path: 'userType', value: 'POWER' }),
        );
        expect(toPower.status).toBe(204);
        expect((await get(sso, standard.id)).userType).toBe('power');
      });

      it('an admin made by hand cannot be demoted over SCIM', async () => {
        const admin = (
          await server.scim(sso, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${sso.adminUserName}"`)}`)
        ).body.Resources[0];
        expect(admin.userType).toBe('admin');
        const res = await server.scim(
          sso,
          'PATCH',
          `/Users/${admin.id}`,
          patch({ op: 'Replace', path: 'userType', value: 'power' }),
        );
        expect(res.status).toBe(400);
        expect((await get(sso, admin.id)).userType).toBe('admin');
      });
    });

    describe('authType and sendInvite', () => {
      it('authType defaults to sso with SSO on and egnyte with SSO off', async () => {
        const a = await get(sso, await create(sso, user('auth.default', { [EGN]: { idpUserId: 'auth.default@idp' } })));
        expect(a[EGN].authType).toBe('sso');
        const b = await get(plain, await create(plain, user('auth.default')));
        expect(b[EGN].authType).toBe('egnyte');
      });

      it('any letter case in, lower case out; an unknown authType is 400 invalidValue', async () => {
        const ad = await get(
          sso,
          await create(sso, user('auth.ad', { [EGN]: { authType: 'AD', userPrincipalName: 'auth.ad@corp' } })),
        );
        expect(ad[EGN].authType).toBe('ad');
        const rows = await sql('select auth_type from scim_user where id = ?', [ad.id]);
        expect(rows[0].auth_type).toBe('ad');
        const sso2 = await get(
          sso,
          await create(sso, user('auth.sso', { [EGN]: { authType: 'SSO', idpUserId: 'x' } })),
        );
        expect(sso2[EGN].authType).toBe('sso');

        const foo = await server.scim(sso, 'POST', '/Users', user('auth.foo', { [EGN]: { authType: 'foo' } }));
        expectError(foo, 400, 'invalidValue');
        expect(await count(sso, 'auth.foo')).toBe(0);

        const patched = await server.scim(
          sso,
          'PATCH',
          `/Users/${ad.id}`,
          patch({ op: 'Replace', path: `${EGN}:authType`, value: 'Egnyte' }),
        );
        expect(patched.status).toBe(204);
        expect((await get(sso, ad.id))[EGN].authType).toBe('egnyte');
        const bad = await server.scim(
          sso,
          'PATCH',
          `/Users/${ad.id}`,
          patch({ op: 'Replace', path: `${EGN}:authType`, value: 'kerberos' }),
        );
        expectError(bad, 400, 'invalidValue');
        expect((await get(sso, ad.id))[EGN].authType).toBe('egnyte');
      });

      it('sendInvite defaults to false for sso and ad; an explicit value is kept', async () => {
        const s = await get(sso, await create(sso, user('invite.sso', { [EGN]: { idpUserId: 'invite.sso@idp' } })));
        expect(s[EGN].sendInvite).toBe(false);
        const ad = await get(
          plain,
          await create(plain, user('invite.ad', { [EGN]: { authType: 'ad', userPrincipalName: 'invite.ad@corp' } })),
        );
        expect(ad[EGN].sendInvite).toBe(false);
        const explicit = await get(
          plain,
          await create(plain, user('invite.explicit', { [EGN]: { authType: 'ad', sendInvite: 'True' } })),
        );
        expect(explicit[EGN].sendInvite).toBe(true);
      });
    });

    describe('email changes', () => {
      const seed = (name: string, immediate?: boolean | string) =>
        user(name, {
          [EGN]: {
            idpUserId: `${name}@idp`,
            email: `${name}@example.com`,
            ...(immediate === undefined ? {} : { emailChangeImmediate: immediate }),
          },
        });
      const changeEmail = (t: TestTenant, id: string, email: string, ...more: unknown[]) =>
        server.scim(t, 'PATCH', `/Users/${id}`, patch({ op: 'Replace', path: `${EGN}:email`, value: email }, ...more));

      it('with emailChangeImmediate true the work email changes at once', async () => {
        const id = await create(sso, seed('mail.now', 'True'));
        const res = await changeEmail(sso, id, 'mail.now.new@example.com');
        expect(res.status).toBe(204);
        const got = await get(sso, id);
        expect(got.emails).toEqual([{ value: 'mail.now.new@example.com', type: 'work', primary: true }]);
        expect(got[EGN].email).toBe('mail.now.new@example.com');
        expect(await pendingEmailOf(id)).toBeNull();
        const rows = await sql('select email from scim_user where id = ?', [id]);
        expect(rows[0].email).toBe('mail.now.new@example.com');
        const ev = await lastEvent(sso, id);
        expect(ev).toMatchObject({ method: 'PATCH', status: 204, warnings: null });
      });

      it('with emailChangeImmediate set in the same request the change applies at once', async () => {
        const id = await create(sso, seed('mail.same'));
        const res = await changeEmail(sso, id, 'mail.same.new@example.com', {
          op: 'Replace',
          path: `${EGN}:emailChangeImmediate`,
          value: 'True',
        });
        expect(res.status).toBe(204);
        const got = await get(sso, id);
        expect(got.emails).toEqual([{ value: 'mail.same.new@example.com', type: 'work', primary: true }]);
        expect(await pendingEmailOf(id)).toBeNull();
      });

      for (const [label, immediate] of [
        ['without emailChangeImmediate', undefined],
        ['with emailChangeImmediate false', 'False'],
      ] as const) {
        it(`${label} the change waits: emails keep the old address, pending_email holds the new one, with a warning`, async () => {
          const name = immediate === undefined ? 'mail.wait' : 'mail.false';
          const id = await create(sso, seed(name, immediate));
          const res = await changeEmail(sso, id, `${name}.new@example.com`);
          expect(res.status).toBe(204);
          const got = await get(sso, id);
          expect(got.emails).toEqual([{ value: `${name}@example.com`, type: 'work', primary: true }]);
          expect(await pendingEmailOf(id)).toBe(`${name}.new@example.com`);
          const rows = await sql('select email from scim_user where id = ?', [id]);
          expect(rows[0].email).toBe(`${name}@example.com`);
          const ev = await lastEvent(sso, id);
          expect(ev).toMatchObject({ method: 'PATCH', status: 204 });
          expect(ev.warnings).toEqual([expect.stringContaining(`${name}.new@example.com`)]);
          expect(ev.warnings[0]).toMatch(/pending/);

          // An unrelated later change keeps the pending email and the old address.
          await server.scim(
            sso,
            'PATCH',
            `/Users/${id}`,
            patch({ op: 'Replace', path: 'displayName', value: 'Later' }),
          );
          expect(await pendingEmailOf(id)).toBe(`${name}.new@example.com`);
          expect((await get(sso, id)).emails[0].value).toBe(`${name}@example.com`);
        });
      }

      it('a change through emails[type eq "work"].value also waits without emailChangeImmediate', async () => {
        const id = await create(sso, seed('mail.path'));
        const res = await server.scim(
          sso,
          'PATCH',
          `/Users/${id}`,
          patch({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'mail.path.new@example.com' }),
        );
        expect(res.status).toBe(204);
        expect((await get(sso, id)).emails).toEqual([{ value: 'mail.path@example.com', type: 'work', primary: true }]);
        expect(await pendingEmailOf(id)).toBe('mail.path.new@example.com');
      });

      it('a user created with only the extension email gets it as its work email', async () => {
        const res = await server.scim(sso, 'POST', '/Users', {
          schemas: [USER],
          userName: 'mail.extonly',
          [EGN]: { idpUserId: 'mail.extonly@idp', email: 'mail.extonly@example.com' },
        });
        expect(res.status).toBe(201);
        expect((await get(sso, res.body.id)).emails).toEqual([
          { value: 'mail.extonly@example.com', type: 'work', primary: true },
        ]);
        expect(await pendingEmailOf(res.body.id)).toBeNull();
      });

      it('a first email added to a user without one is either applied or pending, never both', async () => {
        const id = await create(sso, { schemas: [USER], userName: 'mail.first', [EGN]: { idpUserId: 'x' } });
        const res = await server.scim(
          sso,
          'PATCH',
          `/Users/${id}`,
          patch({ op: 'Add', path: 'emails[type eq "work"].value', value: 'mail.first@example.com' }),
        );
        expect(res.status).toBe(204);
        const stored = ((await get(sso, id)).emails ?? []).map((e: { value: string }) => e.value);
        const pending = await pendingEmailOf(id);
        const ev = await lastEvent(sso, id);
        const state = {
          applied: stored.includes('mail.first@example.com'),
          pending: pending === 'mail.first@example.com',
          pendingWarning: (ev.warnings ?? []).some((w: string) => /pending/.test(w)),
        };
        // Applied at once (nothing pending, no warning), or waiting (not in emails, pending, warned).
        expect([
          { applied: true, pending: false, pendingWarning: false },
          { applied: false, pending: true, pendingWarning: true },
        ]).toContainEqual(state);
      });
    });

    describe('groups', () => {
      it('members that are groups or unknown ids are ignored, with warnings', async () => {
        const u = await create(sso, user('member.ok'));
        const inner = await server.scim(sso, 'POST', '/Groups', group('Inner'));
        expect(inner.status).toBe(201);
        const outer = await server.scim(sso, 'POST', '/Groups', group('Outer', [u, inner.body.id, 'no-such-id']));
        expect(outer.status).toBe(201);
        expect(values(outer.body.members)).toEqual([u]);
        const ev = await lastEvent(sso, outer.body.id);
        expect(ev.warnings).toEqual(
          expect.arrayContaining([expect.stringContaining('no-such-id'), expect.stringContaining(inner.body.id)]),
        );

        const add = await server.scim(
          sso,
          'PATCH',
          `/Groups/${outer.body.id}`,
          patch({ op: 'Add', path: 'members', value: [{ value: inner.body.id, type: 'Group' }, { value: 'ghost' }] }),
        );
        expect(add.status).toBe(204);
        const got = await server.scim(sso, 'GET', `/Groups/${outer.body.id}`);
        expect(got.body.members).toEqual([
          { value: u, $ref: `${sso.url}/Users/${u}`, display: 'member.ok', type: 'User' },
        ]);
        expect(got.body.meta.version).toBe('W/"1"');
        const rows = await sql('select member_id from group_member where group_id = ?', [outer.body.id]);
        expect(rows.map((r: { member_id: string }) => r.member_id)).toEqual([u]);
      });

      it('a user of another tenant is not accepted as a member', async () => {
        const foreign = await create(plain, user('foreigner'));
        const g = await server.scim(sso, 'POST', '/Groups', group('No Foreigners', [foreign]));
        expect(g.status).toBe(201);
        expect(g.body.members).toEqual([]);
      });

      it('DELETE of a user removes its memberships; deactivation keeps the account and them', async () => {
        const a = await create(sso, user('del.a'));
        const b = await create(sso, user('del.b'));
        const g1 = (await server.scim(sso, 'POST', '/Groups', group('Del One', [a, b]))).body.id;
        const g2 = (await server.scim(sso, 'POST', '/Groups', group('Del Two', [a]))).body.id;

        const off = await server.scim(
          sso,
          'PATCH',
          `/Users/${a}`,
          patch({ op: 'Replace', path: 'active', value: 'False' }),
        );
        expect(off.status).toBe(204);
        const deactivated = await get(sso, a);
        expect(deactivated.active).toBe(false);
        expect(deactivated.groups.map((x: { value: string }) => x.value).sort()).toEqual([g1, g2].sort());

        expect((await server.scim(sso, 'DELETE', `/Users/${a}`)).status).toBe(204);
        expect((await server.scim(sso, 'GET', `/Users/${a}`)).status).toBe(404);
        expect(values((await server.scim(sso, 'GET', `/Groups/${g1}`)).body.members)).toEqual([b]);
        expect((await server.scim(sso, 'GET', `/Groups/${g2}`)).body.members).toEqual([]);
        const rows = await sql('select count(*) as n from group_member where member_id = ?', [a]);
        expect(Number(rows[0].n)).toBe(0);
      });
    });

    describe('standard rule set', () => {
      it('accepts a userName with @ and leaves userType and the egnyte extension alone', async () => {
        const id = await create(std, user('jane@example.com'));
        const got = await get(std, id);
        expect(got.userName).toBe('jane@example.com');
        expect(got.userType).toBeUndefined();
        expect(got[EGN]).toBeUndefined();
        expect(got.schemas).toEqual([USER]);
        const renamed = await server.scim(
          std,
          'PATCH',
          `/Users/${id}`,
          patch({ op: 'Replace', path: 'userName', value: 'jane.doe@example.com' }),
        );
        expect(renamed.status).toBe(204);
        expect((await get(std, id)).userName).toBe('jane.doe@example.com');
      });

      it('accepts nested group members', async () => {
        const u = await create(std, user('nest.user'));
        const inner = (await server.scim(std, 'POST', '/Groups', group('Std Inner', [u]))).body.id;
        const outer = await server.scim(std, 'POST', '/Groups', group('Std Outer', [inner]));
        expect(outer.status).toBe(201);
        expect(outer.body.members).toEqual([
          { value: inner, $ref: `${std.url}/Groups/${inner}`, display: 'Std Inner', type: 'Group' },
        ]);
        const u2 = await create(std, user('nest.user2'));
        const add = await server.scim(
          std,
          'PATCH',
          `/Groups/${outer.body.id}`,
          patch({ op: 'Add', path: 'members', value: [{ value: u2 }] }),
        );
        expect(add.status).toBe(204);
        const got = await server.scim(std, 'GET', `/Groups/${outer.body.id}`);
        expect(values(got.body.members)).toEqual([inner, u2].sort());

        // Deleting the nested group removes it from the outer group.
        expect((await server.scim(std, 'DELETE', `/Groups/${inner}`)).status).toBe(204);
        expect(values((await server.scim(std, 'GET', `/Groups/${outer.body.id}`)).body.members)).toEqual([u2]);
      });
    });
  });
}
