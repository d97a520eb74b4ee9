import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeFieldsFragment } from '../graphql/generated';
import { fakeClient } from '../test/fakeClient';
import { canEditRole, useSessionStore } from './session';

const tenant = (slug: string, name: string) => ({
  slug,
  name,
  scimUrl: `http://x/scim/v2/${slug}`,
  rules: 'EGNYTE' as const,
  ssoEnabled: true,
});
const me: MeFieldsFragment = {
  userName: 'ann',
  platformOwner: false,
  memberships: [
    { role: 'VIEWER', tenant: tenant('zeta', 'Zeta') },
    { role: 'ADMIN', tenant: tenant('acme', 'Acme') },
  ],
};

describe('useSessionStore', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads me once, sorts tenants by name and knows the role in each', async () => {
    const { client, seen } = fakeClient(() => ({ data: { me } }));
    const session = useSessionStore();
    session.use(client);
    await session.load();
    await session.load();
    expect(seen.filter((s) => s.name === 'Me')).toHaveLength(1);
    expect(session.memberships.map((m) => m.tenant.slug)).toEqual(['acme', 'zeta']);
    expect(session.canEdit('acme')).toBe(true);
    expect(session.canEdit('zeta')).toBe(false);
    expect(session.canEdit('other')).toBe(false);
  });

  it('is signed out when me is null', async () => {
    const { client } = fakeClient(() => ({ data: { me: null } }));
    const session = useSessionStore();
    session.use(client);
    await session.load();
    expect(session.loaded).toBe(true);
    expect(session.me).toBeNull();
  });

  it('signs in, or returns the server message', async () => {
    let ok = false;
    const { client, seen } = fakeClient((name) => {
      if (name !== 'SignIn') return { data: { signOut: true } };
      return ok
        ? { data: { signIn: { csrfToken: 'c', me } } }
        : { error: 'Wrong userName or password', code: 'UNAUTHENTICATED' };
    });
    const session = useSessionStore();
    session.use(client);
    expect(await session.signIn('ann', 'nope')).toBe('Wrong userName or password');
    expect(session.me).toBeNull();
    ok = true;
    expect(await session.signIn('ann', 'right')).toBeUndefined();
    expect(session.me?.userName).toBe('ann');
    expect(seen.at(-1)?.variables).toEqual({ userName: 'ann', password: 'right' });
    await session.signOut();
    expect(session.me).toBeNull();
  });

  it('lets owners and admins change things, never viewers', () => {
    expect(canEditRole('OWNER')).toBe(true);
    expect(canEditRole('ADMIN')).toBe(true);
    expect(canEditRole('VIEWER')).toBe(false);
    expect(canEditRole(undefined)).toBe(false);
  });
});
