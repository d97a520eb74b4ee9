import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appRouter, failedEntry, row } from '../../components/provisioning/testSetup';
import { type Answer, fakeClient } from '../../test/fakeClient';
import AppLogsPage from './AppLogsPage.vue';

const CYCLE = '0192f1a2-3b4c-7d5e-8f90-123456789abc';

const page = (
  nodes = [row(), row({ id: 'l2', sourceId: 'src-2', sourceName: 'Alex Wilber' })],
  hasNextPage = true,
) => ({
  provisioningLogs: {
    totalCount: 120,
    pageInfo: { hasNextPage, endCursor: 'cursor-1' },
    edges: nodes.map((node) => ({ node })),
  },
});
const counts = {
  provisioningLogReport: {
    total: 120,
    successes: 100,
    failures: 15,
    skipped: 5,
    warnings: 0,
    successRate: 100 / 115,
    failuresByErrorCode: [
      { errorCode: 'SCIM_400', count: 12 },
      { errorCode: 'SCIM_409', count: 3 },
    ],
  },
};
const cycles = {
  app: {
    id: 'a1',
    name: 'hr-to-usw',
    cycles: {
      edges: [
        {
          node: {
            id: CYCLE,
            kind: 'INITIAL',
            status: 'SUCCEEDED',
            trigger: 'manual',
            queuedAt: '2026-12-02T09:59:00.000Z',
            startedAt: '2026-12-02T10:00:00.000Z',
          },
        },
      ],
    },
  },
};

function answers(logs: Answer = { data: page() }) {
  return (name: string): Answer => {
    if (name === 'ProvisioningLogs') return logs;
    if (name === 'ProvisioningLogCounts') return { data: counts };
    if (name === 'ProvisioningLogCycles') return { data: cycles };
    if (name === 'ProvisioningLogEntry') return { data: { provisioningLog: failedEntry({ id: 'l1' }) } };
    return { error: `unexpected ${name}` };
  };
}

async function mountPage(path: string, logs?: Answer) {
  const { client, seen } = fakeClient(answers(logs));
  const router = await appRouter(path, AppLogsPage);
  const wrapper = mount(AppLogsPage, { global: { plugins: [[urql, client], router] }, attachTo: document.body });
  await flushPromises();
  const lists = () => seen.filter((s) => s.name === 'ProvisioningLogs').map((s) => s.variables);
  return { wrapper, router, seen, lists };
}

describe('AppLogsPage', () => {
  it('reads its filters from the address, keeps them there, pages by cursor and exports with them', async () => {
    const { wrapper, router, seen, lists } = await mountPage('/apps/hr-to-usw/logs?status=failure&identity=adele');
    // the list goes first; the counts and the cycle list only once it is there
    expect(seen.map((s) => s.name)).toEqual(['ProvisioningLogs', 'ProvisioningLogCounts', 'ProvisioningLogCycles']);
    expect(lists()).toEqual([
      { app: 'hr-to-usw', filter: { identity: 'adele', statuses: ['FAILURE'] }, first: 50, after: null },
    ]);
    expect((wrapper.get('[data-testid="plog-identity"]').element as HTMLInputElement).value).toBe('adele');
    expect((wrapper.get('select[name="status"]').element as HTMLSelectElement).value).toBe('FAILURE');
    expect(wrapper.findAll('tbody tr.plog-row')).toHaveLength(2);
    expect(wrapper.get('.pager').text()).toContain('1–2 of 120');
    expect(wrapper.get('[data-testid="plog-counts"]').text()).toContain('120 entries · 87% success rate');
    expect(wrapper.get('[data-testid="plog-counts"]').text()).toContain('top failures: SCIM_400 (12), SCIM_409 (3)');
    const exportQuery = (testid: string) =>
      Object.fromEntries(
        new URL(wrapper.get(`[data-testid="${testid}"]`).attributes('href') ?? '', 'http://x').searchParams,
      );
    expect(wrapper.get('[data-testid="plog-export-csv"]').attributes('href')).toMatch(
      /^\/api\/apps\/hr-to-usw\/provisioning-logs\/export\?/,
    );
    expect(exportQuery('plog-export-csv')).toEqual({ format: 'csv', status: 'Failure', identity: 'adele' });
    expect(exportQuery('plog-export-json')).toEqual({ format: 'json', status: 'Failure', identity: 'adele' });

    // next page: the cursor of the last row
    await wrapper.get('.pager button:last-of-type').trigger('click');
    await flushPromises();
    expect(lists().at(-1)).toMatchObject({ after: 'cursor-1' });

    // a filter change goes to the address (the others kept) and back to the first page
    await wrapper.get('select[name="action"]').setValue('UPDATE');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ identity: 'adele', status: 'failure', action: 'update' });
    expect(lists().at(-1)).toEqual({
      app: 'hr-to-usw',
      filter: { identity: 'adele', actions: ['UPDATE'], statuses: ['FAILURE'] },
      first: 50,
      after: null,
    });
    expect(exportQuery('plog-export-csv')).toEqual({
      format: 'csv',
      status: 'Failure',
      action: 'Update',
      identity: 'adele',
    });

    // the cycle list offers the app's cycles
    const cycle = wrapper.get('select[name="cycle"]');
    expect(cycle.findAll('option').map((o) => o.text())).toEqual(['any', '2026-12-02 10:00:00 · initial · succeeded']);
    await cycle.setValue(CYCLE);
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ cycle: CYCLE });
    expect(lists().at(-1)?.filter).toMatchObject({ cycleId: CYCLE });

    // a preset range counts back from now
    const before = Date.now();
    await wrapper.get('select[name="range"]').setValue('24h');
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ range: '24h' });
    const from = Date.parse(String((lists().at(-1)?.filter as { from?: string } | undefined)?.from));
    expect(from).toBeGreaterThanOrEqual(before - 86_400_000);
    expect(from).toBeLessThanOrEqual(Date.now() - 86_400_000);
    expect(wrapper.find('input[name="from"]').exists()).toBe(false);

    // custom days show the day fields; Clear empties the address
    await wrapper.get('select[name="range"]').setValue('custom');
    await flushPromises();
    await wrapper.get('input[name="from"]').setValue('2026-12-01');
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ from: '2026-12-01' });
    expect(lists().at(-1)?.filter).toMatchObject({ from: '2026-12-01T00:00:00.000Z' });
    await wrapper.findAll('.plog-filters button').at(-1)?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(lists().at(-1)).toEqual({ app: 'hr-to-usw', filter: {}, first: 50, after: null });
    wrapper.unmount();
  });

  it('a click anywhere on a row opens its detail (in the address); Escape closes it and the keyboard goes back', async () => {
    const { wrapper, router, seen } = await mountPage('/apps/hr-to-usw/logs');
    await wrapper.findAll('tbody tr.plog-row')[0].findAll('td')[3].trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ entry: 'l1' });
    expect(seen.filter((s) => s.name === 'ProvisioningLogEntry').map((s) => s.variables)).toEqual([{ id: 'l1' }]);
    const detail = wrapper.get('[data-testid="plog-detail"]');
    expect(detail.findAll('.plog-step-title').map((s) => s.text())).toEqual([
      'Import user',
      'Determine if user is in scope',
      'Match user between source and target',
      'Perform action',
    ]);
    expect(wrapper.get('tbody tr.plog-row').classes()).toContain('selected');
    await detail.get('h2').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(wrapper.find('[data-testid="plog-detail"]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.findAll('button.plog-open')[0].element);

    // from the keyboard: arrows move between rows, Enter (a click on the row's button) opens
    const buttons = wrapper.findAll('button.plog-open');
    await buttons[0].trigger('keydown', { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1].element);
    await buttons[1].trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ entry: 'l2' });
    wrapper.unmount();
  });

  it('says when no entry matches the filters, and shows a refusal with its code', async () => {
    const empty = await mountPage('/apps/hr-to-usw/logs?status=warning', { data: page([], false) });
    expect(empty.wrapper.get('.state-empty').text()).toBe('No log entry matches these filters. Clear them.');
    empty.wrapper.unmount();
    const never = await mountPage('/apps/hr-to-usw/logs', { data: page([], false) });
    expect(never.wrapper.get('.state-empty').text()).toContain('No log entries yet');
    never.wrapper.unmount();
    const refused = await mountPage('/apps/nope/logs', { error: 'App "nope" not found', code: 'NOT_FOUND' });
    expect(refused.wrapper.get('[data-testid="plog-error-state"]').text()).toContain(
      'App "nope" not found (NOT_FOUND)',
    );
    // nothing else is asked of an app that cannot be read
    expect(refused.seen.map((s) => s.name)).toEqual(['ProvisioningLogs']);
    refused.wrapper.unmount();
  });
});
