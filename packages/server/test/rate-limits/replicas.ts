import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { awayFromWindowEdge, HOUR } from './scim.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two app instances on one database share a limit, within one sync interval's overshoot. */
export function defineReplicaLimits(kind: DbKind): void {
  describe('two replicas on one database', () => {
    const env = { ...HOUR, SCIM_RATE_LIMIT_PER_TOKEN: '30', RATE_LIMIT_SYNC_MS: '25' };
    let a: TestServer;
    let b: TestServer;
    beforeAll(async () => {
      await awayFromWindowEdge();
      a = await startTestServer(kind, env);
      b = await startTestServer(kind, env, { databaseUrl: a.databaseUrl });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('accepts the limit and at most what the other replica accepted within a sync interval more', async () => {
      const t = await a.addTenant('shared');
      const onB: TestTenant = { ...t, url: t.url.replace(a.url, b.url) };
      let ok = 0;
      let throttled = 0;
      // Alternating replicas, one request every ~15 ms: each replica serves about 2 per 25 ms sync interval.
      for (let i = 0; i < 80; i++) {
        const r = await (i % 2 ? b.scim(onB, 'GET', '/Users?count=1') : a.scim(t, 'GET', '/Users?count=1'));
        if (r.status === 200) ok++;
        else if (r.status === 429) throttled++;
        await sleep(15);
      }
      expect(ok + throttled).toBe(80);
      // Unshared, each replica would accept 30 (60 in all).
      expect(ok).toBeGreaterThanOrEqual(30);
      expect(ok).toBeLessThanOrEqual(36);
    });
  });
}
