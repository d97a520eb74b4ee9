import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

/** Issue 12 item 5: concurrent writers of one resource wait for each other instead of failing. */
export function defineConcurrencySuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('race');
  });
  afterAll(async () => server?.close());

  const newUser = async (userName: string): Promise<string> => {
    const r = await server.scim(t, 'POST', '/Users', user(userName));
    expect(r.status).toBe(201);
    return r.body.id;
  };
  const newGroup = async (displayName: string): Promise<string> => {
    const r = await server.scim(t, 'POST', '/Groups', { displayName });
    expect(r.status).toBe(201);
    return r.body.id;
  };
  const memberRows = (column: 'group_id' | 'member_id', id: string) =>
    server.rt.services.sql.all<{ group_id: string; member_id: string }>(
      `select group_id, member_id from group_member where ${column} = ?`,
      [id],
    );
  const membersOf = async (groupId: string): Promise<string[]> => {
    const g = await server.scim(t, 'GET', `/Groups/${groupId}`);
    expect(g.status).toBe(200);
    return ((g.body.members ?? []) as { value: string }[]).map((m) => m.value);
  };
  const count = (statuses: number[]) =>
    statuses.reduce<Record<number, number>>((acc, s) => {
      acc[s] = (acc[s] ?? 0) + 1;
      return acc;
    }, {});

  it('a member add racing the DELETE of that user never leaves the deleted user a member', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      const g = await newGroup(`race.group.${round}`);
      const u = await newUser(`race.member.${round}`);
      const [add, del] = await Promise.all([
        server.scim(t, 'PATCH', `/Groups/${g}`, patch({ op: 'add', path: 'members', value: [{ value: u }] })),
        server.scim(t, 'DELETE', `/Users/${u}`),
      ]);
      expect([204, 404]).toContain(add.status);
      expect(del.status).toBe(204);
      outcomes.push(
        `round ${round}: listed=${(await membersOf(g)).includes(u)} rows=${(await memberRows('member_id', u)).length}`,
      );
    }
    expect(outcomes).toEqual(Array.from({ length: 10 }, (_, round) => `round ${round}: listed=false rows=0`));
  });

  it('30 concurrent member adds to one group all succeed, then 30 concurrent removes', async () => {
    const g = await newGroup('race.crowd');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await newUser(`race.crowd.${i}`));
    const adds = await Promise.all(
      ids.map((id) =>
        server.scim(t, 'PATCH', `/Groups/${g}`, patch({ op: 'add', path: 'members', value: [{ value: id }] })),
      ),
    );
    expect(count(adds.map((r) => r.status))).toEqual({ 204: 30 });
    expect((await membersOf(g)).sort()).toEqual([...ids].sort());
    expect(await memberRows('group_id', g)).toHaveLength(30);

    const removes = await Promise.all(
      ids.map((id) =>
        server.scim(t, 'PATCH', `/Groups/${g}`, patch({ op: 'remove', path: `members[value eq "${id}"]` })),
      ),
    );
    expect(count(removes.map((r) => r.status))).toEqual({ 204: 30 });
    expect(await membersOf(g)).toEqual([]);
    expect(await memberRows('group_id', g)).toHaveLength(0);
  });

  it('20 concurrent email adds to one user all succeed and all 20 are kept', async () => {
    const u = await newUser('race.emails');
    const values = Array.from({ length: 20 }, (_, i) => `extra${i}@example.com`);
    const replies = await Promise.all(
      values.map((value) =>
        server.scim(t, 'PATCH', `/Users/${u}`, patch({ op: 'add', path: 'emails', value: [{ value, type: 'other' }] })),
      ),
    );
    expect(count(replies.map((r) => r.status))).toEqual({ 204: 20 });
    const got = await server.scim(t, 'GET', `/Users/${u}`);
    const emails = ((got.body.emails ?? []) as { value: string }[]).map((e) => e.value).sort();
    expect(emails).toEqual(['race.emails@example.com', ...values].sort());
  });

  it('of 20 concurrent DELETEs of one user exactly one answers 204, the rest 404', async () => {
    const u = await newUser('race.delete');
    const replies = await Promise.all(Array.from({ length: 20 }, () => server.scim(t, 'DELETE', `/Users/${u}`)));
    expect(count(replies.map((r) => r.status))).toEqual({ 204: 1, 404: 19 });
    expect((await server.scim(t, 'GET', `/Users/${u}`)).status).toBe(404);
    await server.rt.services.events.flush();
    const events = await server.rt.services.sql.all<{ status: number }>(
      "select status from provisioning_event where tenant_id = ? and target_id = ? and method = 'DELETE'",
      [t.tenant.id, u],
    );
    expect(count(events.map((e) => e.status))).toEqual({ 204: 1, 404: 19 });
  });
}
