import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ScimTokenFieldsFragment, ScimTokensQuery } from '../../graphql/generated';
import BrokenTokens from './BrokenTokens.vue';
import TokenForm from './TokenForm.vue';
import TokenTable from './TokenTable.vue';

const token = (over: Partial<ScimTokenFieldsFragment>): ScimTokenFieldsFragment => ({
  id: '1a2b3c4d-0000-4000-8000-000000000001',
  description: 'Entra ID',
  owner: 'alice',
  ownerWarning: null,
  state: 'ACTIVE',
  ownerState: 'ACTIVE',
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});
const deadAlice = token({ state: 'OWNER_INACTIVE', ownerState: 'DEACTIVATED' });
const deadBob = token({
  id: '9f8e7d6c-0000-4000-8000-000000000002',
  description: null,
  owner: 'bob',
  state: 'OWNER_INACTIVE',
  ownerState: 'DELETED',
});
const working = token({ id: '55556666-0000-4000-8000-000000000003', description: 'spare', owner: 'svc' });
const revoked = token({
  id: '77778888-0000-4000-8000-000000000004',
  state: 'REVOKED',
  revokedAt: '2026-11-02T00:00:00Z',
});

describe('tokens whose owner can no longer act (issue 11 item 8)', () => {
  it('no token works: says the IdP can no longer provision, and names each token, its owner and state', () => {
    const w = mount(BrokenTokens, { props: { tokens: [deadAlice, deadBob, revoked], canEdit: true } });
    const box = w.get('[data-testid="broken-tokens"]');
    expect(box.attributes('role')).toBe('alert');
    expect(box.classes()).toContain('bad');
    expect(box.get('h2').text()).toBe('This tenant’s IdP can no longer provision: no SCIM token works');
    expect(box.findAll('li').map((li) => li.text())).toEqual([
      'SCIM token “Entra ID” (1a2b3c4d) stopped working because its owner alice was deactivated (the user alice in this tenant is inactive). SCIM requests with it answer 401. Reactivating alice brings it back.',
      'SCIM token 9f8e7d6c stopped working because its owner bob was deleted (the user bob is gone from this tenant). SCIM requests with it answer 401.',
    ]);
    expect(box.text()).toContain('Generate a new token owned by an active service account');
  });

  it('another token still works: a warning about an IdP that still uses the dead one', () => {
    const w = mount(BrokenTokens, { props: { tokens: [deadAlice, working], canEdit: false } });
    const box = w.get('[data-testid="broken-tokens"]');
    expect(box.classes()).toContain('warn');
    expect(box.get('h2').text()).toBe('An IdP using the token below can no longer provision this tenant');
    expect(box.findAll('li')).toHaveLength(1);
    expect(box.text()).toContain('An admin of this tenant must generate');
  });

  it('nothing when every token works or is revoked', () => {
    expect(mount(BrokenTokens, { props: { tokens: [working, revoked], canEdit: true } }).html()).not.toContain(
      'broken-tokens',
    );
  });

  it('the table says which owner problem, not just "owner inactive"', () => {
    const w = mount(TokenTable, { props: { tokens: [deadAlice, deadBob, working], canEdit: false } });
    expect(w.findAll('tbody tr').map((tr) => tr.findAll('td')[2].text())).toEqual([
      'owner deactivated',
      'owner deleted',
      'active',
    ]);
  });

  it('the token form offers only active owners, and says how many it leaves out', () => {
    const admins: ScimTokensQuery['admins'] = [
      { id: 'a1', userName: 'alice', role: 'OWNER', state: 'DEACTIVATED' },
      { id: 'a2', userName: 'bob', role: 'ADMIN', state: 'DELETED' },
      { id: 'a3', userName: 'svc', role: 'ADMIN', state: 'ACTIVE' },
      { id: 'a4', userName: 'me', role: 'OWNER', state: 'ACTIVE' },
    ];
    const w = mount(TokenForm, { props: { admins, me: 'alice', busy: false } });
    const select = w.get<HTMLSelectElement>('[data-testid="token-owner"]');
    expect(select.findAll('option').map((o) => o.element.value)).toEqual(['svc', 'me']);
    // The caller's own account is inactive here (a platform owner, say): the first active one is chosen.
    expect(select.element.value).toBe('svc');
    expect(w.get('[data-testid="hidden-owners"]').text()).toBe(
      '2 admins are not offered as owner: deactivated or deleted, so a token of theirs would not work.',
    );
  });
});
