import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { UserDetailFragment } from '../../graphql/generated';
import { fakeClient } from '../../test/fakeClient';
import UserControls from './UserControls.vue';
import { EGNYTE } from './writers';

const user = (over: Partial<UserDetailFragment> = {}): UserDetailFragment => ({
  id: 'u1',
  userName: 'alice',
  displayName: 'Alice',
  email: 'alice@x',
  active: true,
  userType: 'power',
  authType: 'sso',
  isServiceAccount: false,
  twoFactorEnabled: false,
  updatedAt: '2026-11-29T10:00:00Z',
  externalId: null,
  givenName: null,
  familyName: null,
  pendingEmail: null,
  createdAt: '2026-11-29T10:00:00Z',
  version: 1,
  scim: {},
  groups: [],
  lastWriters: [],
  ...over,
});

function mountWith(u: UserDetailFragment, answer: Parameters<typeof fakeClient>[0]) {
  const { client, seen } = fakeClient(answer);
  const wrapper = mount(UserControls, { props: { user: u, tenant: 'acme' }, global: { plugins: [[urql, client]] } });
  return { wrapper, seen };
}

describe('UserControls', () => {
  it('warns that 2FA required means nothing on a service account (exempt from 2FA), only when both are on', () => {
    const both = mountWith(user({ isServiceAccount: true, twoFactorEnabled: true }), () => ({ data: {} })).wrapper;
    expect(both.get('[data-testid="sa-2fa-conflict"]').text()).toBe(
      'This is a service account, which is exempt from two-factor authentication: “2FA required” has no effect on it (2FA coverage does not count it). Turn one of them off.',
    );
    for (const over of [{ isServiceAccount: true }, { twoFactorEnabled: true }, {}])
      expect(
        mountWith(user(over), () => ({ data: {} }))
          .wrapper.find('[data-testid="sa-2fa-conflict"]')
          .exists(),
      ).toBe(false);
  });

  it('sets the service-account flag through updateUser', async () => {
    const { wrapper, seen } = mountWith(user(), () => ({ data: { updateUser: user({ isServiceAccount: true }) } }));
    await wrapper.get('[data-testid="toggle-service-account"]').setValue(true);
    await flushPromises();
    expect(seen[0]).toEqual({
      name: 'UpdateUser',
      variables: { tenant: 'acme', id: 'u1', input: { isServiceAccount: true } },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Saved service account.');
  });

  it("shows the server's refusal", async () => {
    const { wrapper } = mountWith(user(), () => ({ error: 'userType must be power or standard' }));
    await wrapper.get('#userType').setValue('standard');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toContain('userType must be power or standard');
  });

  it('warns only where the IdP wrote the attribute last', () => {
    const at = '2026-11-29T10:00:00Z';
    const { wrapper } = mountWith(
      user({
        lastWriters: [
          { attribute: `${EGNYTE}:twoFactorEnabled`, by: 'IDP', admin: null, at },
          { attribute: `${EGNYTE}:isServiceAccount`, by: 'ADMIN', admin: 'ann', at },
        ],
      }),
      () => ({ data: {} }),
    );
    const warnings = wrapper.findAll('.hint.warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].element.closest('.control')?.textContent).toContain('Two-factor');
  });

  it('renames only to a different, non-empty userName', async () => {
    const { wrapper, seen } = mountWith(user(), () => ({ data: { renameUser: user({ userName: 'alice2' }) } }));
    const rename = wrapper.findAll('form')[1];
    expect(rename.get('button').attributes('disabled')).toBeDefined();
    await wrapper.get('#userName').setValue('alice2');
    await rename.trigger('submit');
    await flushPromises();
    expect(seen[0]).toEqual({ name: 'RenameUser', variables: { tenant: 'acme', id: 'u1', userName: 'alice2' } });
  });
});
