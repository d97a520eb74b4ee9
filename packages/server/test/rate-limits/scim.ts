import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture } from '../graphql-fixture.js';
import { type DbKind, type ScimReply, startTestServer, type TestServer, type TestTenant } from '../harness.js';

/** Waits when an hour-long fixed window is about to end, so a suite never straddles two windows. */
export async function awayFromWindowEdge(windowSeconds = 3600): Promise<void> {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < 60) await new Promise((r) => setTimeout(r, left * 1000 + 500));
}

export const HOUR = { RATE_LIMIT_WINDOW_SECONDS: '3600' };

export function expect429(r: ScimReply): void {
  expect(r.status).toBe(429);
  expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(r.headers.get('content-type')).toMatch(/^application\/scim\+json/);
  expect(r.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  expect(r.body.status).toBe('429');
  expect(r.body.scimType).toBeUndefined();
}

const statuses = (rs: ScimReply[]) => rs.map((r) => r.status).sort();
const count = (rs: ScimReply[], status: number) => rs.filter((r) => r.status === status).length;

/** Authenticated SCIM requests: per token and per tenant. */
export function defineScimTokenLimits(kind: DbKind): void {
  describe('per token and per tenant', () => {
    let server: TestServer;
    beforeAll(async () => {
      await awayFromWindowEdge();
      server = await startTestServer(kind, {
        ...HOUR,
        SCIM_RATE_LIMIT_PER_TOKEN: '20',
        SCIM_RATE_LIMIT_PER_TENANT: '30',
      });
    });
    afterAll(async () => server?.close());

    it('answers a burst past the token limit with 429, Retry-After and a SCIM error body; other tenants go on', async () => {
      const burst = await server.addTenant('burst');
      const calm = await server.addTenant('calm');
      const gets = await Promise.all(Array.from({ length: 15 }, () => server.scim(burst, 'GET', '/Users?count=1')));
      const posts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          server.scim(burst, 'POST', '/Users', {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
            userName: `burst.${i}`,
          }),
        ),
      );
      const all = [...gets, ...posts];
      expect(count(all, 429)).toBe(5);
      expect(count(all, 200) + count(all, 201)).toBe(20);
      for (const r of all.filter((x) => x.status === 429)) expect429(r);
      expect((await server.scim(calm, 'GET', '/Users')).status).toBe(200);
      expect429(await server.scim(burst, 'GET', '/Users'));
    });

    it('holds the tenant limit across two tokens', async () => {
      const f = await tenantFixture(server, 'two', 'standard');
      // The fixture used the first token for 2 requests; a second token from the owner's account.
      const made = await f.owner('mutation { createScimToken(tenant: "two") { secret } }');
      const second: TestTenant = { ...f.t, token: made.data.createScimToken.secret };
      const first = await Promise.all(Array.from({ length: 13 }, () => server.scim(f.t, 'GET', '/Groups')));
      expect(statuses(first)).toEqual(Array(13).fill(200));
      const rest = await Promise.all(Array.from({ length: 20 }, () => server.scim(second, 'GET', '/Users')));
      expect(count(rest, 200)).toBe(15);
      expect(count(rest, 429)).toBe(5);
      expect429(await server.scim(f.t, 'GET', '/Users'));
    });
  });
}

/** Refused requests: per address, not in the event log, no health warning, counted in the report. */
export function defineRefusedLimits(kind: DbKind): void {
  describe('refused requests', () => {
    let server: TestServer;
    beforeAll(async () => {
      await awayFromWindowEdge();
      server = await startTestServer(kind, { ...HOUR, SCIM_RATE_LIMIT_REFUSED_PER_ADDRESS: '25' });
    });
    afterAll(async () => server?.close());

    it('answers 429 after the address limit, keeps refusals out of the event log and the health warning, and reports them', async () => {
      const f = await tenantFixture(server, 'probed', 'standard');
      const wrong: TestTenant = { ...f.t, token: `scd_00000000-0000-0000-0000-000000000000_${'x'.repeat(40)}` };
      const replies: ScimReply[] = [];
      for (let i = 0; i < 10; i++) replies.push(await server.scim(wrong, 'GET', '/Users'));
      for (let i = 0; i < 10; i++) replies.push(await server.scim({ ...f.t, token: 'nonsense' }, 'GET', '/Users'));
      for (let i = 0; i < 5; i++)
        replies.push(await server.scim(f.t, 'GET', '/Users', undefined, { authorization: '' }));
      expect(statuses(replies)).toEqual(Array(25).fill(401));
      const more = await Promise.all(Array.from({ length: 10 }, () => server.scim(wrong, 'POST', '/Users', {})));
      for (const r of more) expect429(r);
      // An unknown tenant from the same address is refused before it is looked up.
      expect429(await server.scim({ ...f.t, url: `${server.url}/scim/v2/nope` }, 'GET', '/Users'));

      await server.rt.services.events.flush();
      const rows = await server.rt.db.orm.em
        .fork()
        .getConnection()
        .execute<{ n: number | string }[]>(
          'select count(*) as n from provisioning_event where tenant_id = ? and status >= 400',
          [f.t.tenant.id],
        );
      expect(Number(rows[0].n)).toBe(0);

      const res = await f.owner(
        `{ health(tenant: "probed") { code } report(tenant: "probed") { refusedRequests { day reason count } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.health.map((h: { code: string }) => h.code)).not.toContain('HIGH_FAILURE_RATE');
      const today = new Date().toISOString().slice(0, 10);
      expect(res.data.report.refusedRequests).toEqual([
        { day: today, reason: 'malformed', count: 10 },
        { day: today, reason: 'unknown', count: 10 },
        { day: today, reason: 'missing', count: 5 },
      ]);
    });
  });
}
