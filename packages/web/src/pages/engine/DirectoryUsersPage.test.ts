import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { forgetTrails } from '../../composables/directoryListState';
import type { DirectoryUserRowFragment } from '../../graphql/generated';
import { fakeClient } from '../../test/fakeClient';
import DirectoryUsersPage from './DirectoryUsersPage.vue';

const user = (n: number): DirectoryUserRowFragment => ({
  objectId: `u-${n}`,
  userPrincipalName: `user${String(n).padStart(3, '0')}@corp.example`,
  displayName: `User ${n}`,
  mail: null,
  accountEnabled: n % 2 === 0,
  attributes: { department: n % 3 ? 'Sales' : 'Legal' },
  deletedAt: null,
  updatedAt: '2026-11-29T10:00:00Z',
  seq: n,
});

/** A server with 120 users: pages of `first` after a cursor `c<n>` (the index of the last row seen). */
function answer(_name: string, v: Record<string, unknown>) {
  const first = Number(v.first);
  const start = typeof v.after === 'string' ? Number(v.after.slice(1)) : 0;
  const rows = Array.from({ length: 120 }, (_, i) => user(i + 1)).slice(start, start + first);
  return {
    data: {
      directory: {
        id: 'd1',
        slug: 'corp',
        name: 'Corp',
        seq: 120,
        purgeAfterDays: 30,
        sourceTenant: null,
        createdAt: '2026-11-01T00:00:00Z',
        users: {
          totalCount: 120,
          pageInfo: { hasNextPage: start + first < 120, endCursor: `c${start + rows.length}` },
          edges: rows.map((node) => ({ node })),
        },
      },
    },
  };
}

async function mountAt(path: string) {
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/directories', name: 'directories', component: { template: '<p />' } },
      { path: '/directories/:dir/users', name: 'directory-users', component: DirectoryUsersPage },
      { path: '/directories/:dir/users/:objectId', name: 'directory-user', component: { template: '<p />' } },
      { path: '/directories/:dir/groups', name: 'directory-groups', component: { template: '<p />' } },
      { path: '/directories/:dir/import', name: 'directory-import', component: { template: '<p />' } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const { client, seen } = fakeClient(answer);
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, [urql, client]] } });
  await flushPromises();
  const last = () => seen.filter((s) => s.name === 'DirectoryUsers').at(-1)?.variables;
  const upns = () => wrapper.findAll('[data-testid="directory-users"] tbody tr td:first-child').map((td) => td.text());
  return { router, wrapper, last, upns };
}

const settle = async () => {
  await new Promise((r) => setTimeout(r, 300)); // the search box's debounce
  await flushPromises();
};

describe('DirectoryUsersPage: search, filters, order and page live in the address', () => {
  beforeEach(() => forgetTrails());
  afterEach(() => forgetTrails());

  it('asks the server for the first page by userPrincipalName and shows it', async () => {
    const { last, upns, wrapper } = await mountAt('/directories/corp/users');
    expect(last()).toEqual({
      slug: 'corp',
      first: 50,
      after: null,
      search: null,
      includeDeleted: null,
      onlyDeleted: null,
      accountEnabled: null,
      orderBy: 'NAME',
      descending: false,
    });
    expect(upns()).toHaveLength(50);
    expect(upns()[0]).toBe('user001@corp.example');
    expect(wrapper.get('[data-testid="directory-users-count"]').text()).toBe('120 in all');
    expect(wrapper.get('.pager').text()).toContain('1–50 of 120');
  });

  it('reads every part of the state from the address', async () => {
    const { last, wrapper } = await mountAt(
      '/directories/corp/users?q=ann&status=deleted&enabled=no&sort=CHANGED&dir=DESC&after=c50&page=2',
    );
    expect(last()).toEqual({
      slug: 'corp',
      first: 50,
      after: 'c50',
      search: 'ann',
      includeDeleted: null,
      onlyDeleted: true,
      accountEnabled: false,
      orderBy: 'CHANGED',
      descending: true,
    });
    expect((wrapper.get('[data-testid="directory-search"]').element as HTMLInputElement).value).toBe('ann');
    expect((wrapper.get('[data-testid="directory-sort"]').element as HTMLSelectElement).value).toBe('CHANGED');
    expect(wrapper.get('.pager').text()).toContain('51–100 of 120');
  });

  it('pages forward with the cursor in the address and back to the cursor it came from', async () => {
    const { router, last, upns, wrapper } = await mountAt('/directories/corp/users?sort=CHANGED');
    const nextBtn = () => wrapper.findAll('.pager button').find((b) => b.text().startsWith('Next'));
    const prevBtn = () => wrapper.findAll('.pager button').find((b) => b.text().includes('Previous'));
    await nextBtn()?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CHANGED', after: 'c50', page: '2' });
    expect(last()?.after).toBe('c50');
    expect(upns()[0]).toBe('user051@corp.example');
    await nextBtn()?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CHANGED', after: 'c100', page: '3' });
    expect(upns()).toHaveLength(20);
    expect(nextBtn()?.attributes('disabled')).toBeDefined();
    await prevBtn()?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CHANGED', after: 'c50', page: '2' });
    await prevBtn()?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'CHANGED' });
    expect(last()?.after).toBeNull();
  });

  it('a page opened from a link goes back to the first page (its previous cursor was never seen)', async () => {
    const { router, wrapper } = await mountAt('/directories/corp/users?after=c100&page=3');
    await wrapper
      .findAll('.pager button')
      .find((b) => b.text().includes('Previous'))
      ?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('a search, filter or order change starts again at page 1', async () => {
    const { router, last, wrapper } = await mountAt('/directories/corp/users?after=c50&page=2');
    await wrapper.get('[data-testid="directory-search"]').setValue('user07');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ q: 'user07' });
    expect(last()).toMatchObject({ search: 'user07', after: null });
    await wrapper.get('[data-testid="directory-status"]').setValue('all');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'user07', status: 'all' });
    expect(last()).toMatchObject({ search: 'user07', includeDeleted: true, onlyDeleted: null });
    await wrapper.get('[data-testid="directory-dir"]').setValue('DESC');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'user07', status: 'all', dir: 'DESC' });
    expect(last()).toMatchObject({ descending: true, orderBy: 'NAME' });
    expect(wrapper.get('[data-testid="directory-users-count"]').text()).toBe('120 matches');
  });
});
