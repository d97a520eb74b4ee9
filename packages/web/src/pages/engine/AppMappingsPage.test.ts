import { seedPreset } from '@scimdesk/scim';
import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { MappingAppQuery } from '../../graphql/generated';
import { useSessionStore } from '../../stores/session';
import { type Answer, fakeClient } from '../../test/fakeClient';
import AppMappingsPage from './AppMappingsPage.vue';

const seed = JSON.parse(JSON.stringify(seedPreset)) as Record<string, unknown>;
const app: MappingAppQuery['app'] = {
  id: 'a1',
  state: 'RUNNING',
  updatedAt: '2026-11-29T10:00:00Z',
  name: 'corp-to-acme',
  directory: 'corp',
  sourceTenant: null,
  mappings: seed,
  mappingsPreset: 'seed',
  deletionThreshold: 500,
  webhookUrl: null,
  target: { tenant: 'acme', url: null, tokenEnv: null, tokenStored: false },
  scope: {
    mode: 'ASSIGNED',
    users: [],
    groups: [{ objectId: 'g1', name: 'Sales' }],
    userFilter: { groups: [] },
    groupFilter: { groups: [] },
  },
  schedule: { enabled: true, followChanges: false, intervalMinutes: 40 },
};

async function mountPage(platformOwner: boolean, extra: (name: string, v: Record<string, unknown>) => Answer | null) {
  const { client, seen } = fakeClient((name, v) => {
    const a = extra(name, v);
    if (a) return a;
    if (name === 'MappingApp') return { data: { app } };
    if (name === 'MappingPresets') return { data: { mappingPresets: [{ name: 'seed', mappingSet: seed }] } };
    return { error: `unexpected ${name}`, code: 'INTERNAL_SERVER_ERROR' };
  });
  const session = useSessionStore();
  session.me = {
    userName: 'pat',
    platformOwner,
    memberships: [
      {
        role: 'ADMIN',
        tenant: { slug: 'acme', name: 'Acme', scimUrl: 'http://x/scim/v2/acme', rules: 'EGNYTE', ssoEnabled: true },
      },
    ],
  };
  session.loaded = true;
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/apps/:app/mappings', name: 'app-mappings', component: AppMappingsPage },
      { path: '/:rest(.*)*', name: 'other', component: defineComponent({ render: () => h('div') }) },
    ],
  });
  await router.push('/apps/corp-to-acme/mappings');
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [[urql, client], router], stubs: { AppTabs: true } },
  });
  await flushPromises();
  return { wrapper, seen };
}

/** Changes mapping 4 (givenName -> name.givenName) to the constant "Ann". */
async function editGivenName(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) {
  await wrapper.get('[aria-label="Edit mapping 4 (name.givenName)"]').trigger('click');
  const form = wrapper.get('[data-testid="mapping-form"]');
  await form.get('[data-testid="mapping-kind"]').setValue('constant');
  await form.get('[data-testid="mapping-constant"]').setValue('Ann');
  await form.trigger('submit');
}

describe('AppMappingsPage', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('plans the edited mapping set as a proposal and shows the plan to review', async () => {
    const { wrapper, seen } = await mountPage(true, (name) => {
      if (name === 'PlanApp') return { data: { planApp: { plan: { id: 'p1' }, diagnostics: [] } } };
      if (name === 'Plan') return { error: 'stop here', code: 'NOT_FOUND' };
      return null;
    });
    expect(wrapper.findAll('[data-testid="mapping-table-user"] tbody tr[data-testid]')).toHaveLength(12);
    const save = wrapper.get('[data-testid="review-save"]');
    expect(save.attributes('disabled')).toBeDefined();

    await editGivenName(wrapper);
    expect(wrapper.get('[data-testid="save-bar"] [role="status"]').text()).toContain(
      'Unsaved changes to the user mappings.',
    );
    await save.trigger('click');
    await flushPromises();

    const expected = JSON.parse(JSON.stringify(seedPreset));
    expected.user.mappings[3] = { kind: 'constant', source: 'Ann', target: 'name.givenName', apply: 'always' };
    expect(seen.find((s) => s.name === 'PlanApp')?.variables).toEqual({
      app: 'corp-to-acme',
      restart: false,
      proposal: {
        name: 'corp-to-acme',
        source: { directory: 'corp' },
        target: { tenant: 'acme' },
        mappings: expected,
        scope: {
          mode: 'assigned',
          assignments: { users: [], groups: ['Sales'] },
          userFilter: { groups: [] },
          groupFilter: { groups: [] },
        },
        schedule: { enabled: true, followChanges: false, intervalMinutes: 40 },
        deletionThreshold: 500,
      },
    });
    expect(wrapper.find('[data-testid="plan-review"]').exists()).toBe(true);
  });

  it("places a refused proposal's problems on their mapping and lists them with the code", async () => {
    const { wrapper } = await mountPage(true, (name) => {
      if (name === 'PlanApp')
        return {
          data: {
            planApp: {
              plan: null,
              diagnostics: [
                {
                  code: 'APP_TARGET_REFUSES',
                  severity: 'error',
                  message: 'The target does not store name.givenName.',
                  path: 'mappings.user.mappings[3].target',
                  expression: null,
                },
              ],
            },
          },
        };
      return null;
    });
    await editGivenName(wrapper);
    await wrapper.get('[data-testid="review-save"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="plan-error"]').text()).toContain(
      'The proposal has 1 error: nothing was planned. (PLAN_INVALID)',
    );
    expect(wrapper.get('[data-testid="plan-error"]').text()).toContain('mappings.user.mappings[3].target');
    const problems = wrapper.get('[data-testid="mapping-row-3"]').element.nextElementSibling;
    expect(problems?.textContent).toContain('The target does not store name.givenName.');
    expect(problems?.textContent).toContain('APP_TARGET_REFUSES');
  });

  it('sends a restored default set by its preset name', async () => {
    const { wrapper, seen } = await mountPage(true, (name) => {
      if (name === 'MappingApp')
        return {
          data: {
            app: {
              ...app,
              mappingsPreset: null,
              mappings: { ...seed, group: { ...seedPreset.group, enabled: false } },
            },
          },
        };
      if (name === 'PlanApp') return { data: { planApp: { plan: { id: 'p2' }, diagnostics: [] } } };
      if (name === 'Plan') return { error: 'stop here', code: 'NOT_FOUND' };
      return null;
    });
    await wrapper.get('[data-testid="tab-group"]').trigger('click');
    expect((wrapper.get('[data-testid="groups-enabled"]').element as HTMLInputElement).checked).toBe(false);
    const restore = wrapper
      .findAll('[data-testid="save-bar"] button')
      .find((b) => b.text() === 'Restore default mappings');
    await restore?.trigger('click');
    expect((wrapper.get('[data-testid="groups-enabled"]').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('[data-testid="review-save"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.name === 'PlanApp')?.variables.proposal).toMatchObject({ mappings: 'seed' });
  });

  it('holds saving back while a mapping form is open, and while the draft has an error', async () => {
    const { wrapper } = await mountPage(true, () => null);
    await editGivenName(wrapper);
    const save = wrapper.get('[data-testid="review-save"]');
    expect(save.attributes('disabled')).toBeUndefined();
    await wrapper.get('[aria-label="Edit mapping 5 (name.familyName)"]').trigger('click');
    expect(save.attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="save-bar"]').text()).toContain('A mapping is open: press OK or Cancel first.');
    const form = wrapper.get('[data-testid="mapping-form"]');
    await form.get('[data-testid="target-input"]').setValue('name.nosuch');
    await form.trigger('submit');
    expect(save.attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="save-bar"]').text()).toContain('Fix 1 error before saving.');
  });

  it('shows the mappings read-only to anyone but a platform owner', async () => {
    const { wrapper } = await mountPage(false, () => null);
    expect(wrapper.get('[data-testid="read-only-note"]').text()).toContain('needs a platform owner');
    expect(wrapper.find('[data-testid="save-bar"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="add-mapping"]').exists()).toBe(false);
    expect(wrapper.findAll('button').filter((b) => /^(Edit|Delete)$/.test(b.text()))).toEqual([]);
  });
});
