import { Client, type Exchange, makeErrorResult, makeResult, type Operation, type OperationResult } from '@urql/core';
import { GraphQLError } from 'graphql';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filter, map, pipe } from 'wonka';
import type { MeFieldsFragment } from '../graphql/generated';
import { fakeClient } from '../test/fakeClient';
import { canEditRole, retryDelayMs, useSessionStore } from './session';

/** A client whose n-th request gets the n-th answer (network failures and HTTP statuses included). */
function scriptedClient(answers: ((op: Operation) => OperationResult)[]) {
  let n = 0;
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => answers[Math.min(n++, answers.length - 1)](op)),
    );
  return { client: new Client({ url: '/graphql', exchanges: [exchange] }), calls: () => n };
}
const down = (op: Operation) => makeErrorResult(op, new TypeError('Failed to fetch'));
const http500 = (op: Operation) =>
  makeErrorResult(op, new Error('Internal Server Error'), new Response('oops', { status: 500 }));
const gqlInternal = (op: Operation) =>
  makeResult(op, {
    data: { me: null },
    errors: [new GraphQLError('Unexpected error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
  });
const signedOut = (op: Operation) => makeResult(op, { data: { me: null } });
/** Lets the store's awaited promises run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

const tenant = (slug: string, name: string) => ({
  slug,
  name,
  scimUrl: `http://x/scim/v2/${slug}`,
  rules: 'EGNYTE' as const,
  ssoEnabled: true,
});
const me: MeFieldsFragment = {
  userName: 'ann',
  platformOwner: false,
  memberships: [
    { role: 'VIEWER', tenant: tenant('zeta', 'Zeta') },
    { role: 'ADMIN', tenant: tenant('acme', 'Acme') },
  ],
};

describe('useSessionStore', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads me once, sorts tenants by name and knows the role in each', async () => {
    const { client, seen } = fakeClient(() => ({ data: { me } }));
    const session = useSessionStore();
    session.use(client);
    await session.load();
    await session.load();
    expect(seen.filter((s) => s.name === 'Me')).toHaveLength(1);
    expect(session.memberships.map((m) => m.tenant.slug)).toEqual(['acme', 'zeta']);
    expect(session.canEdit('acme')).toBe(true);
    expect(session.canEdit('zeta')).toBe(false);
    expect(session.canEdit('other')).toBe(false);
  });

  it('is signed out when me is null', async () => {
    const { client } = fakeClient(() => ({ data: { me: null } }));
    const session = useSessionStore();
    session.use(client);
    await session.load();
    expect(session.loaded).toBe(true);
    expect(session.me).toBeNull();
  });

  it('signs in, or returns the server message', async () => {
    let ok = false;
    const { client, seen } = fakeClient((name) => {
      if (name !== 'SignIn') return { data: { signOut: true } };
      return ok
        ? { data: { signIn: { csrfToken: 'c', me } } }
        : { error: 'Wrong userName or password', code: 'UNAUTHENTICATED' };
    });
    const session = useSessionStore();
    session.use(client);
    expect(await session.signIn('ann', 'nope')).toBe('Wrong userName or password');
    expect(session.me).toBeNull();
    ok = true;
    expect(await session.signIn('ann', 'right')).toBeUndefined();
    expect(session.me?.userName).toBe('ann');
    expect(seen.at(-1)?.variables).toEqual({ userName: 'ann', password: 'right' });
    await session.signOut();
    expect(session.me).toBeNull();
  });

  describe('"could not ask" is not "not signed in"', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('a server that does not answer: load waits, says so, and retries until it answers', async () => {
      const { client, calls } = scriptedClient([down, down, (op) => makeResult(op, { data: { me } })]);
      const session = useSessionStore();
      session.use(client);
      let done = false;
      void session.load().then(() => {
        done = true;
      });
      await settle();
      expect(done).toBe(false);
      expect(session.loaded).toBe(false);
      expect(session.problem).toMatchObject({ kind: 'down', detail: 'Failed to fetch', attempts: 1 });
      await vi.advanceTimersByTimeAsync(retryDelayMs(1));
      expect(calls()).toBe(2);
      expect(session.problem).toMatchObject({ kind: 'down', attempts: 2 });
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(retryDelayMs(2));
      expect(done).toBe(true);
      expect(session.problem).toBeNull();
      expect(session.me?.userName).toBe('ann');
    });

    it('an HTTP 500 or a GraphQL INTERNAL_SERVER_ERROR is an error answer, not a signed-out admin; retry now', async () => {
      const { client, calls } = scriptedClient([http500, gqlInternal, signedOut]);
      const session = useSessionStore();
      session.use(client);
      let done = false;
      void session.load().then(() => {
        done = true;
      });
      await settle();
      expect(session.problem).toMatchObject({ kind: 'error', detail: 'HTTP 500 Internal Server Error' });
      session.retryNow();
      await settle();
      expect(calls()).toBe(2);
      expect(session.problem).toMatchObject({ kind: 'error', detail: 'Unexpected error', attempts: 2 });
      expect(session.loaded).toBe(false);
      session.retryNow();
      await settle();
      expect(done).toBe(true);
      expect(session.problem).toBeNull();
      expect(session.loaded).toBe(true);
      expect(session.me).toBeNull();
    });

    it('waits 1 s, 2 s, 4 s ... at most 30 s between attempts', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([
        1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
      ]);
    });
  });

  it('a session the server ended is "expired" for the sign-in page; a sign-out or a sign-in is not', async () => {
    const { client } = fakeClient((name) =>
      name === 'SignIn' ? { data: { signIn: { csrfToken: 'c', me } } } : { data: { signOut: true } },
    );
    const session = useSessionStore();
    session.use(client);
    await session.signIn('ann', 'pw');
    expect(session.expired).toBe(false);
    session.clear();
    expect(session.me).toBeNull();
    expect(session.expired).toBe(true);
    await session.signIn('ann', 'pw');
    expect(session.expired).toBe(false);
    await session.signOut();
    expect(session.me).toBeNull();
    expect(session.expired).toBe(false);
  });

  it('lets owners and admins change things, never viewers', () => {
    expect(canEditRole('OWNER')).toBe(true);
    expect(canEditRole('ADMIN')).toBe(true);
    expect(canEditRole('VIEWER')).toBe(false);
    expect(canEditRole(undefined)).toBe(false);
  });
});
