import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../src/events/event.row.js';
import { eventValues, insertEvents } from '../src/events/event.row.js';
import { type GqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000);
const ODD = 'Zoë, "Jürgen"\nMüller 日本 🙂';
const BULK = 2_500;
const HEADER =
  'createdAt,id,action,status,scimType,resourceType,targetName,targetId,actor,tokenId,method,path,durationMs,error,warnings,modified';

/** The tenant's streamed event export (`GET /api/tenants/:tenant/events/export`) over real HTTP on SQLite. */
describe('tenant event export on SQLite', () => {
  let server: TestServer;
  let a: TestTenant;
  let bulk: TestTenant;
  let owner: GqlClient;
  let viewer: GqlClient;
  let outsider: GqlClient;
  let apiToken = '';

  const event = (tenantId: string, over: Partial<NewEvent>): NewEvent => ({
    tenantId,
    actor: 'scim',
    method: 'POST',
    path: '/scim/v2/ev-a/Users',
    action: 'Create',
    resourceType: 'User',
    status: 201,
    durationMs: 4,
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    a = await server.addTenant('ev-a');
    const b = await server.addTenant('ev-b');
    bulk = await server.addTenant('ev-bulk');
    await addAdmin(server, a, 'vera.viewer', 'viewer');
    await addAdmin(server, b, 'otto.outsider', 'owner');
    owner = await signedInClient(server, a.adminUserName, PASSWORD);
    viewer = await signedInClient(server, 'vera.viewer', PASSWORD);
    outsider = await signedInClient(server, 'otto.outsider', PASSWORD);
    apiToken = (await owner(`mutation { createApiToken(tenant: "ev-a") { secret } }`)).data.createApiToken.secret;

    const id = a.tenant.id;
    const rows = [
      event(id, { targetName: 'alice', targetId: 'u-alice', createdAt: at(1) }),
      event(id, {
        action: 'Update',
        method: 'PATCH',
        status: 204,
        targetName: ODD,
        targetId: 'u-odd',
        modified: [{ attribute: 'title', old: 'Engineer', new: 'Ingénieure, "lead"' }],
        warnings: ['ignored attribute foo', 'ignored attribute bar'],
        createdAt: at(2),
      }),
      event(id, {
        status: 409,
        scimType: 'uniqueness',
        error: 'userName "bob" is taken',
        targetName: 'bob',
        createdAt: at(3),
      }),
      event(id, {
        actor: 'admin:admin.ev-a',
        method: 'GRAPHQL',
        path: 'updateUser',
        action: 'Update',
        status: 200,
        targetName: '=HYPERLINK("x")',
        createdAt: at(4),
      }),
      event(id, {
        action: 'Delete',
        method: 'DELETE',
        resourceType: 'Group',
        status: 204,
        targetName: 'Sales',
        createdAt: at(5),
      }),
      // the IdP's reads, later than the rest: a GET that found its user, and one that did not
      event(id, {
        action: 'Other',
        method: 'GET',
        path: '/scim/v2/ev-a/Users/u-1',
        status: 200,
        targetName: 'a read',
        createdAt: at(20),
      }),
      event(id, {
        action: 'Other',
        method: 'GET',
        path: '/scim/v2/ev-a/Users/u-2',
        status: 404,
        targetName: 'a failed read',
        createdAt: at(21),
      }),
    ];
    await server.rt.services.sql.transaction((tx) => insertEvents(tx, rows.map(eventValues)));
    await server.rt.services.sql.transaction((tx) =>
      insertEvents(tx, [eventValues(event(b.tenant.id, { targetName: 'not-a', createdAt: at(6) }))]),
    );
    // five to a millisecond, more than two export pages: the keyset must break ties on the id
    const many = Array.from({ length: BULK }, (_, i) =>
      eventValues(event(bulk.tenant.id, { targetName: `user.${i}`, createdAt: new Date(T0 + Math.floor(i / 5)) })),
    );
    await server.rt.services.sql.transaction((tx) => insertEvents(tx, many));
  }, 120_000);
  afterAll(async () => server?.close());

  const url = (tenant: string, query = '') => `${server.url}/api/tenants/${tenant}/events/export${query}`;
  const cookieOf = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csvRows = async (res: Response) =>
    parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

  it('CSV with a viewer session: BOM, header, newest first, non-ASCII and quoting intact, formulas defused', async () => {
    const res = await fetch(url('ev-a', `?format=csv&to=${at(10).toISOString()}`), {
      headers: { cookie: cookieOf(viewer) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('filename="ev-a-events.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(HEADER);
    expect(text).toContain('"Zoë, ""Jürgen""\nMüller 日本 🙂"');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    // the tenant's own events only: the other tenant's, at(6), is not there
    expect(rows.map((r) => r.targetName)).toEqual(['Sales', `'=HYPERLINK("x")`, 'bob', ODD, 'alice']);
    expect(rows[3]).toMatchObject({
      action: 'Update',
      status: '204',
      method: 'PATCH',
      warnings: 'ignored attribute foo; ignored attribute bar',
      modified: 'title: "Engineer" -> "Ingénieure, \\"lead\\""',
      createdAt: at(2).toISOString(),
    });
    expect(rows[2]).toMatchObject({ status: '409', scimType: 'uniqueness', error: 'userName "bob" is taken' });
  });

  it('applies every filter the log page sends, as the GraphQL events query does', async () => {
    const win = { from: at(0).toISOString(), to: at(10).toISOString() };
    const w = `from=${win.from}&to=${win.to}`;
    const gw = `from: "${win.from}", to: "${win.to}"`;
    const w30 = `from=${win.from}&to=${at(30).toISOString()}`;
    const gw30 = `from: "${win.from}", to: "${at(30).toISOString()}"`;
    const ALL = ['Sales', `'=HYPERLINK("x")`, 'bob', ODD, 'alice'];
    const cases: [string, string, string[]][] = [
      [`${w}&action=UPDATE`, `${gw}, action: UPDATE`, [`'=HYPERLINK("x")`, ODD]],
      [`${w}&action=delete`, `${gw}, action: DELETE`, ['Sales']],
      [`${w}&failed=true`, `${gw}, failed: true`, ['bob']],
      [`${w}&failed=false&resourceType=Group`, `${gw}, failed: false, resourceType: "Group"`, ['Sales']],
      [`targetSearch=${encodeURIComponent('Müller 日本')}`, 'targetSearch: "Müller 日本"', [ODD]],
      ['targetName=alice', 'targetName: "alice"', ['alice']],
      ['targetId=u-odd', 'targetId: "u-odd"', [ODD]],
      [
        `from=${at(2).toISOString()}&to=${at(4).toISOString()}`,
        `from: "${at(2).toISOString()}", to: "${at(4).toISOString()}"`,
        ['bob', ODD],
      ],
      [`${w}&actorSearch=ADMIN%3A&status=200`, `${gw}, actorSearch: "ADMIN:", status: 200`, [`'=HYPERLINK("x")`]],
      [`${w30}&quietReads=true`, `${gw30}, quietReads: true`, ['a failed read', ...ALL]],
      [`${w30}&quietReads=false`, `${gw30}, quietReads: false`, ['a failed read', 'a read', ...ALL]],
    ];
    for (const [query, filter, expected] of cases) {
      const res = await fetch(url('ev-a', `?${query}`), { headers: { cookie: cookieOf(owner) } });
      expect(res.status, query).toBe(200);
      expect(
        (await csvRows(res)).map((r) => r.targetName),
        query,
      ).toEqual(expected);
      const page = await owner(`{ events(tenant: "ev-a", first: 200, filter: { ${filter} }) { totalCount } }`);
      expect(page.data.events.totalCount, filter).toBe(expected.length);
    }
  });

  it('JSON with an API token: one array of the events, newest first, every field', async () => {
    const res = await fetch(url('ev-a', `?format=json&from=${at(0).toISOString()}&to=${at(10).toISOString()}`), {
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('filename="ev-a-events.json"');
    const body = (await res.json()) as Record<string, unknown>[];
    expect(body.map((e) => e.targetName)).toEqual(['Sales', '=HYPERLINK("x")', 'bob', ODD, 'alice']);
    expect(body[3]).toEqual({
      id: expect.any(String),
      createdAt: at(2).toISOString(),
      actor: 'scim',
      tokenId: null,
      method: 'PATCH',
      path: '/scim/v2/ev-a/Users',
      action: 'Update',
      resourceType: 'User',
      targetId: 'u-odd',
      targetName: ODD,
      modified: [{ attribute: 'title', old: 'Engineer', new: 'Ingénieure, "lead"' }],
      status: 204,
      scimType: null,
      error: null,
      warnings: ['ignored attribute foo', 'ignored attribute bar'],
      durationMs: 4,
    });
    const none = await fetch(url('ev-a', '?format=json&targetName=nobody'), {
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(await none.json()).toEqual([]);
  });

  it('includes read events still queued in the recorder', async () => {
    const read = await server.scim(a, 'GET', '/Users/00000000-0000-0000-0000-000000000000');
    expect(read.status).toBe(404);
    const res = await fetch(
      url('ev-a', `?format=json&failed=true&actor=scim&status=404&from=${new Date(Date.now() - 60_000).toISOString()}`),
      {
        headers: { cookie: cookieOf(owner) },
      },
    );
    const body = (await res.json()) as { method: string; path: string; status: number }[];
    expect(body.map((e) => [e.method, e.status])).toEqual([['GET', 404]]);
  });

  it('refuses: no caller 401, a bad token 401, a tenant the caller cannot see 404, bad options 400', async () => {
    const status = async (u: string, headers: Record<string, string> = {}) => (await fetch(u, { headers })).status;
    expect(await status(url('ev-a'))).toBe(401);
    expect(await status(url('ev-a'), { authorization: 'Bearer sdp_nope' })).toBe(401);
    const hidden = await fetch(url('ev-a'), { headers: { cookie: cookieOf(outsider) } });
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Tenant "ev-a" not found' } });
    expect(await status(url('no-such-tenant'), { cookie: cookieOf(outsider) })).toBe(404);
    expect(await status(url('ev-bulk'), { authorization: `Bearer ${apiToken}` })).toBe(404);
    const bad = await fetch(url('ev-a', '?format=xml'), { headers: { cookie: cookieOf(owner) } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    expect(await status(url('ev-a', '?action=Promote'), { cookie: cookieOf(owner) })).toBe(400);
    expect(await status(url('ev-a', '?from=yesterday'), { cookie: cookieOf(owner) })).toBe(400);
    expect(await status(url('ev-a', '?failed=maybe'), { cookie: cookieOf(owner) })).toBe(400);
    // an option the export does not know is refused, never silently dropped from the filter
    const unknown = await fetch(url('ev-a', '?target=alice'), { headers: { cookie: cookieOf(owner) } });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'target: is not an option of the event export', field: 'target' },
    });
  });

  it(`streams all ${BULK} events of a tenant (several keyset pages), newest first, none repeated`, async () => {
    // the bulk tenant's own admin may read it
    const bulkOwner = await signedInClient(server, bulk.adminUserName, PASSWORD);
    const csv = await fetch(url('ev-bulk', `?to=${at(100).toISOString()}`), {
      headers: { cookie: cookieOf(bulkOwner) },
    });
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines.length).toBe(BULK + 1);
    const json = await fetch(url('ev-bulk', `?format=json&to=${at(100).toISOString()}`), {
      headers: { cookie: cookieOf(bulkOwner) },
    });
    const rows = (await json.json()) as { id: string; targetName: string; createdAt: string }[];
    expect(rows.length).toBe(BULK);
    expect(new Set(rows.map((r) => r.id)).size).toBe(BULK);
    for (let i = 1; i < rows.length; i++) {
      const p = rows[i - 1];
      const c = rows[i];
      expect(p.createdAt > c.createdAt || (p.createdAt === c.createdAt && p.id > c.id)).toBe(true);
    }
    expect(rows[0].createdAt).toBe(new Date(T0 + Math.floor((BULK - 1) / 5)).toISOString());
    expect(rows[BULK - 1].createdAt).toBe(new Date(T0).toISOString());
  });
});
