import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ExportButtons from './ExportButtons.vue';

describe('ExportButtons', () => {
  it("links to the server's streamed export of every event the filter matches, and follows the filter", async () => {
    const wrapper = mount(ExportButtons, { props: { tenant: 'acme', filter: { failed: true, targetSearch: 'zoë' } } });
    const href = (id: string) => wrapper.get(`[data-testid="${id}"]`).attributes('href');
    expect(href('export-csv')).toBe('/api/tenants/acme/events/export?format=csv&failed=true&targetSearch=zo%C3%AB');
    expect(href('export-json')).toBe('/api/tenants/acme/events/export?format=json&failed=true&targetSearch=zo%C3%AB');
    expect(wrapper.get('[data-testid="export-csv"]').attributes('download')).toBeDefined();
    await wrapper.setProps({ filter: { action: 'DELETE' } });
    expect(href('export-csv')).toBe('/api/tenants/acme/events/export?format=csv&action=DELETE');
  });
});
