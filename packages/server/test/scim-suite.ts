import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlObserver } from '../src/db/sql.js';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from './harness.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export const user = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName,
  name: { givenName: 'Given', familyName: 'Family' },
  emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
  ...extra,
});
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

/** The SCIM HTTP suite, run once on SQLite and once on PostgreSQL. */
export function defineScimSuite(kind: DbKind) {
  let server: TestServer;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await server.addTenant('tenant-a');
    b = await server.addTenant('tenant-b');
  });
  afterAll(async () => server?.close());

  describe('discovery', () => {
    it('serves ServiceProviderConfig, ResourceTypes and Schemas as SCIM JSON', async () => {
      const spc = await server.scim(a, 'GET', '/ServiceProviderConfig');
      expect(spc.status).toBe(200);
      expect(spc.headers.get('content-type')).toContain('application/scim+json');
      expect(spc.body.patch.supported).toBe(true);
      expect(spc.body.bulk.supported).toBe(true);
      const types = await server.scim(a, 'GET', '/ResourceTypes');
      expect(types.body.Resources.map((r: { id: string }) => r.id).sort()).toEqual(['Group', 'User']);
      const schemas = await server.scim(a, 'GET', '/Schemas');
      expect(schemas.body.totalResults).toBe(4);
      const egnyte = await server.scim(a, 'GET', '/Schemas/urn:scim:schemas:extension:custom:egnyte:1.0:User');
      expect(egnyte.status).toBe(200);
      expect(egnyte.body.attributes.map((x: { name: string }) => x.name)).toContain('isServiceAccount');
    });

    it('answers 405 with a SCIM error to writes on discovery endpoints', async () => {
      for (const path of ['/ServiceProviderConfig', '/ResourceTypes', '/Schemas']) {
        const res = await server.scim(a, 'POST', path, {});
        expect(res.status).toBe(405);
        expect(res.body.schemas).toEqual([ERROR]);
        expect(res.body.status).toBe('405');
      }
    });
  });

  describe('authentication and isolation', () => {
    it('refuses missing, malformed and foreign tokens with 401', async () => {
      const none = await fetch(`${a.url}/Users`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toContain('Bearer');
      expect((await server.scim({ ...a, token: 'nope' }, 'GET', '/Users')).status).toBe(401);
      expect((await server.scim({ ...a, token: b.token }, 'GET', '/Users')).status).toBe(401);
    });

    it('never shows or changes one tenant through another', async () => {
      const created = await server.scim(b, 'POST', '/Users', user('only.in.b'));
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect((await server.scim(a, 'GET', `/Users/${id}`)).status).toBe(404);
      expect(
        (await server.scim(a, 'PATCH', `/Users/${id}`, patch({ op: 'replace', path: 'active', value: false }))).status,
      ).toBe(404);
      expect((await server.scim(a, 'DELETE', `/Users/${id}`)).status).toBe(404);
      const list = await server.scim(a, 'GET', '/Users?filter=userName eq "only.in.b"');
      expect(list.body.totalResults).toBe(0);
      const still = await server.scim(b, 'GET', `/Users/${id}`);
      expect(still.body.active).toBe(true);
    });
  });

  describe('users', () => {
    it('creates, reads, filters, replaces, patches and deletes', async () => {
      const created = await server.scim(a, 'POST', '/Users', user('Jane.Doe', { externalId: 'ext-1', active: 'True' }));
      expect(created.status).toBe(201);
      expect(created.body.active).toBe(true);
      expect(created.headers.get('location')).toBe(`${a.url}/Users/${created.body.id}`);
      expect(created.headers.get('etag')).toBe('W/"1"');
      const id = created.body.id;

      const byName = await server.scim(a, 'GET', '/Users?filter=userName eq "jane.doe"');
      expect(byName.body.totalResults).toBe(1);
      expect(byName.body.Resources[0].id).toBe(id);
      const byExt = await server.scim(a, 'GET', '/Users?filter=externalId eq "ext-1"');
      expect(byExt.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
      const byEmail = await server.scim(
        a,
        'GET',
        `/Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "Jane.Doe@example.com"')}`,
      );
      expect(byEmail.body.totalResults).toBe(1);
      const none = await server.scim(a, 'GET', '/Users?filter=userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"');
      expect(none.status).toBe(200);
      expect(none.body).toMatchObject({ totalResults: 0, Resources: [], startIndex: 1 });

      const patched = await server.scim(
        a,
        'PATCH',
        `/Users/${id}`,
        patch(
          { op: 'Replace', path: 'name.familyName', value: 'Smith' },
          { op: 'Add', path: `${ENT}:department`, value: 'Retail' },
          { op: 'Replace', path: 'active', value: 'False' },
        ),
      );
      expect(patched.status).toBe(204);
      const after = await server.scim(a, 'GET', `/Users/${id}`);
      expect(after.body.name.familyName).toBe('Smith');
      expect(after.body[ENT].department).toBe('Retail');
      expect(after.body.active).toBe(false);
      expect(after.headers.get('etag')).toBe('W/"2"');

      const stale = await server.scim(a, 'PUT', `/Users/${id}`, user('Jane.Doe'), { 'if-match': 'W/"1"' });
      expect(stale.status).toBe(412);
      const put = await server.scim(a, 'PUT', `/Users/${id}`, user('Jane.Doe', { displayName: 'Jane' }), {
        'if-match': 'W/"2"',
      });
      expect(put.status).toBe(200);
      expect(put.body.displayName).toBe('Jane');
      expect(put.body[ENT]).toBeUndefined();

      expect((await server.scim(a, 'DELETE', `/Users/${id}`)).status).toBe(204);
      const gone = await server.scim(a, 'GET', `/Users/${id}`);
      expect(gone.status).toBe(404);
      expect(gone.body).toMatchObject({ schemas: [ERROR], status: '404' });
    });

    it('writes the columns a PATCH changes and leaves the others (and their indexes) alone', async () => {
      const created = await server.scim(
        a,
        'POST',
        '/Users',
        user('Col.Writer', { externalId: 'col-ext-1', displayName: 'Col Writer', title: 'Before' }),
      );
      const id = created.body.id;
      const updates: string[] = [];
      sqlObserver.onStatement = (text) => {
        if (/^update scim_user\b/.test(text)) updates.push(text);
      };
      try {
        const title = await server.scim(
          a,
          'PATCH',
          `/Users/${id}`,
          patch({ op: 'replace', path: 'title', value: 'A' }),
        );
        expect(title.status).toBe(204);
        expect(updates).toHaveLength(1);
        expect(updates[0]).not.toMatch(/user_name|external_id|display_name|active/);
        expect(updates[0]).toMatch(/\bdata = \?/);
      } finally {
        sqlObserver.onStatement = undefined;
      }
      const find = async (filter: string) =>
        (await server.scim(a, 'GET', `/Users?filter=${encodeURIComponent(filter)}`)).body.Resources.map(
          (r: { id: string }) => r.id,
        );
      expect(await find('title eq "A"')).toEqual([id]);
      expect(await find('userName eq "col.writer"')).toEqual([id]);
      expect(await find('externalId eq "col-ext-1"')).toEqual([id]);

      const renamed = await server.scim(
        a,
        'PATCH',
        `/Users/${id}`,
        patch(
          { op: 'replace', path: 'userName', value: 'Col.Renamed' },
          { op: 'replace', path: 'externalId', value: 'col-ext-2' },
          { op: 'replace', path: 'displayName', value: 'Renamed Col' },
          { op: 'replace', path: 'active', value: false },
        ),
      );
      expect(renamed.status).toBe(204);
      expect(await find('userName eq "col.writer"')).toEqual([]);
      expect(await find('userName eq "col.renamed"')).toEqual([id]);
      expect(await find('externalId eq "col-ext-1"')).toEqual([]);
      expect(await find('externalId eq "col-ext-2"')).toEqual([id]);
      expect(await find('displayName eq "Renamed Col"')).toEqual([id]);
      expect(await find('userName eq "col.renamed" and active eq false')).toEqual([id]);
      const taken = await server.scim(a, 'POST', '/Users', user('col.renamed'));
      expect(taken.status).toBe(409);
      const reused = await server.scim(a, 'POST', '/Users', user('col.writer'));
      expect(reused.status).toBe(201);
      const after = await server.scim(a, 'GET', `/Users/${id}`);
      expect(after.body).toMatchObject({
        userName: 'Col.Renamed',
        title: 'A',
        active: false,
        meta: { version: 'W/"3"' },
      });
    });

    it('stores each last-writer stamp once, and still reads and merges rows in the plain form', async () => {
      const conn = server.rt.db.orm.em.getConnection();
      const stored = async (id: string) => {
        const [r] = await conn.execute('select last_writers from scim_user where id = ?', [id]);
        return typeof r.last_writers === 'string' ? JSON.parse(r.last_writers) : r.last_writers;
      };
      const created = await server.scim(a, 'POST', '/Users', user('Stamp.Once', { title: 'T', externalId: 'st-1' }));
      const id = created.body.id;
      const compact = await stored(id);
      expect(compact['#stamps']).toHaveLength(1);
      expect(compact['#stamps'][0]).toMatchObject({ by: 'idp', tokenId: expect.any(String) });
      expect(compact.userName).toBe(0);
      expect(compact.title).toBe(0);

      // a row written before the stored form: the plain { attr: stamp } object
      const old = { userName: { by: 'admin', admin: 'cli', at: '2026-01-01T00:00:00.000Z' } };
      await conn.execute('update scim_user set last_writers = ? where id = ?', [JSON.stringify(old), id]);
      const res = await server.scim(a, 'PATCH', `/Users/${id}`, patch({ op: 'replace', path: 'title', value: 'U' }));
      expect(res.status).toBe(204);
      const merged = await stored(id);
      expect(merged['#stamps']).toEqual([old.userName, expect.objectContaining({ by: 'idp' })]);
      expect(merged).toMatchObject({ userName: 0, title: 1 });
    });

    it('answers 409 uniqueness to a repeated POST, whatever the case of userName', async () => {
      expect((await server.scim(a, 'POST', '/Users', user('dup.user'))).status).toBe(201);
      const again = await server.scim(a, 'POST', '/Users', user('DUP.user'));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    });

    it('creates exactly one user from concurrent identical POSTs', async () => {
      const replies = await Promise.all(
        Array.from({ length: 8 }, () => server.scim(a, 'POST', '/Users', user('race.user'))),
      );
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 409)).toHaveLength(7);
      const list = await server.scim(a, 'GET', '/Users?filter=userName eq "race.user"');
      expect(list.body.totalResults).toBe(1);
    });

    it('rejects bad input with the right status and scimType and changes nothing', async () => {
      const created = await server.scim(a, 'POST', '/Users', user('keep.me'));
      const id = created.body.id;
      const cases: [string, string, unknown, number, string | undefined][] = [
        ['POST', '/Users', { schemas: [USER] }, 400, 'invalidValue'],
        ['POST', '/Users', '{not json', 400, 'invalidSyntax'],
        ['GET', '/Users?filter=userName eq', undefined, 400, 'invalidFilter'],
        ['GET', '/Users?filter=OKTA.USER@EXAMPLE.COM', undefined, 400, 'invalidFilter'],
        ['GET', '/Users?filter=nosuch eq "x"', undefined, 400, 'invalidFilter'],
        ['PATCH', `/Users/${id}`, patch({ op: 'jump', path: 'active', value: true }), 400, 'invalidSyntax'],
        ['PATCH', `/Users/${id}`, patch({ op: 'replace', path: 'active', value: 'maybe' }), 400, 'invalidValue'],
        ['PATCH', `/Users/${id}`, patch({ op: 'replace', path: 'id', value: 'x' }), 400, 'mutability'],
        [
          'PATCH',
          `/Users/${id}`,
          patch(
            { op: 'replace', path: 'displayName', value: 'ok' },
            { op: 'replace', path: 'emails[type eq', value: 1 },
          ),
          400,
          'invalidPath',
        ],
      ];
      for (const [method, path, body, status, scimType] of cases) {
        const res = await server.scim(a, method, path, body);
        expect({ method, path, status: res.status, scimType: res.body?.scimType }).toEqual({
          method,
          path,
          status,
          scimType,
        });
        expect(res.body.schemas).toEqual([ERROR]);
      }
      const after = await server.scim(a, 'GET', `/Users/${id}`);
      expect(after.body.displayName).toBeUndefined();
      expect(after.body.meta.version).toBe('W/"1"');
    });

    it('honours caseExact in co, sw and ew (externalId exact, userName not)', async () => {
      await server.scim(a, 'POST', '/Users', user('Case.Check', { externalId: 'AbC-123_%x' }));
      const q = async (f: string) =>
        (await server.scim(a, 'GET', `/Users?filter=${encodeURIComponent(f)}`)).body.Resources.map(
          (r: { userName: string }) => r.userName,
        );
      expect(await q('externalId sw "AbC"')).toEqual(['Case.Check']);
      expect(await q('externalId sw "abc"')).toEqual([]);
      expect(await q('externalId ew "_%x"')).toEqual(['Case.Check']);
      expect(await q('externalId co "C-1"')).toEqual(['Case.Check']);
      expect(await q('externalId co "c-1"')).toEqual([]);
      expect(await q('userName co "SE.CH"')).toEqual(['Case.Check']);
      expect(await q('userName ew "check"')).toEqual(['Case.Check']);
    });

    it('pages, sorts and projects in SQL', async () => {
      for (const n of ['page.c', 'page.a', 'page.b'])
        await server.scim(a, 'POST', '/Users', user(n, { title: `T-${n}` }));
      const page = await server.scim(
        a,
        'GET',
        '/Users?filter=userName sw "page."&sortBy=userName&sortOrder=descending&startIndex=2&count=1&attributes=userName',
      );
      expect(page.body).toMatchObject({ totalResults: 3, itemsPerPage: 1, startIndex: 2 });
      expect(page.body.Resources[0].userName).toBe('page.b');
      expect(Object.keys(page.body.Resources[0]).sort()).toEqual(['id', 'schemas', 'userName']);
      const excluded = await server.scim(a, 'GET', '/Users?filter=title co "page.a"&excludedAttributes=emails,name');
      expect(excluded.body.Resources[0].emails).toBeUndefined();
      expect(excluded.body.Resources[0].title).toBe('T-page.a');
      const or = await server.scim(
        a,
        'GET',
        `/Users?filter=${encodeURIComponent('(userName eq "page.a" or userName eq "page.c") and not (title ew "c")')}`,
      );
      expect(or.body.Resources.map((r: { userName: string }) => r.userName)).toEqual(['page.a']);
    });
  });

  describe('groups', () => {
    it('adds and removes members in both Entra forms and fills display', async () => {
      const u1 = (await server.scim(a, 'POST', '/Users', user('member.one', { displayName: 'Member One' }))).body.id;
      const u2 = (await server.scim(a, 'POST', '/Users', user('member.two'))).body.id;
      const u3 = (await server.scim(a, 'POST', '/Users', user('member.three'))).body.id;
      const g = await server.scim(a, 'POST', '/Groups', {
        schemas: [GROUP, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
        displayName: 'Engineers',
        externalId: 'g-ext',
        meta: { resourceType: 'Group' },
      });
      expect(g.status).toBe(201);
      const gid = g.body.id;
      const add = await server.scim(
        a,
        'PATCH',
        `/Groups/${gid}`,
        patch({
          op: 'Add',
          path: 'members',
          value: [u1, u2, u3, 'not-a-user'].map((value) => ({ $ref: null, value })),
        }),
      );
      expect(add.status).toBe(204);
      const readd = await server.scim(
        a,
        'PATCH',
        `/Groups/${gid}`,
        patch({ op: 'Add', path: 'members', value: [{ value: u1 }] }),
      );
      expect(readd.status).toBe(204);
      let got = await server.scim(a, 'GET', `/Groups/${gid}`);
      expect(got.body.members.map((m: { value: string }) => m.value).sort()).toEqual([u1, u2, u3].sort());
      expect(got.body.members.find((m: { value: string }) => m.value === u1).display).toBe('Member One');

      await server.scim(
        a,
        'PATCH',
        `/Groups/${gid}`,
        patch({ op: 'Remove', path: 'members', value: [{ $ref: null, value: u2 }] }),
      );
      await server.scim(a, 'PATCH', `/Groups/${gid}`, patch({ op: 'remove', path: `members[value eq "${u3}"]` }));
      got = await server.scim(a, 'GET', `/Groups/${gid}`);
      expect(got.body.members.map((m: { value: string }) => m.value)).toEqual([u1]);

      const lean = await server.scim(a, 'GET', `/Groups?excludedAttributes=members&filter=displayName eq "engineers"`);
      expect(lean.body.totalResults).toBe(1);
      expect(lean.body.Resources[0].members).toBeUndefined();
      const byMember = await server.scim(a, 'GET', `/Groups?filter=members[value eq "${u1}"]`);
      expect(byMember.body.Resources.map((r: { id: string }) => r.id)).toEqual([gid]);
      const userGroups = await server.scim(a, 'GET', `/Users/${u1}`);
      expect(userGroups.body.groups).toEqual([expect.objectContaining({ value: gid, display: 'Engineers' })]);

      const versionBefore = got.body.meta.version;
      expect((await server.scim(a, 'DELETE', `/Users/${u1}`)).status).toBe(204);
      got = await server.scim(a, 'GET', `/Groups/${gid}`);
      expect(got.body.members ?? []).toEqual([]);
      expect(got.body.meta.version).not.toBe(versionBefore);
      expect((await server.scim(a, 'POST', '/Groups', { schemas: [GROUP], displayName: 'ENGINEERS' })).status).toBe(
        409,
      );
    });
  });

  describe('bulk', () => {
    it('resolves bulkId references and stops after failOnErrors', async () => {
      const res = await server.scim(a, 'POST', '/Bulk', {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
        failOnErrors: 1,
        Operations: [
          { method: 'POST', path: '/Users', bulkId: 'u1', data: user('bulk.one') },
          {
            method: 'POST',
            path: '/Groups',
            bulkId: 'g1',
            data: { schemas: [GROUP], displayName: 'Bulk', members: [{ value: 'bulkId:u1' }] },
          },
          { method: 'POST', path: '/Users', bulkId: 'dup', data: user('bulk.one') },
          { method: 'POST', path: '/Users', bulkId: 'never', data: user('bulk.never') },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.Operations.map((o: { status: string }) => o.status)).toEqual(['201', '201', '409']);
      const group = await server.scim(a, 'GET', `${res.body.Operations[1].location.replace(a.url, '')}`);
      expect(group.body.members[0].value).toBe(res.body.Operations[0].location.split('/').pop());
      expect((await server.scim(a, 'GET', '/Users?filter=userName eq "bulk.never"')).body.totalResults).toBe(0);
    });
  });

  describe('provisioning events', () => {
    it('records every request, failures included, with modified attributes', async () => {
      const created = await server.scim(a, 'POST', '/Users', user('evented'));
      await server.scim(
        a,
        'PATCH',
        `/Users/${created.body.id}`,
        patch({ op: 'replace', path: 'displayName', value: 'Ev' }),
      );
      await server.scim(a, 'GET', '/Users?filter=bad filter');
      await server.rt.services.events.flush();
      const conn = server.rt.db.orm.em.getConnection();
      const rows = await conn.execute(
        'select action, status, scim_type, target_name, modified, method from provisioning_event where tenant_id = ? order by created_at',
        [a.tenant.id],
      );
      const update = rows.find(
        (r: { action: string; target_name: string }) => r.action === 'Update' && r.target_name === 'evented',
      );
      expect(update).toBeTruthy();
      const modified = typeof update.modified === 'string' ? JSON.parse(update.modified) : update.modified;
      expect(modified).toEqual([{ attribute: 'displayName', old: null, new: 'Ev' }]);
      expect(
        rows.some((r: { status: number; scim_type: string }) => r.status === 400 && r.scim_type === 'invalidFilter'),
      ).toBe(true);
    });
  });
}
