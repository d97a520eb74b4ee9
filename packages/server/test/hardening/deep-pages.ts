import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqlObserver } from '../../src/db/sql.js';
import { SAMPLE_EVERY } from '../../src/scim/sql/position-index.js';
import { insertUser, userRow } from '../../src/users/user.store.js';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

const N = 2 * SAMPLE_EVERY + 450;

/**
 * Issue 12 item 10: pages at a deep startIndex seek from a kept position (scim/sql/position-index.ts)
 * instead of an OFFSET scan. Every page must be the one OFFSET gives, with the same total, before
 * the index is built, once it is, after a create (appended) and after a delete (positions move).
 */
export function defineDeepPagesSuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  const expected = async (offset: number, count: number) =>
    (
      await server.rt.services.sql.all<{ id: string }>(
        'select id from scim_user where tenant_id = ? order by created_at, id limit ? offset ?',
        [t.tenant.id, count, offset],
      )
    ).map((r) => r.id);
  const page = async (startIndex: number, count = 100) => {
    const res = await server.scim(t, 'GET', `/Users?startIndex=${startIndex}&count=${count}&attributes=userName`);
    expect(res.status).toBe(200);
    return { ids: res.body.Resources.map((r: { id: string }) => r.id) as string[], total: res.body.totalResults };
  };
  const built = () => server.rt.services.users.positions.settled('scim_user', t.tenant.id);
  const offsets = [
    1,
    2,
    SAMPLE_EVERY - 50,
    SAMPLE_EVERY,
    SAMPLE_EVERY + 1,
    1537,
    2 * SAMPLE_EVERY + 1,
    N - 99,
    N - 5,
    N,
  ];

  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('deep-pages');
    // Loaded directly (thousands of POSTs would be slow), with runs of equal created times so
    // the id decides the order inside a run.
    const base = Date.parse('2026-01-01T00:00:00Z');
    await server.rt.services.sql.transaction(async (tx) => {
      for (let i = 0; i < N; i++) {
        const at = new Date(base + Math.floor(i / 7) * 1000);
        const name = `deep.${String(i).padStart(5, '0')}`;
        await insertUser(
          tx,
          userRow({
            id: `00000000-0000-4000-8000-${String((i * 7919) % 1_000_000).padStart(12, '0')}`,
            tenantId: t.tenant.id,
            userName: name,
            userNameLower: name,
            data: { userName: name },
            createdAt: at,
            updatedAt: at,
          }),
        );
      }
    });
  });
  afterAll(async () => server?.close());

  it('every deep page equals the OFFSET page, before and after the positions are built', async () => {
    for (const round of ['before', 'after']) {
      if (round === 'after') await built();
      for (const s of offsets) {
        const got = await page(s);
        expect({ round, s, ids: got.ids, total: got.total }).toEqual({
          round,
          s,
          ids: await expected(s - 1, 100),
          total: N,
        });
      }
    }
  });

  it('a user created here is counted and paged at the end without a rebuild; a delete moves the pages', async () => {
    await page(1);
    await built();
    const created = await server.scim(t, 'POST', '/Users', user('deep.new'));
    expect(created.status).toBe(201);
    const last = await page(N - 1, 10);
    expect(last.total).toBe(N + 1);
    expect(last.ids).toEqual(await expected(N - 2, 10));
    expect(last.ids.at(-1)).toBe(created.body.id);

    const middle = (await expected(1200, 1))[0];
    expect((await server.scim(t, 'DELETE', `/Users/${middle}`)).status).toBe(204);
    for (const round of ['dropped', 'rebuilt']) {
      if (round === 'rebuilt') await built();
      for (const s of [1150, 1201, 2 * SAMPLE_EVERY + 3, N - 50]) {
        const got = await page(s);
        expect({ round, s, ids: got.ids, total: got.total }).toEqual({
          round,
          s,
          ids: await expected(s - 1, 100),
          total: N,
        });
      }
    }
  });

  it('filtered lists and startIndex past the end are unaffected', async () => {
    await built();
    const past = await server.scim(t, 'GET', `/Users?startIndex=${N + 50}&count=10`);
    expect([past.status, past.body.totalResults, past.body.Resources?.length ?? 0]).toEqual([200, N, 0]);
    const filter = encodeURIComponent('userName sw "deep.0190"');
    const filtered = await server.scim(t, 'GET', `/Users?filter=${filter}&startIndex=3&count=5`);
    const want = await server.rt.services.sql.all<{ id: string }>(
      "select id from scim_user where tenant_id = ? and user_name like 'deep.0190%' order by created_at, id limit 5 offset 2",
      [t.tenant.id],
    );
    expect(filtered.body.totalResults).toBe(10);
    expect(filtered.body.Resources.map((r: { id: string }) => r.id)).toEqual(want.map((r) => r.id));
  });

  it('a deep page while the positions are rebuilt waits for them instead of walking the offset', async () => {
    await built();
    const positions = server.rt.services.users.positions;
    const deepFrom = positions.deepFrom;
    positions.deepFrom = SAMPLE_EVERY;
    const victim = (await expected(10, 1))[0];
    expect((await server.scim(t, 'DELETE', `/Users/${victim}`)).status).toBe(204); // drops the positions
    const statements: string[] = [];
    sqlObserver.onStatement = (text) => statements.push(text);
    try {
      const got = await page(2 * SAMPLE_EVERY + 1);
      expect(got.ids).toEqual(await expected(2 * SAMPLE_EVERY, 100));
      expect(got.total).toBe(N - 1);
    } finally {
      sqlObserver.onStatement = undefined;
      positions.deepFrom = deepFrom;
    }
    expect(statements.some((s) => s.includes('select created_at, id from scim_user'))).toBe(true); // the build
    expect(statements.some((s) => s.includes('count(*)'))).toBe(false);
    expect(statements.some((s) => /\(u\.created_at, u\.id\) >= \(\?, \?\)/.test(s))).toBe(true); // the seek
  });
}
