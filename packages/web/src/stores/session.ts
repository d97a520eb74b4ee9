import type { Client } from '@urql/core';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { errorMessage } from '../graphql/client';
import { MeDocument, type MeFieldsFragment, type Role, SignInDocument, SignOutDocument } from '../graphql/generated';

export type Membership = MeFieldsFragment['memberships'][number];

/** Roles that may change things; a viewer only reads (and sees no control that changes anything). */
export const canEditRole = (role: Role | undefined) => role === 'OWNER' || role === 'ADMIN';

/** The signed-in admin and the tenants they may act in (the tenant switcher's list). */
export const useSessionStore = defineStore('session', () => {
  const client = shallowRef<Client>();
  const me = ref<MeFieldsFragment | null>(null);
  const loaded = ref(false);
  let loading: Promise<void> | undefined;

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

  /** Loads `me` once (again with force); null when not signed in. */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve();
    loading ??= req()
      .query(MeDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        me.value = r.data?.me ?? null;
        loaded.value = true;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  }

  /** Signs in; resolves to an error message, or undefined on success. */
  async function signIn(userName: string, password: string): Promise<string | undefined> {
    const r = await req().mutation(SignInDocument, { userName, password }).toPromise();
    if (r.error || !r.data) return errorMessage(r.error) || 'Sign-in failed';
    me.value = r.data.signIn.me;
    loaded.value = true;
    return undefined;
  }

  async function signOut(): Promise<void> {
    await req().mutation(SignOutDocument, {}).toPromise();
    clear();
  }

  function clear() {
    me.value = null;
    loaded.value = true;
  }

  return { me, loaded, memberships, membership, canEdit, use, load, signIn, signOut, clear };
});
