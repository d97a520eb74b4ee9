import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';

export interface EventRow {
  tenant_id: string;
  method: string;
  path: string;
  action: string;
  target_id: string | null;
  target_name: string | null;
  status: number;
  error: string | null;
  warnings: unknown;
}

/** The provisioning events of a tenant, straight from the table (no flush: what is committed now). */
export async function eventsOf(server: TestServer, t: TestTenant): Promise<EventRow[]> {
  return server.rt.services.sql.all<EventRow>(
    'select tenant_id, method, path, action, target_id, target_name, status, error, warnings from provisioning_event where tenant_id = ?',
    [t.tenant.id],
  );
}

/**
 * Issue 12 item 3: one invalid event no longer drops the batch (every field is fitted to its
 * column), and a write's event commits in the write's own transaction.
 */
export function defineEventSuite(kind: DbKind) {
  let server: TestServer;
  let a: TestTenant;
  let b: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await server.addTenant('events-a');
    b = await server.addTenant('events-b');
  });
  afterAll(async () => server?.close());

  const raw = (t: TestTenant, method: string, path: string, body?: string, token = t.token) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
      },
      body,
    }).then(async (r) => ({ status: r.status, text: await r.text() }));

  it('odd requests in the same burst as acknowledged creates of two tenants cost nobody their event', async () => {
    const longId = 'x'.repeat(100);
    const longName = `long.${'n'.repeat(295)}`;
    const nulBody = JSON.stringify({ ...user('nul.ignored'), 'nul\u0000attr': 'v' });
    const creates = (t: TestTenant, prefix: string) =>
      Array.from({ length: 15 }, (_, i) => server.scim(t, 'POST', '/Users', user(`${prefix}.${i}`)));
    const [createsA, createsB, odd] = await Promise.all([
      Promise.all(creates(a, 'burst.a')),
      Promise.all(creates(b, 'burst.b')),
      Promise.all([
        raw(a, 'UNSUBSCRIBE', '/Users'),
        raw(a, 'GET', `/Users/${longId}`),
        raw(b, 'PATCH', `/Users/${longId}`, JSON.stringify({ schemas: [PATCH], Operations: [] })),
        server.scim(a, 'POST', '/Users', user(longName)),
        server.scim(b, 'POST', '/Bulk', {
          schemas: [BULK],
          Operations: [{ method: 'UNSUBSCRIBED', path: '/Users', bulkId: 'odd', data: user('bulk.odd') }],
        }),
        raw(a, 'POST', '/Users', nulBody),
        server.scim(a, 'POST', '/Groups', { displayName: 'nul.members', members: [{ value: 'ghost\u0000member' }] }),
        server.scim(b, 'POST', '/Bulk', {
          schemas: [BULK],
          Operations: [{ method: 'PO\u0000ST', path: '/Users', bulkId: 'nul', data: user('bulk.nul') }],
        }),
        raw(b, 'GET', `/Users?filter=${encodeURIComponent('userName eq "nul\u0000name"')}`),
        raw(a, 'GET', '/Users', undefined, 'not-a-valid-token'),
      ]),
    ]);
    for (const r of [...createsA, ...createsB]) expect(r.status).toBe(201);
    const [unsubscribe, longGet, longPatch, longCreate, bulk, nulName, nulMember, nulBulk, nulFilter, badToken] = odd;
    expect(unsubscribe.status).toBe(404);
    expect(longGet.status).toBe(404);
    expect(longPatch.status).toBe(404);
    expect(longCreate.status).toBe(400);
    expect(bulk.status).toBe(200);
    expect(bulk.body.Operations[0].status).toBe('400');
    // NUL in a member name or a value is refused now (bad-input work); the refusals are still events.
    expect(nulName.status).toBe(400);
    expect(nulMember.status).toBe(400);
    expect(nulBulk.status).toBe(200);
    expect(nulBulk.body.Operations[0].status).toBe('400');
    expect(nulFilter.status).toBe(400);
    expect(badToken.status).toBe(401);

    await server.rt.services.events.flush();
    const evA = await eventsOf(server, a);
    const evB = await eventsOf(server, b);
    // Every acknowledged create has its Create event.
    const missing = (replies: { body: { id: string } }[], events: EventRow[]) =>
      replies
        .map((r) => r.body.id)
        .filter(
          (id) => events.filter((e) => e.target_id === id && e.action === 'Create' && e.status === 201).length !== 1,
        );
    expect(missing(createsA, evA)).toEqual([]);
    expect(missing(createsB, evB)).toEqual([]);

    // The odd requests have their events too, fitted to the columns.
    const statuses = (events: EventRow[], pick: (e: EventRow) => boolean) => events.filter(pick).map((e) => e.status);
    // UNSUBSCRIBE is 11 characters: the method column keeps 8.
    expect(statuses(evA, (e) => e.method === 'UNSUBSCR' && e.path.endsWith('/Users'))).toEqual([404]);
    expect(statuses(evA, (e) => e.method === 'GET' && e.path.endsWith(`/Users/${longId}`))).toEqual([404]);
    expect(statuses(evB, (e) => e.method === 'PATCH' && e.path.endsWith(`/Users/${longId}`))).toEqual([404]);
    expect(statuses(evA, (e) => e.method === 'POST' && /too long/.test(e.error ?? ''))).toEqual([400]);
    // The Bulk operations are events of their own: UNSUBSCRIBED (12 characters) cut to 8, NUL replaced.
    expect(statuses(evB, (e) => e.method === 'UNSUBSCR')).toEqual([400]);
    const nulOp = evB.filter((e) => e.method === 'PO\uFFFDST');
    expect(nulOp.map((e) => e.status)).toEqual([400]);
    expect(nulOp[0].error).toContain('PO\uFFFDST');
    expect(statuses(evB, (e) => e.method === 'POST' && e.path.endsWith('/Bulk'))).toEqual([200, 200]);
    expect(statuses(evA, (e) => e.method === 'POST' && /member name/.test(e.error ?? ''))).toEqual([400]);
    expect(statuses(evA, (e) => e.method === 'POST' && e.path.endsWith('/Groups'))).toEqual([400]);
    expect(statuses(evB, (e) => e.method === 'GET' && e.path.includes('/Users?filter='))).toEqual([400]);
    for (const e of [...evA, ...evB]) expect(`${e.method} ${e.path} ${e.error ?? ''}`).not.toContain('\u0000');
    // A request without a valid token is not the tenant's event.
    expect(statuses(evA, (e) => e.status === 401)).toEqual([]);
    expect(evA.length).toBe(15 + 5);
    expect(evB.length).toBe(15 + 6);
  });

  const committed = async (t: TestTenant, targetId: string, method: string, status: number) =>
    (await eventsOf(server, t)).filter((e) => e.target_id === targetId && e.method === method && e.status === status);

  it("a write's event is in the table as soon as the write is answered (no flush)", async () => {
    const u = await server.scim(a, 'POST', '/Users', user('committed.user'));
    expect(u.status).toBe(201);
    expect(await committed(a, u.body.id, 'POST', 201)).toHaveLength(1);
    const patched = await server.scim(a, 'PATCH', `/Users/${u.body.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'displayName', value: 'Committed' }],
    });
    expect(patched.status).toBe(204);
    expect(await committed(a, u.body.id, 'PATCH', 204)).toHaveLength(1);
    const put = await server.scim(a, 'PUT', `/Users/${u.body.id}`, user('committed.user', { displayName: 'Put' }));
    expect(put.status).toBe(200);
    expect(await committed(a, u.body.id, 'PUT', 200)).toHaveLength(1);

    const g = await server.scim(a, 'POST', '/Groups', { displayName: 'committed.group' });
    expect(g.status).toBe(201);
    expect(await committed(a, g.body.id, 'POST', 201)).toHaveLength(1);
    const gPatch = await server.scim(a, 'PATCH', `/Groups/${g.body.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'add', path: 'members', value: [{ value: u.body.id }] }],
    });
    expect(gPatch.status).toBe(204);
    expect(await committed(a, g.body.id, 'PATCH', 204)).toHaveLength(1);
    const gPut = await server.scim(a, 'PUT', `/Groups/${g.body.id}`, { displayName: 'committed.group2' });
    expect(gPut.status).toBe(200);
    expect(await committed(a, g.body.id, 'PUT', 200)).toHaveLength(1);

    expect((await server.scim(a, 'DELETE', `/Groups/${g.body.id}`)).status).toBe(204);
    expect(await committed(a, g.body.id, 'DELETE', 204)).toHaveLength(1);
    expect((await server.scim(a, 'DELETE', `/Users/${u.body.id}`)).status).toBe(204);
    expect(await committed(a, u.body.id, 'DELETE', 204)).toHaveLength(1);
  });

  it('a write whose event cannot be stored is not committed: the request fails and the data stays as it was', async () => {
    const t = await server.addTenant('events-refused');
    const kept = await server.scim(t, 'POST', '/Users', user('event.kept', { title: 'Before' }));
    expect(kept.status).toBe(201);
    // The event insert of these two writes fails in the database, after the row's own statement.
    const ddl = (text: string) => server.rt.db.orm.em.getConnection().execute(text);
    if (kind === 'sqlite') {
      await ddl(`create trigger refuse_event before insert on provisioning_event
        when new.target_name = 'event.refused' or (new.target_name = 'event.kept' and new.action = 'Update')
        begin select raise(abort, 'event refused by the test'); end`);
    } else {
      await ddl(`create function refuse_event() returns trigger language plpgsql as $$
        begin raise exception 'event refused by the test'; end $$`);
      await ddl(`create trigger refuse_event before insert on provisioning_event for each row
        when (new.target_name = 'event.refused' or (new.target_name = 'event.kept' and new.action = 'Update'))
        execute function refuse_event()`);
    }
    try {
      const post = await server.scim(t, 'POST', '/Users', user('event.refused'));
      expect(post.status).toBe(500);
      expect(post.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      const found = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent('userName eq "event.refused"')}`);
      expect(found.body.totalResults).toBe(0);

      const patch = await server.scim(t, 'PATCH', `/Users/${kept.body.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'title', value: 'After' }],
      });
      expect(patch.status).toBe(500);
      const after = await server.scim(t, 'GET', `/Users/${kept.body.id}`);
      expect(after.body.title).toBe('Before');
      expect(after.body.meta.version).toBe(kept.body.meta.version);
    } finally {
      await ddl('drop trigger refuse_event' + (kind === 'sqlite' ? '' : ' on provisioning_event'));
      if (kind !== 'sqlite') await ddl('drop function refuse_event()');
    }
    // The same PATCH, its event stored again: committed.
    const again = await server.scim(t, 'PATCH', `/Users/${kept.body.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'title', value: 'After' }],
    });
    expect(again.status).toBe(204);
    expect((await server.scim(t, 'GET', `/Users/${kept.body.id}`)).body.title).toBe('After');
  });
}
