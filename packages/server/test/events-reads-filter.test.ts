import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlClient, signedInClient } from './graphql-client.js';
import { PASSWORD, USER } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

/** Issue 11 item 8: the log hides the IdP's successful reads (GET, POST .search) by default: EventFilter.quietReads. */
describe('events filter: quietReads', () => {
  let server: TestServer;
  let t: TestTenant;
  let owner: GqlClient;
  let id = '';
  const slug = 'reads-filter';

  const requests = async (filter: string) => {
    const res = await owner(
      `{ events(tenant: "${slug}", first: 50, filter: ${filter}) { totalCount edges { node { method path action } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.events.edges.map((e: { node: { method: string; path: string } }) => e.node);
    expect(res.data.events.totalCount).toBe(nodes.length);
    return nodes
      .map((n: { method: string; path: string }) => `${n.method} ${n.path.replace(`/scim/v2/${slug}`, '')}`)
      .sort();
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    t = await server.addTenant(slug, { rules: 'standard' });
    owner = await signedInClient(server, t.adminUserName, PASSWORD);
    const made = await server.scim(t, 'POST', '/Users', { schemas: [USER], userName: 'reader.one' });
    expect(made.status).toBe(201);
    id = made.body.id;
    expect((await server.scim(t, 'GET', '/Users?filter=userName%20eq%20%22x%22')).status).toBe(200);
    expect((await server.scim(t, 'GET', `/Users/${id}`)).status).toBe(200);
    // A read that fails is a problem, not noise: it stays.
    expect((await server.scim(t, 'GET', '/Users?filter=nonsense')).status).toBe(400);
    const search = await server.scim(t, 'POST', '/Users/.search', {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
    });
    expect(search.status).toBe(200);
    const patch = await server.scim(t, 'PATCH', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'displayName', value: 'Reader One' }],
    });
    expect(patch.status).toBe(204);
    await server.rt.services.events.flush();
  });
  afterAll(async () => server?.close());

  it('quietReads: true keeps the writes and the failed read; unset or false keeps everything', async () => {
    expect(await requests('{ quietReads: true }')).toEqual([
      'GET /Users?filter=nonsense',
      `PATCH /Users/${id}`,
      'POST /Users',
    ]);
    const all = await requests('{}');
    expect(all).toHaveLength(6);
    expect(all).toContain('POST /Users/.search');
    expect(all).toContain(`GET /Users/${id}`);
    expect(await requests('{ quietReads: false }')).toEqual(all);
    expect(await requests('{ quietReads: true, failed: false }')).toEqual([`PATCH /Users/${id}`, 'POST /Users']);
  });
});
