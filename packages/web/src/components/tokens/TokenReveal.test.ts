import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TokenReveal from './TokenReveal.vue';

describe('TokenReveal', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the secret beside the tenant URL, each with a copy button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const wrapper = mount(TokenReveal, { props: { secret: 'scd_secret', tenantUrl: 'https://h/scim/v2/acme' } });

    const inputs = wrapper.findAll('input');
    expect(inputs.map((i) => i.element.value)).toEqual(['https://h/scim/v2/acme', 'scd_secret']);
    expect(inputs.every((i) => i.element.readOnly)).toBe(true);
    expect(wrapper.text()).toContain('shown only this once');

    await wrapper.get('button[aria-label="Copy Secret Token"]').trigger('click');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('scd_secret'));
    await vi.waitFor(() => expect(wrapper.get('button[aria-label="Copy Secret Token"]').text()).toBe('Copied'));
    await wrapper.get('button[aria-label="Copy Tenant URL"]').trigger('click');
    expect(writeText).toHaveBeenLastCalledWith('https://h/scim/v2/acme');
  });

  it('is dismissed only by the explicit button', async () => {
    const wrapper = mount(TokenReveal, { props: { secret: 's', tenantUrl: 'u' } });
    await wrapper.get('button.btn-primary').trigger('click');
    expect(wrapper.emitted('done')).toHaveLength(1);
  });
});
