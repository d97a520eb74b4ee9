import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

/** Issue 12 item 7: strings that look alike name one user or group (NFC/NFD, width, invisibles, case). */
export function defineIdentitySuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('identity');
  });
  afterAll(async () => server?.close());

  const filterUsers = async (filter: string) => {
    const r = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(filter)}`);
    expect(r.status).toBe(200);
    return (r.body.Resources as { id: string }[]).map((x) => x.id);
  };

  const pairs: [string, string, string][] = [
    ['NFC vs NFD', 'M\u00fcller', 'Mu\u0308ller'],
    ['NFD vs NFC', 'Jo\u0301se', 'J\u00f3se'],
    ['fullwidth', 'bob', '\uFF42\uFF4F\uFF42'],
    ['zero-width space', 'carol', 'ca\u200Brol'],
    ['surrounding spaces', 'dave', ' dave '],
    ['case', 'Eve.Smith', 'EVE.SMITH'],
  ];
  for (const [label, first, second] of pairs)
    it(`userNames that differ only by ${label} are one user`, async () => {
      const created = await server.scim(t, 'POST', '/Users', user(first));
      expect(created.status).toBe(201);
      const dup = await server.scim(t, 'POST', '/Users', user(second));
      expect({ status: dup.status, scimType: dup.body?.scimType }).toEqual({ status: 409, scimType: 'uniqueness' });
      expect(await filterUsers(`userName eq "${second}"`)).toEqual([created.body.id]);
      expect(await filterUsers(`userName eq "${first}"`)).toEqual([created.body.id]);
    });

  it('a rename onto another spelling of an existing userName is 409 uniqueness', async () => {
    const other = await server.scim(t, 'POST', '/Users', user('frank'));
    expect(other.status).toBe(201);
    const res = await server.scim(t, 'PATCH', `/Users/${other.body.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'userName', value: '\uFF42\uFF4F\uFF42' }],
    });
    expect({ status: res.status, scimType: res.body?.scimType }).toEqual({ status: 409, scimType: 'uniqueness' });
  });

  it('name.familyName filters compare without regard to Unicode case', async () => {
    const created = await server.scim(
      t,
      'POST',
      '/Users',
      user('family.upper', { name: { givenName: 'Hans', familyName: 'M\u00dcLLER' } }),
    );
    expect(created.status).toBe(201);
    expect(await filterUsers('name.familyName eq "m\u00fcller"')).toEqual([created.body.id]);
    expect(await filterUsers('name.familyName eq "mu\u0308ller"')).toEqual([created.body.id]);
    expect(await filterUsers('name.familyName co "\u00dcLL"')).toEqual([created.body.id]);
    expect(await filterUsers('name.familyName co "\u00fcll"')).toEqual([created.body.id]);
    expect(await filterUsers('name.familyName sw "m\u00fc"')).toEqual([created.body.id]);
  });

  it('group displayNames that differ only by Unicode case conflict', async () => {
    const first = await server.scim(t, 'POST', '/Groups', { displayName: '\u00c4RZTE' });
    expect(first.status).toBe(201);
    const dup = await server.scim(t, 'POST', '/Groups', { displayName: '\u00e4rzte' });
    expect({ status: dup.status, scimType: dup.body?.scimType }).toEqual({ status: 409, scimType: 'uniqueness' });
    const nfd = await server.scim(t, 'POST', '/Groups', { displayName: 'a\u0308rzte' });
    expect({ status: nfd.status, scimType: nfd.body?.scimType }).toEqual({ status: 409, scimType: 'uniqueness' });
    const found = await server.scim(t, 'GET', `/Groups?filter=${encodeURIComponent('displayName eq "\u00e4rzte"')}`);
    expect((found.body.Resources as { id: string }[]).map((g) => g.id)).toEqual([first.body.id]);
  });
}
