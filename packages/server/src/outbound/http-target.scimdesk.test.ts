import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestTenant } from '../../test/harness.js';
import { HttpScimTarget } from './http-target.js';
import { TargetError } from './target.js';

/** The HTTP target against a real scimdesk tenant over HTTP: what an external target looks like. */
let srv: TestServer;
let tenant: TestTenant;
const targets: HttpScimTarget[] = [];
const open = (baseUrl: string, token: string) => {
  const t = new HttpScimTarget({ baseUrl, token, policy: { maxAttempts: 2, baseDelayMs: 10 } });
  targets.push(t);
  return t;
};

beforeAll(async () => {
  srv = await startTestServer('sqlite');
  tenant = await srv.addTenant('outbound');
});
afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  await srv?.close();
});

describe('HttpScimTarget against scimdesk', () => {
  it('passes the connection test, with or without a trailing slash', async () => {
    for (const base of [tenant.url, `${tenant.url}/`]) {
      const r = await open(base, tenant.token).testConnection();
      expect(r).toEqual({
        ok: true,
        status: 200,
        message: `Connected: ${tenant.url}/Users answered a filter on userName with an empty list.`,
      });
    }
  });

  it('explains a wrong token (401) and a wrong tenant URL (404)', async () => {
    const bad = await open(tenant.url, 'not-the-token').testConnection();
    expect(bad).toEqual({
      ok: false,
      status: 401,
      message:
        'The target refused the token (401): it may be wrong, revoked or expired. The target said: ' +
        '"Authentication failed: the bearer token is missing, invalid, expired or revoked".',
    });
    const wrongUrl = tenant.url.replace('/outbound', '/nosuchtenant');
    const missing = await open(wrongUrl, tenant.token).testConnection();
    expect(missing).toEqual({
      ok: false,
      status: 404,
      message: `No SCIM endpoint at ${wrongUrl}/Users (404): check the tenant URL.`,
    });
  });

  it('reads the attribute types the target declares at /Schemas, once; a refused token gives none', async () => {
    const t = open(tenant.url, tenant.token);
    const declared = await t.declaredTypes();
    const core = declared?.get('urn:ietf:params:scim:schemas:core:2.0:user');
    expect(core?.get('active')).toBe('boolean');
    expect(core?.get('name.givenname')).toBe('string');
    expect(core?.get('emails.primary')).toBe('boolean');
    expect(declared?.get('urn:ietf:params:scim:schemas:core:2.0:group')?.get('members.value')).toBe('string');
    expect(await t.declaredTypes()).toBe(declared);
    expect(await open(tenant.url, 'not-the-token').declaredTypes()).toBeUndefined();
  });

  it('creates, finds, gets, patches and deletes a user', async () => {
    const t = open(tenant.url, tenant.token);
    const created = await t.create('user', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'ada@example.com',
      externalId: 'src-1',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      active: true,
    });
    expect(created.call).toMatchObject({ method: 'POST', path: '/Users', status: 201, retries: 0 });
    const id = created.value.id!;
    expect(created.value).toMatchObject({ userName: 'ada@example.com', externalId: 'src-1', active: true });

    const found = await t.find('user', 'userName eq "ada@example.com"');
    expect(found.value.map((r) => r.id)).toEqual([id]);
    expect(found.call.path).toBe(`/Users?filter=${encodeURIComponent('userName eq "ada@example.com"')}&count=2`);
    expect((await t.find('user', 'externalId eq "nobody"')).value).toEqual([]);

    expect((await t.get('user', id)).value).toMatchObject({ id, name: { givenName: 'Ada' } });
    const patched = await t.patch('user', id, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect([patched.value, patched.call.status]).toEqual([null, 204]);
    expect((await t.get('user', id)).value).toMatchObject({ active: false });

    const del = await t.delete('user', id);
    expect(del.call.status).toBe(204);
    expect((await t.get('user', id)).value).toBeNull();
    expect((await t.delete('user', id)).call.status).toBe(404);
  });

  it('creates, patches and deletes a group with a member; a duplicate is SCIM_409 uniqueness', async () => {
    const t = open(tenant.url, tenant.token);
    const user = await t.create('user', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'bob' });
    const group = await t.create('group', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Engineering',
    });
    const gid = group.value.id!;
    await t.patch('group', gid, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'add', path: 'members', value: [{ value: user.value.id }] }],
    });
    const got = await t.get('group', gid);
    expect(((got.value?.members ?? []) as { value: string }[]).map((m) => m.value)).toEqual([user.value.id]);
    expect((await t.find('group', 'displayName eq "Engineering"')).value.map((g) => g.id)).toEqual([gid]);

    let dup: unknown;
    try {
      await t.create('user', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'bob' });
    } catch (e) {
      dup = e;
    }
    expect(dup).toBeInstanceOf(TargetError);
    expect(dup).toMatchObject({ code: 'SCIM_409', status: 409, scimType: 'uniqueness', call: { retries: 0 } });

    expect((await t.delete('group', gid)).call.status).toBe(204);
    expect((await t.get('group', gid)).value).toBeNull();
  });
});
