import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { ScopePageAppQuery, ScopePreviewQuery } from '../../graphql/generated';
import { useSessionStore } from '../../stores/session';
import { type Answer, fakeClient } from '../../test/fakeClient';
import AppScopePage from './AppScopePage.vue';

const app: ScopePageAppQuery['app'] = {
  id: 'a1',
  state: 'RUNNING',
  name: 'corp-to-acme',
  directory: 'corp',
  sourceTenant: null,
  mappings: {},
  mappingsPreset: 'seed',
  deletionThreshold: 500,
  webhookUrl: null,
  target: { tenant: 'acme', url: null, tokenEnv: null, tokenStored: false },
  scope: {
    mode: 'ASSIGNED',
    users: [],
    groups: [{ objectId: 'g1', name: 'Sales' }],
    userFilter: {
      groups: [{ title: null, clauses: [{ attribute: 'department', operator: 'NOT EQUALS', value: 'Temp' }] }],
    },
    groupFilter: { groups: [] },
  },
  schedule: { enabled: true, followChanges: false, intervalMinutes: 40 },
};

const side = (over: Partial<ScopePreviewQuery['scopePreview']['users']> = {}) => ({
  total: 120,
  inScopeNow: 40,
  inScopeProposed: null,
  entering: 0,
  leaving: 0,
  attributes: ['department', 'employeeId'],
  enteringSample: [],
  leavingSample: [],
  ...over,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The page under its route, signed in as `platformOwner` or not, against a fake server. */
async function mountPage(platformOwner: boolean, extra: (name: string, v: Record<string, unknown>) => Answer | null) {
  const { client, seen } = fakeClient((name, v) => {
    const a = extra(name, v);
    if (a) return a;
    if (name === 'ScopePageApp') return { data: { app } };
    if (name === 'ScopePreview')
      return {
        data: {
          scopePreview: { proposed: false, users: side(), groups: side({ total: 5, inScopeNow: 1 }), diagnostics: [] },
        },
      };
    if (name === 'ScopeDirectoryUsers')
      return { data: { directory: { id: 'd', users: { totalCount: 0, edges: [] } } } };
    return { error: `unexpected ${name}`, code: 'INTERNAL_SERVER_ERROR' };
  });
  const session = useSessionStore();
  session.me = {
    userName: 'pat',
    platformOwner,
    memberships: [
      {
        role: 'VIEWER',
        tenant: { slug: 'acme', name: 'Acme', scimUrl: 'http://x/scim/v2/acme', rules: 'EGNYTE', ssoEnabled: true },
      },
    ],
  };
  session.loaded = true;
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/apps/:app/scope', name: 'app-scope', component: AppScopePage },
      { path: '/:rest(.*)*', name: 'other', component: defineComponent({ render: () => h('div') }) },
    ],
  });
  await router.push('/apps/corp-to-acme/scope');
  // Inside a RouterView, as the app renders it (the page guards leaving with unsaved changes).
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [[urql, client], router], stubs: { AppTabs: true } },
  });
  await flushPromises();
  return { wrapper, seen };
}

describe('AppScopePage', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('previews a new clause with the exact scope JSON, shows who enters and leaves, and plans it as a proposal', async () => {
    const { wrapper, seen } = await mountPage(true, (name, v) => {
      if (name === 'ScopePreview' && v.scope)
        return {
          data: {
            scopePreview: {
              proposed: true,
              users: side({
                inScopeProposed: 25,
                leaving: 15,
                leavingSample: [
                  {
                    objectId: 'u9',
                    name: 'eve@corp.example',
                    reason: 'Out of scope: group 1: employeeId GREATER_THAN 100 failed.',
                  },
                ],
              }),
              groups: side({ total: 5, inScopeNow: 1, inScopeProposed: 1 }),
              diagnostics: [],
            },
          },
        };
      if (name === 'PlanApp') return { data: { planApp: { plan: { id: 'p1' }, diagnostics: [] } } };
      if (name === 'Plan') return { error: 'stop here', code: 'NOT_FOUND' };
      return null;
    });
    expect(wrapper.get('[data-testid="now-users"]').text()).toBe('40 of 120');
    expect(wrapper.get('[data-testid="now-groups"]').text()).toBe('1 of 5');
    expect(seen.find((s) => s.name === 'ScopePreview')?.variables.scope).toBeNull();

    await wrapper.get('[data-testid="add-clause"]').trigger('click');
    const rows = wrapper.findAll('[data-testid="group-userFilter-0"] li');
    await rows[1].get('[data-testid="clause-attribute"]').setValue('employeeId');
    await rows[1].get('[data-testid="clause-operator"]').setValue('GREATER_THAN');
    await rows[1].get('[data-testid="clause-value"]').setValue('100');
    await sleep(650);
    await flushPromises();

    const scope = {
      mode: 'assigned',
      assignments: { users: [], groups: ['Sales'] },
      userFilter: {
        groups: [
          {
            clauses: [
              { attribute: 'department', operator: 'NOT EQUALS', value: 'Temp' },
              { attribute: 'employeeId', operator: 'GREATER_THAN', value: '100' },
            ],
          },
        ],
      },
      groupFilter: { groups: [] },
    };
    expect(seen.filter((s) => s.name === 'ScopePreview').at(-1)?.variables).toEqual({
      app: 'corp-to-acme',
      scope,
      sample: 10,
    });
    expect(wrapper.get('[data-testid="proposed-users"]').text()).toBe('25 (−15)');
    expect(wrapper.get('[data-testid="leaving-users"]').text()).toBe('15 users leaving');
    expect(wrapper.get('[data-testid="leaving-item"]').text()).toContain('eve@corp.example');

    await wrapper.get('[data-testid="review-save"]').trigger('click');
    await flushPromises();
    const plan = seen.find((s) => s.name === 'PlanApp');
    expect(plan?.variables).toEqual({
      app: 'corp-to-acme',
      restart: false,
      proposal: {
        name: 'corp-to-acme',
        source: { directory: 'corp' },
        target: { tenant: 'acme' },
        mappings: 'seed',
        scope,
        schedule: { enabled: true, followChanges: false, intervalMinutes: 40 },
        deletionThreshold: 500,
      },
    });
    expect(wrapper.find('[data-testid="plan-review"]').exists()).toBe(true);
  });

  it("keeps saving back while the draft has a problem, and shows the server's message on the row", async () => {
    const { wrapper } = await mountPage(true, (name, v) => {
      if (name === 'ScopePreview' && v.scope)
        return {
          data: {
            scopePreview: {
              proposed: false,
              users: side(),
              groups: side(),
              diagnostics: [
                {
                  path: 'scope.assignments.groups[0]',
                  code: 'APP_UNKNOWN_GROUP',
                  severity: 'error',
                  message: 'No group "Sales" in the directory.',
                },
              ],
            },
          },
        };
      return null;
    });
    await wrapper.get('[data-testid="mode-all"]').setValue(true);
    await sleep(650);
    await flushPromises();
    expect(wrapper.get('[data-testid="assigned-groups-item"]').text()).toContain('No group "Sales" in the directory.');
    expect(wrapper.get('[data-testid="error-count"]').text()).toBe('Fix 1 problem before saving.');
    expect(wrapper.get('[data-testid="review-save"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="proposed-users"]').text()).toBe('—');
  });

  it('shows a non-owner the scope and the counts now, with no control that changes anything', async () => {
    const { wrapper, seen } = await mountPage(false, () => null);
    expect(wrapper.get('[data-testid="read-only-note"]').text()).toContain('needs a platform owner');
    expect(wrapper.get('[data-testid="scope-mode-text"]').text()).toBe('Sync only assigned users and groups');
    expect(wrapper.get('[data-testid="assigned-groups-item"]').text()).toBe('Sales');
    expect(wrapper.get('[data-testid="now-users"]').text()).toBe('40 of 120');
    const main = wrapper.get('.scope-layout');
    expect(
      main.findAll('input, select, [data-testid="save-bar"], [data-testid="unassign"], [data-testid="add-group"]'),
    ).toHaveLength(0);
    expect(seen.filter((s) => s.name === 'ScopePreview').every((s) => s.variables.scope === null)).toBe(true);
    expect(seen.some((s) => s.name.startsWith('ScopeDirectory'))).toBe(false);
  });
});
