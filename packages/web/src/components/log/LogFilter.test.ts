import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { EMPTY_LOG_FILTER } from '../../composables/logFilterState';
import LogFilter from './LogFilter.vue';

describe('LogFilter', () => {
  it('emits the whole new state when a field changes', async () => {
    const wrapper = mount(LogFilter, { props: { state: { ...EMPTY_LOG_FILTER, action: 'CREATE' } } });
    await wrapper.get('[data-testid="log-target"]').setValue('alice');
    await wrapper.get('select[name="status"]').setValue('failed');
    const emitted = wrapper.emitted('change') ?? [];
    expect(emitted[0]).toEqual([{ ...EMPTY_LOG_FILTER, action: 'CREATE', target: 'alice' }]);
    expect(emitted[1]).toEqual([{ ...EMPTY_LOG_FILTER, action: 'CREATE', status: 'failed' }]);
  });

  it('shows the current state and clears it', async () => {
    const state = { ...EMPTY_LOG_FILTER, target: 'bob', from: '2026-11-01' };
    const wrapper = mount(LogFilter, { props: { state } });
    expect((wrapper.get('[data-testid="log-target"]').element as HTMLInputElement).value).toBe('bob');
    expect((wrapper.get('input[name="from"]').element as HTMLInputElement).value).toBe('2026-11-01');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('change')?.[0]).toEqual([EMPTY_LOG_FILTER]);
  });

  it('does not emit when a value did not change', async () => {
    const wrapper = mount(LogFilter, { props: { state: { ...EMPTY_LOG_FILTER, actor: 'scim' } } });
    await wrapper.get('input[name="actor"]').trigger('change');
    expect(wrapper.emitted('change')).toBeUndefined();
  });
});
