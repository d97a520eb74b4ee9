import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

/** Issue 12 item 1: Entra's DELETE carries a JSON content type and no body; root search is 501. */
export function defineEmptyBodySuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer(kind);
    t = await server.addTenant('bodies');
  });
  afterAll(async () => server?.close());

  const send = (method: string, path: string, contentType: string, body?: string) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${t.token}`, 'content-type': contentType },
      body: method === 'GET' ? undefined : body,
    });

  for (const contentType of ['application/scim+json', 'application/json']) {
    it(`DELETE and GET with ${contentType} and an empty body work`, async () => {
      const created = await server.scim(t, 'POST', '/Users', user(`empty.${contentType.length}`));
      expect(created.status).toBe(201);
      const got = await send('GET', `/Users/${created.body.id}`, contentType, '');
      expect(got.status).toBe(200);
      const del = await send('DELETE', `/Users/${created.body.id}`, contentType, '');
      expect(del.status).toBe(204);
      expect((await server.scim(t, 'GET', `/Users/${created.body.id}`)).status).toBe(404);
      const group = await server.scim(t, 'POST', '/Groups', { displayName: `g.${contentType.length}` });
      expect((await send('DELETE', `/Groups/${group.body.id}`, contentType, '')).status).toBe(204);
    });
  }

  it('a write without a body is a 400 invalidSyntax and creates nothing', async () => {
    const before = (await server.scim(t, 'GET', '/Users')).body.totalResults;
    for (const [method, path] of [
      ['POST', '/Users'],
      ['POST', '/Groups'],
      ['POST', '/Bulk'],
      ['POST', '/Users/.search'],
    ]) {
      const res = await send(method, path, 'application/scim+json', '');
      expect({ path, status: res.status, scimType: ((await res.json()) as { scimType?: string }).scimType }).toEqual({
        path,
        status: 400,
        scimType: 'invalidSyntax',
      });
    }
    expect((await server.scim(t, 'GET', '/Users')).body.totalResults).toBe(before);
  });

  it('POST /.search at the root answers 501 with a SCIM error', async () => {
    const res = await server.scim(t, 'POST', '/.search', {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
    });
    expect(res.status).toBe(501);
    expect(res.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect(res.body.status).toBe('501');
  });
}
