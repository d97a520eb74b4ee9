import { afterEach, describe, expect, it } from 'vitest';
import { mountApp } from '../test/mountPage';

/** Issue 11 item 8: a 404 inside a tenant keeps the tenant's frame; a missing user offers no pointless Retry. */
describe('not found inside a tenant', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  const frame = (w: Awaited<ReturnType<typeof mountApp>>['wrapper']) => ({
    tenant: w.get<HTMLSelectElement>('[data-testid="tenant-switcher"]').element.value,
    sections: w.findAll('nav[aria-label="Sections"] a').map((a) => a.text()),
  });
  const SECTIONS = ['Overview', 'Users', 'Groups', 'SCIM tokens', 'Provisioning log'];

  it('an unknown address under /t/<tenant>/ keeps the switcher on that tenant and the section links', async () => {
    const { wrapper, router } = await mountApp('/t/acme/nope/deeper', () => ({ data: {} }));
    unmount = () => wrapper.unmount();
    expect(router.currentRoute.value.name).toBe('tenant-not-found');
    expect(frame(wrapper)).toEqual({ tenant: 'acme', sections: SECTIONS });
    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(wrapper.text()).toContain('Acme has no page at this address.');
    expect(wrapper.get('main a[href="/t/acme"]').text()).toBe('Go to its overview');
  });

  it('an unknown user id: the frame stays, "No such user" with a way back, and no Retry', async () => {
    const { wrapper, seen } = await mountApp('/t/acme/users/0000-gone', (name) =>
      name === 'User' ? { error: 'User 0000-gone not found', code: 'NOT_FOUND' } : { data: {} },
    );
    unmount = () => wrapper.unmount();
    expect(seen.map((s) => s.name)).toContain('User');
    expect(frame(wrapper)).toEqual({ tenant: 'acme', sections: SECTIONS });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.get('h1').text()).toBe('No such user');
    expect(alert.text()).toContain('Acme has no user with the id 0000-gone');
    expect(alert.get('a').attributes('href')).toBe('/t/acme/users');
    expect(wrapper.findAll('main button').map((b) => b.text())).not.toContain('Retry');
  });

  it('an error that may pass (the server failed) still offers Retry', async () => {
    const { wrapper } = await mountApp('/t/acme/users/u1', (name) =>
      name === 'User' ? { error: 'Unexpected error', code: 'INTERNAL_SERVER_ERROR' } : { data: {} },
    );
    unmount = () => wrapper.unmount();
    expect(wrapper.findAll('main button').map((b) => b.text())).toContain('Retry');
  });
});
