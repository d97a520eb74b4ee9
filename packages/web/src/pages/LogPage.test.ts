import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventFieldsFragment } from '../graphql/generated';
import { mountApp } from '../test/mountPage';

const event = (id: string, over: Partial<EventFieldsFragment> = {}): EventFieldsFragment => ({
  id,
  createdAt: '2026-11-29T10:00:00Z',
  action: 'UPDATE',
  actor: 'scim',
  method: 'PATCH',
  path: '/scim/v2/acme/Users/u1',
  status: 204,
  scimType: null,
  error: null,
  resourceType: 'User',
  targetId: 'u1',
  targetName: 'alice',
  tokenId: null,
  durationMs: 3,
  warnings: [],
  modified: [{ attribute: 'displayName', old: 'A', new: 'Alice' }],
  ...over,
});
const write = event('e-write');
const read = event('e-read', {
  action: 'OTHER',
  method: 'GET',
  path: '/scim/v2/acme/Users/u1',
  status: 200,
  modified: [],
});

/** The fake server applies quietReads as scimdesk does (successful reads left out). */
function eventsAnswer(name: string, variables: Record<string, unknown>) {
  if (name !== 'Events') return { data: {} };
  const quiet = (variables.filter as { quietReads?: boolean } | undefined)?.quietReads === true;
  const nodes = quiet ? [write] : [write, read];
  return {
    data: {
      events: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ node })),
      },
    },
  };
}

/** Issue 11 item 8: reads are hidden by default behind a "Show reads" switch; a whole row opens its detail. */
describe('provisioning log', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  it('hides successful reads by default; the switch shows them and stays in the address', async () => {
    const { wrapper, router, seen } = await mountApp('/t/acme/log', eventsAnswer);
    unmount = () => wrapper.unmount();
    const last = () => seen.filter((s) => s.name === 'Events').at(-1)?.variables.filter;
    expect(last()).toEqual({ quietReads: true });
    const toggle = wrapper.get('[data-testid="show-reads"]');
    expect(toggle.attributes('role')).toBe('switch');
    expect(toggle.attributes('aria-checked')).toBe('false');
    expect(wrapper.findAll('tbody tr').map((r) => r.attributes('data-event-id'))).toEqual(['e-write']);

    await toggle.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ reads: '1' });
    expect(last()).toEqual({});
    expect(wrapper.get('[data-testid="show-reads"]').attributes('aria-checked')).toBe('true');
    expect(wrapper.findAll('tbody tr').map((r) => r.findAll('td')[1].text())).toEqual(['update', 'read']);

    // A filter change keeps the switch.
    await wrapper.get('select[name="status"]').setValue('failed');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'failed', reads: '1' });
    expect(last()).toEqual({ failed: true });
  });

  it('a click on a row opens its detail; a second click closes it', async () => {
    const { wrapper, router } = await mountApp('/t/acme/log', eventsAnswer);
    unmount = () => wrapper.unmount();
    await wrapper.get('tr[data-event-id="e-write"] td:nth-child(5)').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.event).toBe('e-write');
    expect(wrapper.get('[data-testid="event-detail"]').text()).toContain('Alice');
    await wrapper.get('tr[data-event-id="e-write"] td:nth-child(3)').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.event).toBeUndefined();
    expect(wrapper.find('[data-testid="event-detail"]').exists()).toBe(false);
  });
});
