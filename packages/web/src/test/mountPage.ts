import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import type { MeFieldsFragment } from '../graphql/generated';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { type Answer, fakeClient } from './fakeClient';

export const ME: MeFieldsFragment = {
  userName: 'ann',
  platformOwner: false,
  memberships: [
    {
      role: 'OWNER',
      tenant: { slug: 'acme', name: 'Acme', scimUrl: 'http://x/scim/v2/acme', rules: 'EGNYTE', ssoEnabled: true },
    },
    {
      role: 'VIEWER',
      tenant: { slug: 'beta', name: 'Beta', scimUrl: 'http://x/scim/v2/beta', rules: 'EGNYTE', ssoEnabled: true },
    },
  ],
};

/**
 * The dashboard at `path` as the browser has it: the app's router (its routes, guard and layout),
 * the session signed in as `me`, GraphQL answered by `answer` (see fakeClient; `Me` is answered here).
 */
export async function mountApp(
  path: string,
  answer: (name: string, variables: Record<string, unknown>) => Answer,
  me: MeFieldsFragment = ME,
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const { client, seen } = fakeClient((name, variables) =>
    name === 'Me' ? { data: { me } } : answer(name, variables),
  );
  const session = useSessionStore();
  session.use(client);
  // Like a reload when `path` is where the browser is: the history entry (and its state) stays.
  if (`${window.location.pathname}${window.location.search}` !== path) window.history.replaceState(null, '', path);
  const router = createAppRouter();
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, router, [urql, client]] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, seen, session };
}
