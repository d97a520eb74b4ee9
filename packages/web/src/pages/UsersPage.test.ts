import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountApp } from '../test/mountPage';

const row = (n: number) => ({
  id: `u${n}`,
  userName: `user${n}`,
  displayName: `User ${n}`,
  email: `user${n}@example.com`,
  active: true,
  userType: 'power',
  authType: 'sso',
  isServiceAccount: false,
  twoFactorEnabled: false,
  updatedAt: '2026-11-29T10:00:00Z',
});

/** Three pages of 50: the cursor after page 1 is c1, after page 2 c2. */
function usersAnswer(name: string, variables: Record<string, unknown>) {
  if (name !== 'Users') return { data: {} };
  const page = variables.after === 'c2' ? 3 : variables.after === 'c1' ? 2 : 1;
  const edges = Array.from({ length: page === 3 ? 10 : 50 }, (_, i) => ({ node: row((page - 1) * 50 + i + 1) }));
  return {
    data: {
      users: { totalCount: 110, pageInfo: { hasNextPage: page < 3, endCursor: page < 3 ? `c${page}` : null }, edges },
    },
  };
}

/** Issue 11 item 8: the users list's page is in the address, so a reload or Back shows the same page. */
describe('users list paging in the address', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  const button = (w: Awaited<ReturnType<typeof mountApp>>['wrapper'], text: RegExp) => {
    const b = w.findAll('.pager button').find((x) => text.test(x.text()));
    if (!b) throw new Error(`no pager button ${text}`);
    return b;
  };
  const range = (w: Awaited<ReturnType<typeof mountApp>>['wrapper']) => w.get('.pager span').text();

  it('Next and Previous change the address; a reload there shows that page and still goes back', async () => {
    const { wrapper, router, seen } = await mountApp('/t/acme/users?sort=CREATED', usersAnswer);
    unmount = () => wrapper.unmount();
    expect(range(wrapper)).toBe('1–50 of 110');
    await button(wrapper, /Next/).trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CREATED', page: '2', after: 'c1' });
    await button(wrapper, /Next/).trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CREATED', page: '3', after: 'c2' });
    expect(range(wrapper)).toBe('101–110 of 110');
    expect(seen.filter((s) => s.name === 'Users').at(-1)?.variables).toMatchObject({ after: 'c2', first: 50 });

    // Back (the browser's) is the page before.
    router.back();
    await new Promise((r) => setTimeout(r, 20));
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CREATED', page: '2', after: 'c1' });
    expect(range(wrapper)).toBe('51–100 of 110');
    router.forward();
    await new Promise((r) => setTimeout(r, 20));
    await flushPromises();
    expect(range(wrapper)).toBe('101–110 of 110');
    wrapper.unmount();

    // A reload of page 3: the same page, and Previous knows page 2 (kept in the history entry).
    const reloaded = await mountApp(window.location.pathname + window.location.search, usersAnswer);
    unmount = () => reloaded.wrapper.unmount();
    expect(range(reloaded.wrapper)).toBe('101–110 of 110');
    expect(reloaded.wrapper.get('.pager').text()).toContain('Page 3');
    await button(reloaded.wrapper, /Previous/).trigger('click');
    await flushPromises();
    expect(reloaded.router.currentRoute.value.query).toEqual({ sort: 'CREATED', page: '2', after: 'c1' });
    await button(reloaded.wrapper, /Previous/).trigger('click');
    await flushPromises();
    expect(reloaded.router.currentRoute.value.query).toEqual({ sort: 'CREATED' });
    expect(range(reloaded.wrapper)).toBe('1–50 of 110');
  });

  it('a shared link to page 3 (no history): Previous says "First page" and goes there; a filter change restarts', async () => {
    window.history.replaceState(null, '', '/');
    const { wrapper, router } = await mountApp('/t/acme/users?page=3&after=c2', usersAnswer);
    unmount = () => wrapper.unmount();
    expect(range(wrapper)).toBe('101–110 of 110');
    expect(button(wrapper, /First page/).text()).toBe('← First page');
    await button(wrapper, /First page/).trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    await button(wrapper, /Next/).trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ page: '2', after: 'c1' });
    await router.replace({ query: { sort: 'UPDATED' } });
    await flushPromises();
    expect(range(wrapper)).toBe('1–50 of 110');
  });
});
