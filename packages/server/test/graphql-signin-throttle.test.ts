import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gqlClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer } from './harness.js';

/** Password guessing is slowed down: five wrong passwords lock that userName from that address. */
describe('sign-in throttling', () => {
  let server: TestServer;
  const signIn = (userName: string, password: string) =>
    gqlClient(server)('mutation($u: String!, $p: String!) { signIn(userName: $u, password: $p) { me { userName } } }', {
      u: userName,
      p: password,
    });

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const t = await server.addTenant('throttle');
    await addAdmin(server, t, 'guessed.admin', 'owner');
    await addAdmin(server, t, 'other.admin', 'owner');
  });
  afterAll(async () => server?.close());

  it('answers TOO_MANY_REQUESTS (429, Retry-After) after five wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await signIn('guessed.admin', `wrong-${i}`))).toBe('UNAUTHENTICATED');
    const locked = await signIn('Guessed.Admin', PASSWORD);
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBe(Number(locked.headers.get('retry-after')));
  });

  it('leaves other userNames alone', async () => {
    const ok = await signIn('other.admin', PASSWORD);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.signIn.me.userName).toBe('other.admin');
  });
});
