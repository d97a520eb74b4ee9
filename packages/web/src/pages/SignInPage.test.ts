import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../App.vue';
import { createGraphqlClient } from '../graphql/client';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { ME } from '../test/mountPage';

/** Issue 11 item 8: "could not ask the server" is not "signed out"; a lost session says so at sign-in. */
describe('server down, session lost', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  /** The dashboard as main.ts starts it, over a stubbed fetch: `reply(n)` answers the n-th /graphql request. */
  async function start(path: string, reply: (n: number, body: string) => Response | Promise<Response>) {
    let n = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => reply(n++, String(init.body))),
    );
    const pinia = createPinia();
    setActivePinia(pinia);
    window.history.replaceState(null, '', path);
    const router = createAppRouter();
    const session = useSessionStore();
    const client = createGraphqlClient(() => {
      if (!session.me) return;
      session.clear();
      void router.replace({ name: 'sign-in', query: { redirect: router.currentRoute.value.fullPath } });
    });
    session.use(client);
    const wrapper = mount(App, { global: { plugins: [pinia, router, [urql, client]] }, attachTo: document.body });
    void router.push(path);
    await flushPromises();
    return { wrapper, router, session, calls: () => n };
  }
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('a server answering 500 on reload: "answered an error, retrying", not the sign-in form; then it opens', async () => {
    let healthy = false;
    const { wrapper, router, session } = await start('/t/acme/users', (_n, body) =>
      healthy && body.includes('query Me')
        ? json({ data: { me: null } })
        : new Response('<html>Internal Server Error</html>', { status: 500, statusText: 'Internal Server Error' }),
    );
    const problem = wrapper.get('[data-testid="server-problem"]');
    expect(problem.text()).toContain('The server answered an error. This page retries by itself.');
    expect(problem.text()).toContain('HTTP 500 Internal Server Error');
    expect(problem.text()).toMatch(/Retrying in \d s/);
    expect(wrapper.find('#password').exists()).toBe(false);
    healthy = true;
    await problem.get('button').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'), { timeout: 10_000 });
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ redirect: '/t/acme/users' });
    expect(wrapper.find('[data-testid="server-problem"]').exists()).toBe(false);
    expect(wrapper.find('#password').exists()).toBe(true);
    expect(session.expired).toBe(false);
    expect(wrapper.find('[data-testid="session-expired"]').exists()).toBe(false);
  });

  it('a server that does not answer: "not answering"; once it answers, the page asked for opens', async () => {
    let up = false;
    const { wrapper, router, session } = await start('/t/acme', (_n, body) =>
      up && body.includes('query Me') ? json({ data: { me: ME } }) : Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(wrapper.get('[data-testid="server-problem"]').text()).toContain('The server is not answering.');
    expect(wrapper.find('#password').exists()).toBe(false);
    up = true;
    session.retryNow();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/t/acme'), { timeout: 10_000 });
    expect(session.me?.userName).toBe('ann');
    expect(wrapper.find('[data-testid="server-problem"]').exists()).toBe(false);
  });

  it('a session lost on a later request: back to sign-in with "Your session expired"', async () => {
    const { wrapper, router } = await start('/t/acme/users', (_n, body) => {
      if (body.includes('query Me')) return json({ data: { me: ME } });
      return json({
        errors: [{ message: 'Sign in, or send a valid API token', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'), { timeout: 10_000 });
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ redirect: '/t/acme/users' });
    expect(wrapper.get('[data-testid="session-expired"]').text()).toBe(
      'Your session expired: sign in again to go back where you were.',
    );
  });
});
