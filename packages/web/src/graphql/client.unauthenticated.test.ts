import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from './client';
import { SignInDocument, UpdateUserDocument, UsersDocument } from './generated';

/** Issue 11 item 8: a session lost on any later request (a save too) sends the admin to sign in again. */
describe('UNAUTHENTICATED from the server', () => {
  afterEach(() => vi.unstubAllGlobals());

  const unauthenticated = () =>
    new Response(JSON.stringify({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });

  it('on a query or a mutation means the session ended; on signIn it is a wrong password', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => unauthenticated()),
    );
    const lost = vi.fn();
    const client = createGraphqlClient(lost, 'http://x/graphql');
    await client.mutation(SignInDocument, { userName: 'ann', password: 'wrong' }).toPromise();
    expect(lost).not.toHaveBeenCalled();
    await client.query(UsersDocument, { tenant: 'acme', first: 10 }).toPromise();
    expect(lost).toHaveBeenCalledTimes(1);
    await client
      .mutation(UpdateUserDocument, { tenant: 'acme', id: 'u1', input: { twoFactorEnabled: true } })
      .toPromise();
    expect(lost).toHaveBeenCalledTimes(2);
  });
});
