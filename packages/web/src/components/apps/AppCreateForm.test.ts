import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../stores/session';
import { type Answer, fakeClient } from '../../test/fakeClient';
import AppCreateForm from './AppCreateForm.vue';

const choices = {
  directories: [
    { slug: 'corp', name: 'Corp', sourceTenant: null },
    { slug: 'acme-mirror', name: 'Acme mirror', sourceTenant: 'acme' },
  ],
  mappingPresets: [{ name: 'seed' }, { name: 'scim' }, { name: 'entra-default' }],
};
const tenant = (slug: string) => ({
  role: 'OWNER' as const,
  tenant: {
    slug,
    name: slug.toUpperCase(),
    scimUrl: `http://x/scim/v2/${slug}`,
    rules: 'EGNYTE' as const,
    ssoEnabled: true,
  },
});
const ok = { data: { applyApp: { created: true, app: { id: 'a1', name: 'corp-to-lab' }, diagnostics: [] } } };

async function mountForm(answer: (name: string, v: Record<string, unknown>) => Answer | null) {
  const { client, seen } = fakeClient((name, v) => {
    const a = answer(name, v);
    if (a) return a;
    if (name === 'AppCreateChoices') return { data: choices };
    if (name === 'Me')
      return { data: { me: { userName: 'pat', platformOwner: true, memberships: [tenant('acme'), tenant('lab')] } } };
    return { error: `unexpected ${name}`, code: 'INTERNAL_SERVER_ERROR' };
  });
  const session = useSessionStore();
  session.use(client);
  session.me = { userName: 'pat', platformOwner: true, memberships: [tenant('acme')] };
  session.loaded = true;
  const wrapper = mount(AppCreateForm, { global: { plugins: [[urql, client]] } });
  await flushPromises();
  return { wrapper, seen };
}

const sent = (seen: { name: string; variables: Record<string, unknown> }[], name: string) =>
  seen.filter((s) => s.name === name).map((s) => s.variables);

describe('AppCreateForm', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('sends the app file applyApp takes, create-only, with the seed preset for a directory and scim for a tenant', async () => {
    const { wrapper, seen } = await mountForm((name) => (name === 'CreateApp' ? ok : null));
    // mirrored directories are a tenant source, not offered as directories
    expect(wrapper.findAll('[data-testid="app-source"] option').map((o) => o.attributes('value'))).toEqual([
      'directory:corp',
      'tenant:acme',
    ]);
    expect((wrapper.get('[data-testid="app-preset"]').element as HTMLSelectElement).value).toBe('seed');
    await wrapper.get('[data-testid="app-source"]').setValue('tenant:acme');
    expect((wrapper.get('[data-testid="app-preset"]').element as HTMLSelectElement).value).toBe('scim');
    await wrapper.get('[data-testid="app-source"]').setValue('directory:corp');
    await wrapper.get('[data-testid="app-name"]').setValue('corp-to-lab');
    await wrapper.get('input[type="radio"][value="all"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(seen, 'CreateApp')).toEqual([
      {
        testConnection: false,
        file: {
          name: 'corp-to-lab',
          source: { directory: 'corp' },
          target: { tenant: 'acme' },
          mappings: 'seed',
          scope: { mode: 'all' },
          schedule: { intervalMinutes: 40, enabled: true },
          deletionThreshold: 500,
        },
      },
    ]);
    expect(wrapper.emitted('created')).toEqual([['corp-to-lab']]);
  });

  it('shows every error diagnostic and stays open when the server refuses (an existing name)', async () => {
    const { wrapper } = await mountForm((name) =>
      name === 'CreateApp'
        ? {
            data: {
              applyApp: {
                created: false,
                app: null,
                diagnostics: [
                  { path: 'name', code: 'APP_EXISTS', severity: 'error', message: 'An app named "x" exists' },
                ],
              },
            },
          }
        : null,
    );
    await wrapper.get('[data-testid="app-name"]').setValue('x');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="app-create-problems"]').text()).toContain(
      'name APP_EXISTS: An app named "x" exists',
    );
    expect(wrapper.get('[data-testid="app-create-status"]').text()).toBe(
      'The app was not saved: fix these and try again.',
    );
    expect(wrapper.emitted('created')).toBeUndefined();
  });

  it('a new tenant is created only after the rest of the file checks out, then the app goes into it', async () => {
    let valid = false;
    const { wrapper, seen } = await mountForm((name) => {
      if (name === 'ValidateNewApp')
        return {
          data: {
            validateApp: valid
              ? { ok: true, diagnostics: [] }
              : {
                  ok: false,
                  diagnostics: [
                    {
                      path: 'target',
                      code: 'APP_TARGET_BUSY',
                      severity: 'error',
                      message: 'ignored: the target is new',
                    },
                    { path: 'deletionThreshold', code: 'SHAPE', severity: 'error', message: 'too small' },
                  ],
                },
          },
        };
      if (name === 'CreateAppTenant') return { data: { createTenant: { slug: 'lab', name: 'Lab' } } };
      if (name === 'CreateApp') return ok;
      return null;
    });
    await wrapper.get('[data-testid="app-name"]').setValue('corp-to-lab');
    await wrapper.get('input[type="radio"][value="new"]').setValue(true);
    await wrapper.get('[data-testid="app-new-tenant"]').setValue('lab');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // the target's own diagnostics do not count (it is checked against a tenant that exists); the rest stops it
    expect(wrapper.get('[data-testid="app-create-problems"]').text()).toBe('deletionThreshold SHAPE: too small');
    expect(sent(seen, 'CreateAppTenant')).toEqual([]);
    expect(sent(seen, 'CreateApp')).toEqual([]);

    valid = true;
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(seen, 'ValidateNewApp').at(-1)?.file).toMatchObject({ target: { tenant: 'acme' } });
    expect(sent(seen, 'CreateAppTenant')).toEqual([{ input: { slug: 'lab', name: undefined, rules: 'EGNYTE' } }]);
    expect(sent(seen, 'CreateApp')[0]?.file).toMatchObject({ target: { tenant: 'lab' } });
    expect(wrapper.emitted('created')).toEqual([['corp-to-lab']]);
  });
});
