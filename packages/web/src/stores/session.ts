import type { Client, OperationResult } from '@urql/core';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { CSRF_COOKIE, errorCode, errorMessage, readCookie } from '../graphql/client';
import {
  MeDocument,
  type MeFieldsFragment,
  type MeQuery,
  type Role,
  SignInDocument,
  SignOutDocument,
} from '../graphql/generated';

export type Membership = MeFieldsFragment['memberships'][number];

/** Roles that may change things; a viewer only reads (and sees no control that changes anything). */
export const canEditRole = (role: Role | undefined) => role === 'OWNER' || role === 'ADMIN';

/**
 * Why the server could not say who is signed in: `down` (no answer: stopped, unreachable) or
 * `error` (it answered with a failure: HTTP 5xx, a GraphQL error). Not the same as "not signed in".
 */
export interface ServerProblem {
  kind: 'down' | 'error';
  detail: string;
  /** Failed attempts so far. */
  attempts: number;
  /** When the next attempt starts (ms since the epoch). */
  retryAt: number;
}

/** Waits between attempts to ask the server: 1 s, 2 s, 4 s ... up to 30 s. */
export const retryDelayMs = (attempts: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));

/** Who is signed in according to this answer, or the problem that kept the server from saying. */
export function meOf(
  r: OperationResult<MeQuery>,
): { me: MeFieldsFragment | null } | Omit<ServerProblem, 'attempts' | 'retryAt'> {
  if (!r.error)
    return r.data ? { me: r.data.me ?? null } : { kind: 'error', detail: 'The server sent an empty answer.' };
  if (errorCode(r.error) === 'UNAUTHENTICATED') return { me: null };
  const status = r.error.response?.status;
  if (r.error.networkError && typeof status !== 'number') return { kind: 'down', detail: r.error.networkError.message };
  if (r.error.networkError)
    return {
      kind: 'error',
      detail: `HTTP ${status}${r.error.networkError.message ? ` ${r.error.networkError.message}` : ''}`,
    };
  return { kind: 'error', detail: errorMessage(r.error) };
}

/** The signed-in admin and the tenants they may act in (the tenant switcher's list). */
export const useSessionStore = defineStore('session', () => {
  const client = shallowRef<Client>();
  const me = ref<MeFieldsFragment | null>(null);
  const loaded = ref(false);
  /** Set while the server cannot be asked who is signed in; load() keeps retrying meanwhile. */
  const problem = ref<ServerProblem | null>(null);
  /** The server ended this session (expired, signed out elsewhere): the sign-in page says so. */
  const expired = ref(false);
  let loading: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const memberships = computed(() =>
    [...(me.value?.memberships ?? [])].sort((a, b) => a.tenant.name.localeCompare(b.tenant.name)),
  );
  const membership = (slug: string | undefined) => memberships.value.find((m) => m.tenant.slug === slug);
  const canEdit = (slug: string | undefined) => canEditRole(membership(slug)?.role);

  function use(c: Client) {
    client.value = c;
  }

  function req(): Client {
    if (!client.value) throw new Error('session store used before a GraphQL client was set');
    return client.value;
  }

  /** Asks until the server answers: "signed in as ...", or "not signed in". */
  async function ask(): Promise<void> {
    for (let attempts = 1; ; attempts++) {
      const r = await req().query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      const out = meOf(r);
      if ('me' in out) {
        // A CSRF cookie without a session: the server forgot it (expired, signed out elsewhere).
        if (!out.me && readCookie(CSRF_COOKIE)) expired.value = true;
        me.value = out.me;
        loaded.value = true;
        problem.value = null;
        return;
      }
      const delay = retryDelayMs(attempts);
      problem.value = { ...out, attempts, retryAt: Date.now() + delay };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  /**
   * Loads `me` once (again with force). Resolves once the server has answered: `me` null means not
   * signed in. While it cannot be asked, `problem` says why and the next attempt is scheduled.
   */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve();
    loading ??= ask().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  /** Starts the waiting attempt now. */
  function retryNow() {
    wake?.();
  }

  /** Signs in; resolves to an error message, or undefined on success. */
  async function signIn(userName: string, password: string): Promise<string | undefined> {
    const r = await req().mutation(SignInDocument, { userName, password }).toPromise();
    if (r.error || !r.data) return errorMessage(r.error) || 'Sign-in failed';
    me.value = r.data.signIn.me;
    loaded.value = true;
    expired.value = false;
    return undefined;
  }

  async function signOut(): Promise<void> {
    await req().mutation(SignOutDocument, {}).toPromise();
    me.value = null;
    loaded.value = true;
    expired.value = false;
  }

  /** The server no longer knows this session (a later request was UNAUTHENTICATED): signed out, with a note. */
  function clear() {
    me.value = null;
    loaded.value = true;
    expired.value = true;
  }

  return {
    me,
    loaded,
    problem,
    expired,
    memberships,
    membership,
    canEdit,
    use,
    load,
    retryNow,
    signIn,
    signOut,
    clear,
  };
});
