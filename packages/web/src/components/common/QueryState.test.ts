import { CombinedError } from '@urql/core';
import { mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
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

  it('offers no Retry for an error that will not pass: NOT_FOUND gets its slot, FORBIDDEN the message and code', () => {
    const coded = (code: string, message: string) =>
      new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });
    const missing = mount(QueryState, {
      props: { fetching: false, hasData: false, error: coded('NOT_FOUND', 'User u9 not found') },
      slots: { ...slots, 'not-found': '<p class="gone">No such user</p>' },
    });
    expect(missing.get('[role="alert"]').text()).toBe('No such user');
    expect(missing.find('button').exists()).toBe(false);
    const plain = mount(QueryState, {
      props: { fetching: false, hasData: false, error: coded('NOT_FOUND', 'User u9 not found') },
    });
    expect(plain.get('[role="alert"]').text()).toBe('User u9 not found.');
    const forbidden = mount(QueryState, {
      props: { fetching: false, hasData: false, error: coded('FORBIDDEN', 'Your role is viewer') },
      slots,
    });
    expect(forbidden.get('[role="alert"]').text()).toBe('Your role is viewer (FORBIDDEN)');
    expect(forbidden.find('button').exists()).toBe(false);
    const internal = mount(QueryState, {
      props: { fetching: false, hasData: false, error: coded('INTERNAL_SERVER_ERROR', 'Unexpected error') },
      slots,
    });
    expect(internal.get('button').text()).toBe('Retry');
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
