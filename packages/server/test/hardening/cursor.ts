import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

/** RFC 9865 cursor paging: every user once, in the default order, and nextCursor only while more follow. */
export function defineCursorSuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('cursors');
    for (let i = 0; i < 23; i++) expect((await server.scim(t, 'POST', '/Users', user(`cursor.${i}`))).status).toBe(201);
  });
  afterAll(async () => server?.close());

  it('walks every user once by cursor, as the index pages order them', async () => {
    const byIndex = (await server.scim(t, 'GET', '/Users?count=100')).body.Resources.map((r: { id: string }) => r.id);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page++) {
      const res = await server.scim(t, 'GET', `/Users?count=5&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(200);
      expect(res.body.totalResults).toBe(byIndex.length);
      expect(res.body.startIndex).toBeUndefined();
      seen.push(...res.body.Resources.map((r: { id: string }) => r.id));
      if (!res.body.nextCursor) break;
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual(byIndex);
    expect(seen.length).toBe(23);
  });

  it('advertises cursors in ServiceProviderConfig and refuses bad or mixed paging', async () => {
    const spc = await server.scim(t, 'GET', '/ServiceProviderConfig');
    expect(spc.body.pagination).toMatchObject({ cursor: true, index: true, defaultPaginationMethod: 'index' });
    const bad = await server.scim(t, 'GET', '/Users?cursor=not-ours');
    expect([bad.status, bad.body.scimType]).toEqual([400, 'invalidCursor']);
    const mixed = await server.scim(t, 'GET', '/Users?cursor=&startIndex=2');
    expect([mixed.status, mixed.body.scimType]).toEqual([400, 'invalidValue']);
    const sorted = await server.scim(t, 'GET', '/Users?cursor=&sortBy=userName');
    expect([sorted.status, sorted.body.scimType]).toEqual([400, 'invalidValue']);
  });
}
