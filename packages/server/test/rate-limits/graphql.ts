import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlReply, gqlClient, signedInClient } from '../graphql-client.js';
import { addAdmin, PASSWORD } from '../graphql-fixture.js';
import { type DbKind, startTestServer, type TestServer } from '../harness.js';
import { awayFromWindowEdge, HOUR } from './scim.js';

function expectTooMany(r: GqlReply): void {
  expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
  expect(r.status).toBe(429);
  expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(r.errors?.[0].extensions?.retryAfterSeconds).toBe(Number(r.headers.get('retry-after')));
}

/** The admin API: per session, per API token, per address when anonymous; and atomic sign-in throttling. */
export function defineGraphqlLimits(kind: DbKind): void {
  describe('GraphQL per session, API token and anonymous address', () => {
    let server: TestServer;
    beforeAll(async () => {
      await awayFromWindowEdge();
      server = await startTestServer(kind, {
        ...HOUR,
        GRAPHQL_RATE_LIMIT_PER_SESSION: '10',
        GRAPHQL_RATE_LIMIT_PER_API_TOKEN: '8',
        GRAPHQL_RATE_LIMIT_PER_ADDRESS: '5',
      });
    });
    afterAll(async () => server?.close());

    it('answers TOO_MANY_REQUESTS past each limit, each caller on its own budget', async () => {
      const t = await server.addTenant('gql');
      const session = await signedInClient(server, t.adminUserName, PASSWORD); // anonymous request 1
      const made = await session('mutation { createApiToken(tenant: "gql") { secret } }'); // session request 1
      expect(made.errors).toBeUndefined();
      const api = gqlClient(server, { bearer: made.data.createApiToken.secret });

      for (let i = 0; i < 9; i++) expect((await session('{ me { userName } }')).errors).toBeUndefined();
      expectTooMany(await session('{ me { userName } }'));

      const byToken = await Promise.all(Array.from({ length: 10 }, () => api('{ me { userName } }')));
      expect(byToken.filter((r) => !r.errors)).toHaveLength(8);
      for (const r of byToken.filter((x) => x.errors)) expectTooMany(r);

      const anon = gqlClient(server);
      for (let i = 0; i < 4; i++) expect((await anon('{ me { userName } }')).data.me).toBeNull();
      expectTooMany(await anon('{ me { userName } }'));
      // A wrong API token is anonymous: the same address budget.
      expectTooMany(await gqlClient(server, { bearer: 'sdp_wrong' })('{ me { userName } }'));
    });
  });

  describe('sign-in throttling under concurrency', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind);
      const t = await server.addTenant('guess');
      await addAdmin(server, t, 'guessed.admin', 'owner');
    });
    afterAll(async () => server?.close());

    it('verifies at most SIGNIN_MAX_FAILURES (5) of 100 concurrent wrong passwords; the rest are TOO_MANY_REQUESTS', async () => {
      const sessions = server.rt.services.sessions;
      const signIn = sessions.signIn.bind(sessions);
      let verified = 0;
      sessions.signIn = (...args) => {
        verified++;
        return signIn(...args);
      };
      const c = gqlClient(server);
      const all = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          c('mutation($u: String!, $p: String!) { signIn(userName: $u, password: $p) { csrfToken } }', {
            u: 'guessed.admin',
            p: `wrong-${i}`,
          }),
        ),
      );
      const wrong = all.filter((r) => codeOf(r) === 'UNAUTHENTICATED').length;
      const throttled = all.filter((r) => codeOf(r) === 'TOO_MANY_REQUESTS');
      expect(verified).toBe(5);
      expect(wrong).toBe(5);
      expect(throttled).toHaveLength(95);
      for (const r of throttled) expectTooMany(r);
    });
  });
}
