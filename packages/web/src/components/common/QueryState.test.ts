import { CombinedError } from '@urql/core';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import QueryState from './QueryState.vue';

const slots = { default: '<p class="content">rows</p>', empty: '<p class="nothing">none yet</p>' };

describe('QueryState', () => {
  it('shows a fixed-height skeleton while nothing has loaded', () => {
    const w = mount(QueryState, { props: { fetching: true, hasData: false, rows: 3 }, slots });
    expect(w.findAll('.skeleton')).toHaveLength(3);
    expect(w.find('[aria-busy="true"]').exists()).toBe(true);
  });

  it('shows the error with a retry button', async () => {
    const error = new CombinedError({ networkError: new Error('down') });
    const w = mount(QueryState, { props: { fetching: false, hasData: false, error }, slots });
    expect(w.get('[role="alert"]').text()).toContain('cannot be reached');
    await w.get('button').trigger('click');
    expect(w.emitted('retry')).toHaveLength(1);
  });

  it('keeps the content while refetching, and shows the empty slot when empty', () => {
    expect(
      mount(QueryState, { props: { fetching: true, hasData: true }, slots })
        .find('.content')
        .exists(),
    ).toBe(true);
    expect(mount(QueryState, { props: { fetching: false, hasData: true, empty: true }, slots }).text()).toBe(
      'none yet',
    );
  });
});
