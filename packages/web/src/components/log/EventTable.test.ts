import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { EventFieldsFragment } from '../../graphql/generated';
import EventTable from './EventTable.vue';

const event = (over: Partial<EventFieldsFragment>): EventFieldsFragment => ({
  id: 'e1',
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
  modified: [],
  ...over,
});

describe('EventTable', () => {
  const events = [
    event({}),
    event({ id: 'e2', action: 'OTHER', method: 'GET', path: '/scim/v2/acme/Users?filter=x', status: 200 }),
    event({ id: 'e3', action: 'OTHER', method: 'POST', path: '/scim/v2/acme/Users/.search', status: 200 }),
  ];

  it('a click anywhere on a row opens it, once; its time button is the keyboard way (one tab stop a row)', async () => {
    const w = mount(EventTable, { props: { events } });
    const row = w.get('tr[data-event-id="e2"]');
    await row.findAll('td')[4].trigger('click');
    expect(w.emitted('select')).toEqual([['e2']]);
    // The time button's own click (Enter or Space on it) bubbles to the row: one select, not two.
    const button = w.get('tr[data-event-id="e1"] button');
    await button.trigger('click');
    expect(w.emitted('select')).toEqual([['e2'], ['e1']]);
    expect(w.findAll('tbody tr').map((tr) => tr.findAll('button').length)).toEqual([1, 1, 1]);
    expect(w.findAll('tbody [tabindex]')).toHaveLength(0);
  });

  it('names reads as reads, not "other"', () => {
    const w = mount(EventTable, { props: { events } });
    expect(w.findAll('tbody tr').map((tr) => tr.findAll('td')[1].text())).toEqual(['update', 'read', 'read']);
  });
});
