import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, postgresReachable, startTestServer, type TestServer, type TestTenant } from './harness.js';

/**
 * One whole Microsoft Entra ID provisioning run into an `egnyte` tenant with SSO on, replayed
 * request by request in the order Entra sends them (reference/azure.md §1.2-1.9, §7), with the
 * stored state read back by GET after every step. The tests of this file share the tenant and
 * run in order: each step starts from the state the previous one left.
 */

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ADSCIM_GROUP = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const FLAG = 'aadOptscim062020';

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
const eqFilter = (attr: string, value: string) => `filter=${attr}+eq+%22${encodeURIComponent(value)}%22`;
const values = (members: { value: string }[] | undefined) => (members ?? []).map((m) => m.value).sort();

/** An Entra source user and the POST body the seed's mapping preset (SPEC E3) makes of it. */
interface SourceUser {
  objectId: string;
  upn: string;
  givenName: string;
  surname: string;
}

function presetCreateBody(u: SourceUser) {
  return {
    schemas: [USER, ENT],
    externalId: u.objectId,
    userName: u.upn.split('@')[0],
    active: true,
    emails: [{ primary: true, type: 'work', value: u.upn }],
    meta: { resourceType: 'User' },
    name: { familyName: u.surname, givenName: u.givenName },
    userType: 'power',
    // The custom URN is not listed in `schemas`, as Entra sends it (azure.md §1.4, §7.12).
    [EGN]: {
      idpUserId: u.upn,
      email: u.upn,
      emailChangeImmediate: 'True',
      authType: 'sso',
      sendInvite: 'False',
    },
  };
}

const jdoe: SourceUser = {
  objectId: randomUUID(),
  upn: 'jdoe@contoso.com',
  givenName: 'John',
  surname: 'Doe',
};
const msmith: SourceUser = {
  objectId: randomUUID(),
  upn: 'msmith@contoso.com',
  givenName: 'Mary',
  surname: 'Smith',
};
const kli: SourceUser = {
  objectId: randomUUID(),
  upn: 'kli@contoso.com',
  givenName: 'Kai',
  surname: 'Li',
};

const pgReachable = await postgresReachable();

for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(
    `Entra ID provisioning run replayed against an egnyte tenant with SSO on on ${kind}`,
    () => {
      let server: TestServer;
      let t: TestTenant;
      /** The tenant with the `aadOptscim062020` flag: the same tenant URL plus the query string. */
      const flagged = (path: string) => `${path}${path.includes('?') ? '&' : '?'}${FLAG}`;
      const ids = { jdoe: '', msmith: '', kli: '', sales: '', nested: '' };

      beforeAll(async () => {
        server = await startTestServer(kind);
        t = await server.addTenant('acmeusw', { rules: 'egnyte', sso: true });
      });
      afterAll(async () => server?.close());

      const getUser = async (id: string) => {
        const res = await server.scim(t, 'GET', `/Users/${id}`);
        expect(res.status).toBe(200);
        return res.body;
      };
      const getGroup = async (id: string) => {
        const res = await server.scim(t, 'GET', `/Groups/${id}`);
        expect(res.status).toBe(200);
        return res.body;
      };
      const pendingEmailOf = async (id: string): Promise<string | null> => {
        const rows = await server.rt.db.orm.em
          .getConnection()
          .execute('select pending_email from scim_user where id = ?', [id]);
        return rows[0].pending_email;
      };
      const eventsOf = async (targetId: string) => {
        await server.rt.services.events.flush();
        const rows = await server.rt.db.orm.em
          .getConnection()
          .execute(
            'select method, action, status, scim_type, warnings, modified from provisioning_event where tenant_id = ? and target_id = ? order by created_at',
            [t.tenant.id, targetId],
          );
        return rows.map((r: { warnings: unknown; modified: unknown }) => ({
          ...r,
          warnings: typeof r.warnings === 'string' ? JSON.parse(r.warnings) : r.warnings,
          modified: typeof r.modified === 'string' ? JSON.parse(r.modified) : r.modified,
        }));
      };

      it('Test Connection: a filter on a random GUID answers 200 with an empty ListResponse', async () => {
        const res = await server.scim(t, 'GET', `/Users?${eqFilter('userName', randomUUID())}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('application/scim+json');
        expect(res.body).toMatchObject({ schemas: [LIST], totalResults: 0, Resources: [], startIndex: 1 });
      });

      it('query before create finds nobody', async () => {
        const byName = await server.scim(t, 'GET', `/Users?${eqFilter('userName', 'jdoe')}`);
        expect(byName.status).toBe(200);
        expect(byName.body).toMatchObject({ totalResults: 0, Resources: [] });
      });

      it('POST /Users with the preset body creates the user with real booleans and lower-case authType', async () => {
        const res = await server.scim(t, 'POST', '/Users', presetCreateBody(jdoe));
        expect(res.status).toBe(201);
        ids.jdoe = res.body.id;
        expect(ids.jdoe).toEqual(expect.any(String));
        expect(res.headers.get('location')).toBe(`${t.url}/Users/${ids.jdoe}`);
        expect(res.headers.get('etag')).toBe('W/"1"');

        const expected = {
          schemas: [USER, EGN],
          id: ids.jdoe,
          externalId: jdoe.objectId,
          userName: 'jdoe',
          name: { familyName: 'Doe', givenName: 'John' },
          userType: 'power',
          active: true,
          emails: [{ value: 'jdoe@contoso.com', type: 'work', primary: true }],
          [EGN]: {
            authType: 'sso',
            sendInvite: false,
            idpUserId: 'jdoe@contoso.com',
            email: 'jdoe@contoso.com',
            emailChangeImmediate: true,
          },
        };
        const { meta: createdMeta, ...createdBody } = res.body;
        expect(createdBody).toEqual(expected);
        expect(createdMeta).toMatchObject({
          resourceType: 'User',
          location: `${t.url}/Users/${ids.jdoe}`,
          version: 'W/"1"',
        });

        const { meta, ...got } = await getUser(ids.jdoe);
        expect(got).toEqual(expected);
        expect(meta).toMatchObject({ resourceType: 'User', version: 'W/"1"' });
        expect(Date.parse(meta.created)).not.toBeNaN();
        expect(meta.lastModified).toBe(meta.created);
        expect(await pendingEmailOf(ids.jdoe)).toBeNull();

        // The next cycle matches on userName, and on externalId when that is the matching attribute.
        for (const q of [eqFilter('userName', 'jdoe'), eqFilter('externalId', jdoe.objectId)]) {
          const found = await server.scim(t, 'GET', `/Users?${q}`);
          expect(found.body.totalResults).toBe(1);
          expect(found.body.Resources.map((r: { id: string }) => r.id)).toEqual([ids.jdoe]);
        }
        const [created] = await eventsOf(ids.jdoe);
        expect(created).toMatchObject({ method: 'POST', action: 'Create', status: 201, warnings: null });
      });

      it('the repeated POST after a timeout answers 409 uniqueness and leaves one user', async () => {
        const again = await server.scim(t, 'POST', '/Users', presetCreateBody(jdoe));
        expect(again.status).toBe(409);
        expect(again.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
        const list = await server.scim(t, 'GET', `/Users?${eqFilter('userName', 'jdoe')}`);
        expect(list.body.totalResults).toBe(1);
        expect(list.body.Resources[0].id).toBe(ids.jdoe);
        expect((await getUser(ids.jdoe)).meta.version).toBe('W/"1"');
      });

      it('PATCH without the flag: capitalised ops, one op per attribute, emails filter path, Add on the enterprise URN', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch(
            { op: 'Replace', path: 'name.givenName', value: 'Johnny' },
            { op: 'Replace', path: 'emails[type eq "work"].value', value: 'john.doe@contoso.com' },
            { op: 'Replace', path: `${EGN}:email`, value: 'john.doe@contoso.com' },
            { op: 'Replace', path: `${EGN}:idpUserId`, value: 'john.doe@contoso.com' },
            { op: 'Add', path: `${ENT}:department`, value: 'Retail' },
            { op: 'Replace', path: 'active', value: 'True' },
          ),
        );
        expect(res.status).toBe(204);
        expect(res.body).toBeUndefined();
        expect(res.headers.get('etag')).toBe('W/"2"');

        const { meta, ...got } = await getUser(ids.jdoe);
        expect(got).toEqual({
          schemas: [USER, ENT, EGN],
          id: ids.jdoe,
          externalId: jdoe.objectId,
          userName: 'jdoe',
          name: { familyName: 'Doe', givenName: 'Johnny' },
          userType: 'power',
          active: true,
          // emailChangeImmediate is true: the new address applies at once.
          emails: [{ value: 'john.doe@contoso.com', type: 'work', primary: true }],
          [ENT]: { department: 'Retail' },
          [EGN]: {
            authType: 'sso',
            sendInvite: false,
            idpUserId: 'john.doe@contoso.com',
            email: 'john.doe@contoso.com',
            emailChangeImmediate: true,
          },
        });
        expect(meta.version).toBe('W/"2"');
        expect(await pendingEmailOf(ids.jdoe)).toBeNull();

        // Disable in the default form: active as the string "False".
        const off = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch({ op: 'Replace', path: 'active', value: 'False' }),
        );
        expect(off.status).toBe(204);
        expect((await getUser(ids.jdoe)).active).toBe(false);
        const on = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch({ op: 'Replace', path: 'active', value: 'True' }),
        );
        expect(on.status).toBe(204);
        const back = await getUser(ids.jdoe);
        expect(back.active).toBe(true);
        expect(back.meta.version).toBe('W/"4"');

        const events = await eventsOf(ids.jdoe);
        const update = events.find((e: { method: string; status: number }) => e.method === 'PATCH' && e.status === 204);
        expect(update.action).toBe('Update');
        expect(update.warnings).toBeNull();
        expect(update.modified.map((m: { attribute: string }) => m.attribute).sort()).toEqual(
          ['emails', 'name.givenName', `${ENT}:department`, `${EGN}:email`, `${EGN}:idpUserId`].sort(),
        );
        expect(events.filter((e: { action: string }) => e.action === 'Disable')).toHaveLength(1);
      });

      it('PATCH with the aadOptscim062020 flag: lowercase ops, boolean active, path-less replace with dotted and URN keys', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          flagged(`/Users/${ids.jdoe}`),
          patch(
            { op: 'add', path: 'nickName', value: 'JD' },
            {
              op: 'replace',
              value: {
                displayName: 'Johnny Doe',
                'name.givenName': 'Jon',
                'name.familyName': 'Doe-Smith',
                [`${ENT}:employeeNumber`]: '4711',
              },
            },
          ),
        );
        expect(res.status).toBe(204);
        const { meta, ...got } = await getUser(ids.jdoe);
        expect(got).toEqual({
          schemas: [USER, ENT, EGN],
          id: ids.jdoe,
          externalId: jdoe.objectId,
          userName: 'jdoe',
          name: { familyName: 'Doe-Smith', givenName: 'Jon' },
          displayName: 'Johnny Doe',
          nickName: 'JD',
          userType: 'power',
          active: true,
          emails: [{ value: 'john.doe@contoso.com', type: 'work', primary: true }],
          [ENT]: { employeeNumber: '4711', department: 'Retail' },
          [EGN]: {
            authType: 'sso',
            sendInvite: false,
            idpUserId: 'john.doe@contoso.com',
            email: 'john.doe@contoso.com',
            emailChangeImmediate: true,
          },
        });
        expect(meta.version).toBe('W/"5"');
        // No literal dotted or URN-qualified keys were stored.
        expect(Object.keys(got)).not.toContain('name.givenName');
        expect(Object.keys(got)).not.toContain(`${ENT}:employeeNumber`);

        // Disable and enable with the flag: lowercase op, JSON boolean.
        expect(
          (
            await server.scim(
              t,
              'PATCH',
              flagged(`/Users/${ids.jdoe}`),
              patch({ op: 'replace', path: 'active', value: false }),
            )
          ).status,
        ).toBe(204);
        expect((await getUser(ids.jdoe)).active).toBe(false);
        expect(
          (
            await server.scim(
              t,
              'PATCH',
              flagged(`/Users/${ids.jdoe}`),
              patch({ op: 'replace', path: 'active', value: true }),
            )
          ).status,
        ).toBe(204);
        expect((await getUser(ids.jdoe)).active).toBe(true);

        // GET and filters work with the flag on the URL too.
        const found = await server.scim(t, 'GET', flagged(`/Users?${eqFilter('userName', 'jdoe')}`));
        expect(found.status).toBe(200);
        expect(found.body.Resources.map((r: { id: string }) => r.id)).toEqual([ids.jdoe]);
      });

      it('manager sent as a bare string id is stored and returned as a complex reference', async () => {
        const created = await server.scim(t, 'POST', '/Users', presetCreateBody(msmith));
        expect(created.status).toBe(201);
        ids.msmith = created.body.id;

        const res = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch({ op: 'Add', path: `${ENT}:manager`, value: ids.msmith }),
        );
        expect(res.status).toBe(204);
        const got = await getUser(ids.jdoe);
        expect(got[ENT]).toEqual({
          employeeNumber: '4711',
          department: 'Retail',
          manager: { value: ids.msmith, $ref: `${t.url}/Users/${ids.msmith}` },
        });
        // Entra's manager check before an update: id and manager AND-ed.
        const check = await server.scim(
          t,
          'GET',
          `/Users?filter=${encodeURIComponent(`id eq "${ids.jdoe}" and manager eq "${ids.msmith}"`)}&attributes=id`,
        );
        expect(check.status).toBe(200);
        expect(check.body.totalResults).toBe(1);

        // Same request again: no change, no new version.
        const before = got.meta.version;
        expect(
          (
            await server.scim(
              t,
              'PATCH',
              `/Users/${ids.jdoe}`,
              patch({ op: 'Add', path: `${ENT}:manager`, value: ids.msmith }),
            )
          ).status,
        ).toBe(204);
        expect((await getUser(ids.jdoe)).meta.version).toBe(before);
      });

      it('POST /Groups with the ADSCIM schema URI creates an empty group found by the lean displayName query', async () => {
        const lean = `/Groups?excludedAttributes=members&${eqFilter('displayName', 'Sales')}`;
        const none = await server.scim(t, 'GET', lean);
        expect(none.status).toBe(200);
        expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

        const gObjectId = randomUUID();
        const res = await server.scim(t, 'POST', '/Groups', {
          schemas: [GROUP, ADSCIM_GROUP],
          externalId: gObjectId,
          displayName: 'Sales',
          meta: { resourceType: 'Group' },
        });
        expect(res.status).toBe(201);
        ids.sales = res.body.id;
        expect(res.headers.get('location')).toBe(`${t.url}/Groups/${ids.sales}`);
        const { meta: createdMeta, ...created } = res.body;
        expect(created).toEqual({
          schemas: [GROUP],
          id: ids.sales,
          externalId: gObjectId,
          displayName: 'Sales',
          members: [],
        });
        expect(createdMeta).toMatchObject({ resourceType: 'Group', version: 'W/"1"' });

        const found = await server.scim(t, 'GET', lean);
        expect(found.body.totalResults).toBe(1);
        expect(found.body.Resources[0]).toMatchObject({ id: ids.sales, displayName: 'Sales', externalId: gObjectId });
        expect(found.body.Resources[0].members).toBeUndefined();

        const byId = await server.scim(t, 'GET', `/Groups/${ids.sales}?excludedAttributes=members`);
        expect(byId.status).toBe(200);
        expect(byId.body.members).toBeUndefined();
      });

      it('PATCH Add members with "$ref": null, then a re-add of an existing member adds no duplicate', async () => {
        const created = await server.scim(t, 'POST', '/Users', presetCreateBody(kli));
        expect(created.status).toBe(201);
        ids.kli = created.body.id;

        const add = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({
            op: 'Add',
            path: 'members',
            value: [
              { $ref: null, value: ids.jdoe },
              { $ref: null, value: ids.msmith },
            ],
          }),
        );
        expect(add.status).toBe(204);
        expect(add.headers.get('etag')).toBe('W/"2"');
        const add2 = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: ids.kli }] }),
        );
        expect(add2.status).toBe(204);

        let group = await getGroup(ids.sales);
        expect(group.members).toHaveLength(3);
        expect(values(group.members)).toEqual([ids.jdoe, ids.msmith, ids.kli].sort());
        expect(group.members.find((m: { value: string }) => m.value === ids.jdoe)).toEqual({
          value: ids.jdoe,
          $ref: `${t.url}/Users/${ids.jdoe}`,
          display: 'Johnny Doe',
          type: 'User',
        });
        expect(group.members.find((m: { value: string }) => m.value === ids.msmith).display).toBe('msmith');
        expect(group.meta.version).toBe('W/"3"');

        const readd = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: ids.jdoe }] }),
        );
        expect(readd.status).toBe(204);
        group = await getGroup(ids.sales);
        expect(group.members).toHaveLength(3);
        expect(values(group.members)).toEqual([ids.jdoe, ids.msmith, ids.kli].sort());
        expect(group.meta.version).toBe('W/"3"');

        const user = await getUser(ids.jdoe);
        expect(user.groups).toEqual([
          { value: ids.sales, $ref: `${t.url}/Groups/${ids.sales}`, display: 'Sales', type: 'direct' },
        ]);
      });

      it('PATCH Remove members in the default form removes only the listed members', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Remove', path: 'members', value: [{ $ref: null, value: ids.msmith }] }),
        );
        expect(res.status).toBe(204);
        const group = await getGroup(ids.sales);
        expect(values(group.members)).toEqual([ids.jdoe, ids.kli].sort());
        expect((await getUser(ids.msmith)).groups).toBeUndefined();
      });

      it('PATCH remove members[value eq "id"] (flag form) removes only that member', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          flagged(`/Groups/${ids.sales}`),
          patch({ op: 'remove', path: `members[value eq "${ids.kli}"]` }),
        );
        expect(res.status).toBe(204);
        const group = await getGroup(ids.sales);
        expect(values(group.members)).toEqual([ids.jdoe]);
      });

      it('a nested group sent as a member is ignored under egnyte rules, with a warning', async () => {
        const nested = await server.scim(t, 'POST', '/Groups', {
          schemas: [GROUP, ADSCIM_GROUP],
          externalId: randomUUID(),
          displayName: 'Sales EMEA',
          meta: { resourceType: 'Group' },
        });
        expect(nested.status).toBe(201);
        ids.nested = nested.body.id;
        const before = await getGroup(ids.sales);

        const res = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: ids.nested }] }),
        );
        expect(res.status).toBe(204);
        const after = await getGroup(ids.sales);
        expect(values(after.members)).toEqual([ids.jdoe]);
        expect(after.meta.version).toBe(before.meta.version);
        const events = await eventsOf(ids.sales);
        const last = events[events.length - 1];
        expect(last).toMatchObject({ method: 'PATCH', status: 204 });
        expect(last.warnings).toEqual([expect.stringContaining(ids.nested)]);
        expect(last.warnings[0]).toMatch(/nested group/);
      });

      it('Replace displayName answers 204 and renames the group everywhere', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Replace', path: 'displayName', value: 'Sales Team' }),
        );
        expect(res.status).toBe(204);
        const group = await getGroup(ids.sales);
        expect(group.displayName).toBe('Sales Team');
        expect(values(group.members)).toEqual([ids.jdoe]);
        const byNew = await server.scim(
          t,
          'GET',
          `/Groups?excludedAttributes=members&${eqFilter('displayName', 'Sales Team')}`,
        );
        expect(byNew.body.Resources.map((r: { id: string }) => r.id)).toEqual([ids.sales]);
        const byOld = await server.scim(
          t,
          'GET',
          `/Groups?excludedAttributes=members&${eqFilter('displayName', 'Sales')}`,
        );
        expect(byOld.body.totalResults).toBe(0);
        expect((await getUser(ids.jdoe)).groups).toEqual([
          expect.objectContaining({ value: ids.sales, display: 'Sales Team' }),
        ]);

        // A rename onto another group's name is a uniqueness conflict and changes nothing.
        const clash = await server.scim(
          t,
          'PATCH',
          `/Groups/${ids.sales}`,
          patch({ op: 'Replace', path: 'displayName', value: 'sales emea' }),
        );
        expect(clash.status).toBe(409);
        expect(clash.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
        const after = await getGroup(ids.sales);
        expect(after.displayName).toBe('Sales Team');
        expect(after.meta.version).toBe(group.meta.version);
      });

      it('disable (Replace active "False") keeps the user and its memberships; GET shows active false', async () => {
        const res = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch({ op: 'Replace', path: 'active', value: 'False' }),
        );
        expect(res.status).toBe(204);
        const user = await getUser(ids.jdoe);
        expect(user.active).toBe(false);
        expect(user.userName).toBe('jdoe');
        expect(user.name).toEqual({ familyName: 'Doe-Smith', givenName: 'Jon' });
        const found = await server.scim(t, 'GET', `/Users?${eqFilter('userName', 'jdoe')}`);
        expect(found.body.totalResults).toBe(1);
        expect(found.body.Resources[0].active).toBe(false);
        expect(values((await getGroup(ids.sales)).members)).toEqual([ids.jdoe]);
      });

      it('DELETE /Users answers 204, then 404, and the user is gone from its groups', async () => {
        const del = await server.scim(t, 'DELETE', `/Users/${ids.jdoe}`);
        expect(del.status).toBe(204);
        expect(del.body).toBeUndefined();
        const gone = await server.scim(t, 'GET', `/Users/${ids.jdoe}`);
        expect(gone.status).toBe(404);
        expect(gone.body).toMatchObject({ schemas: [ERROR], status: '404' });
        expect((await server.scim(t, 'DELETE', `/Users/${ids.jdoe}`)).status).toBe(404);
        const list = await server.scim(t, 'GET', `/Users?${eqFilter('userName', 'jdoe')}`);
        expect(list.body).toMatchObject({ totalResults: 0, Resources: [] });
        const group = await getGroup(ids.sales);
        expect(group.members).toEqual([]);
        const rows = await server.rt.db.orm.em
          .getConnection()
          .execute('select count(*) as n from group_member where member_id = ?', [ids.jdoe]);
        expect(Number(rows[0].n)).toBe(0);
        // jdoe's manager and the other members are untouched.
        expect((await getUser(ids.msmith)).userName).toBe('msmith');
        // Entra's next PATCH to the deleted user (InvalidAnchor on its side) is a 404.
        const late = await server.scim(
          t,
          'PATCH',
          `/Users/${ids.jdoe}`,
          patch({ op: 'Replace', path: 'active', value: 'False' }),
        );
        expect(late.status).toBe(404);
        expect(late.body).toMatchObject({ schemas: [ERROR], status: '404' });
      });

      it('a user restored in Entra after the DELETE is created again under a new id', async () => {
        const again = await server.scim(t, 'POST', '/Users', presetCreateBody(jdoe));
        expect(again.status).toBe(201);
        expect(again.body.id).not.toBe(ids.jdoe);
        const got = await getUser(again.body.id);
        expect(got).toMatchObject({ userName: 'jdoe', active: true, externalId: jdoe.objectId });
        expect(got.groups).toBeUndefined();
        expect(got[ENT]).toBeUndefined();
        expect((await server.scim(t, 'GET', `/Users?${eqFilter('userName', 'jdoe')}`)).body.totalResults).toBe(1);
        expect((await server.scim(t, 'DELETE', `/Users/${again.body.id}`)).status).toBe(204);
      });

      it('DELETE /Groups answers 204, then 404', async () => {
        for (const id of [ids.sales, ids.nested]) {
          const del = await server.scim(t, 'DELETE', `/Groups/${id}`);
          expect(del.status).toBe(204);
          const gone = await server.scim(t, 'GET', `/Groups/${id}`);
          expect(gone.status).toBe(404);
          expect(gone.body).toMatchObject({ schemas: [ERROR], status: '404' });
        }
        const list = await server.scim(t, 'GET', '/Groups');
        expect(list.body).toMatchObject({ totalResults: 0, Resources: [] });
      });

      it('every request of the run is in the provisioning log, and nothing answered 5xx', async () => {
        await server.rt.services.events.flush();
        const rows = await server.rt.db.orm.em
          .getConnection()
          .execute(
            'select status, scim_type, action from provisioning_event where tenant_id = ? and actor = ? order by created_at',
            [t.tenant.id, 'scim'],
          );
        expect(rows.length).toBeGreaterThan(30);
        expect(rows.filter((r: { status: number }) => r.status >= 500)).toEqual([]);
        expect(rows.filter((r: { status: number; scim_type: string }) => r.status === 409)).toEqual([
          { status: 409, scim_type: 'uniqueness', action: 'Create' },
          { status: 409, scim_type: 'uniqueness', action: 'Update' },
        ]);
      });
    },
  );
}
