import urql from '@urql/vue';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { AppOverviewQuery, MeFieldsFragment } from '../../graphql/generated';
import type { LiveCycle } from '../../stores/cycleProgress';
import { useSessionStore } from '../../stores/session';
import { type Answer, fakeClient } from '../../test/fakeClient';
import AppPage from './AppPage.vue';

type OverviewApp = AppOverviewQuery['app'];
const zero = { created: 0, updated: 0, disabled: 0, deleted: 0, skipped: 0, failed: 0, held: 0 };

const cycle = (over: Partial<LiveCycle> = {}): LiveCycle => ({
  id: 'c2',
  app: 'corp-to-acme',
  status: 'RUNNING',
  kind: 'INCREMENTAL',
  phase: 'USERS',
  trigger: 'manual',
  done: 100,
  total: 1000,
  rate: 50,
  etaSeconds: 18,
  durationMs: 2000,
  queuedAt: '2026-12-01T10:00:00Z',
  startedAt: '2026-12-01T10:00:01Z',
  finishedAt: null,
  error: null,
  counts: { ...zero },
  ...over,
});
const lastCycle = cycle({
  id: 'c1',
  status: 'SUCCEEDED',
  kind: 'INITIAL',
  phase: 'DONE',
  done: 900,
  total: 900,
  durationMs: 4900,
  queuedAt: '2026-11-30T10:00:00Z',
  finishedAt: '2026-11-30T10:00:05Z',
  counts: { ...zero, created: 890, failed: 10 },
});

const app = (over: Partial<OverviewApp> = {}): OverviewApp => ({
  id: 'a1',
  name: 'corp-to-acme',
  state: 'RUNNING',
  directory: 'corp',
  sourceTenant: null,
  target: { tenant: 'acme', url: null, tokenStored: false, tokenEnv: null },
  quarantine: null,
  heldDeletes: 0,
  failureCount: 0,
  watermark: 12,
  deletionThreshold: 500,
  schedule: { intervalMinutes: 40, enabled: true, followChanges: false, nextRunAt: '2026-12-01T10:40:00Z' },
  currentCycle: null,
  lastCycle,
  updatedAt: '2026-12-01T09:00:00Z',
  webhookUrl: null,
  report: {
    successRate: 0.989,
    successes: 890,
    failures: 10,
    failuresByErrorCode: [{ errorCode: 'uniqueness', count: 10 }],
  },
  recent: { edges: [{ node: lastCycle }] },
  ...over,
});

const me = (role: 'ADMIN' | 'VIEWER'): MeFieldsFragment => ({
  userName: 'ann',
  platformOwner: false,
  memberships: [
    {
      role,
      tenant: { slug: 'acme', name: 'Acme', scimUrl: 'http://x/scim/v2/acme', rules: 'EGNYTE', ssoEnabled: true },
    },
  ],
});

const Stub = defineComponent({ template: '<div />' });

async function mountPage(role: 'ADMIN' | 'VIEWER', answer: (name: string, v: Record<string, unknown>) => Answer) {
  setActivePinia(createPinia());
  useSessionStore().me = me(role);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/apps', name: 'apps', component: Stub },
      { path: '/apps/:app', name: 'app', component: AppPage },
      ...['mappings', 'scope', 'on-demand', 'resync', 'logs'].map((s) => ({
        path: `/apps/:app/${s}`,
        name: `app-${s}`,
        component: Stub,
      })),
      { path: '/t/:tenant', name: 'overview', component: Stub },
    ],
  });
  await router.push('/apps/corp-to-acme');
  const { client, seen } = fakeClient(answer);
  const wrapper = mount(AppPage, { global: { plugins: [router, [urql, client]] } });
  await vi.advanceTimersByTimeAsync(0);
  return { wrapper, seen };
}

const history = (nodes: LiveCycle[]) => ({
  app: {
    id: 'a1',
    cycles: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ cursor: node.id, node })),
    },
  },
});

describe('AppPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the quarantine, the held deletes and the live progress, and the finished cycle once it ends', async () => {
    const readings = [
      { done: 250 },
      { done: 450 },
      { done: 1000, status: 'SUCCEEDED' as const, phase: 'DONE' as const },
    ];
    let reading = 0;
    let overviews = 0;
    const finished = cycle({ ...readings[2], finishedAt: '2026-12-01T10:00:05Z', counts: { ...zero, updated: 7 } });
    const { wrapper, seen } = await mountPage('ADMIN', (name) => {
      if (name === 'AppOverview') {
        overviews++;
        const quarantine = {
          reason: 'TargetUnauthorized',
          message: 'the target refused the token',
          since: '2026-12-01T08:00:00Z',
          cycles: 2,
        };
        return overviews === 1
          ? { data: { app: app({ quarantine, heldDeletes: 3, deletionThreshold: 2, currentCycle: cycle() }) } }
          : {
              data: { app: app({ lastCycle: finished, recent: { edges: [{ node: finished }, { node: lastCycle }] } }) },
            };
      }
      if (name === 'AppCycleHistory')
        return { data: history([cycle({ status: 'QUEUED', done: 0, total: 0 }), lastCycle]) };
      if (name === 'LiveCycle') return { data: { cycle: cycle(readings[Math.min(reading++, 2)]) } };
      return { error: `unexpected ${name}` };
    });

    expect(wrapper.get('[data-testid="app-state"]').text()).toBe('running');
    expect(wrapper.get('[data-testid="quarantine"] h2').text()).toBe('Quarantined: TargetUnauthorized');
    expect(wrapper.get('[data-testid="quarantine"]').text()).toContain('the target refused the token');
    expect(wrapper.get('[data-testid="held-deletes"]').text()).toContain('3 deletes held (threshold 2)');
    const bar = () => wrapper.get('[role="progressbar"]');
    // the first reading (the query's own figures are not a reading)
    expect(bar().attributes('aria-valuenow')).toBe('250');
    expect(bar().attributes('aria-valuemax')).toBe('1000');
    expect(wrapper.get('[data-testid="progress-figures"]').text()).toBe('250 / 1,000 objects');
    expect(wrapper.get('[data-testid="progress-pace"]').text()).toBe('50 objects/s · about 15 s left');
    expect(wrapper.get('.progress-fill').attributes('style')).toContain('width: 25%');
    // the history's row of the running cycle shows the live reading, not the queued one it was read as
    expect(wrapper.get('[data-cycle="c2"]').text()).toContain('250 / 1,000');
    expect(wrapper.get('[data-cycle="c2"]').text()).toContain('running');

    await vi.advanceTimersByTimeAsync(1000);
    expect(bar().attributes('aria-valuenow')).toBe('450');
    expect(wrapper.get('[data-testid="progress-pace"]').text()).toBe('200 objects/s · about 3 s left');

    await vi.advanceTimersByTimeAsync(1000);
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="no-cycle"]').text()).toContain('Next scheduled cycle: 2026-12-01 10:40:00');
    expect(wrapper.get('[data-testid="last-counts"]').text()).toBe('7 updated');
    // the page read the app again once the cycle ended, and reads the cycle no more
    expect(overviews).toBe(2);
    const polls = seen.filter((s) => s.name === 'LiveCycle').length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen.filter((s) => s.name === 'LiveCycle').length).toBe(polls);
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(
      expect.arrayContaining(['Start cycle', 'Pause', 'Stop…', 'Save schedule']),
    );
  });

  it('starts a cycle and follows it from the answer', async () => {
    const { wrapper, seen } = await mountPage('ADMIN', (name, v) => {
      if (name === 'AppOverview') return { data: { app: app() } };
      if (name === 'AppCycleHistory') return { data: history([lastCycle]) };
      if (name === 'AppStartCycle')
        return {
          data: {
            startCycle: { ...app(), currentCycle: cycle({ id: 'c3', status: 'QUEUED', done: 0, total: 0, rate: 0 }) },
          },
        };
      if (name === 'LiveCycle')
        return { data: { cycle: cycle({ id: String(v.id), status: 'QUEUED', done: 0, total: 0, rate: 0 }) } };
      return { error: `unexpected ${name}` };
    });
    expect(wrapper.get('[data-testid="no-cycle"]').text()).toContain('No cycle is queued or running.');
    expect(wrapper.get('#start-hint').text()).toContain('Incremental');
    await wrapper.get('button.btn-primary').trigger('click');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.find((s) => s.name === 'AppStartCycle')?.variables).toEqual({ app: 'corp-to-acme' });
    expect(seen.filter((s) => s.name === 'LiveCycle').at(-1)?.variables).toEqual({ id: 'c3' });
    expect(wrapper.get('[data-testid="controls-status"]').text()).toBe('Cycle started.');
    expect(wrapper.get('[data-testid="progress-figures"]').text()).toBe('queued');
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBeUndefined();
    expect(wrapper.get('button.btn-primary').attributes('disabled')).toBeDefined();
  });

  it("shows a refusal with the server's message and code", async () => {
    const { wrapper } = await mountPage('ADMIN', (name) => {
      if (name === 'AppOverview') return { data: { app: app() } };
      if (name === 'AppCycleHistory') return { data: history([]) };
      if (name === 'AppPause')
        return { error: 'Your role in acme is VIEWER; this needs admin or higher', code: 'FORBIDDEN' };
      return { error: `unexpected ${name}` };
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Pause')
      ?.trigger('click');
    await vi.advanceTimersByTimeAsync(0);
    expect(wrapper.get('[data-testid="controls-status"]').text()).toBe(
      'Your role in acme is VIEWER; this needs admin or higher (FORBIDDEN)',
    );
  });

  it('shows a viewer the state, progress and schedule without any control', async () => {
    const { wrapper } = await mountPage('VIEWER', (name) => {
      if (name === 'AppOverview') return { data: { app: app({ state: 'PAUSED', currentCycle: cycle() }) } };
      if (name === 'AppCycleHistory') return { data: history([lastCycle]) };
      if (name === 'LiveCycle') return { data: { cycle: cycle({ done: 300 }) } };
      return { error: `unexpected ${name}` };
    });
    expect(wrapper.get('[data-testid="app-state"]').text()).toBe('paused');
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('300');
    expect(wrapper.get('[data-testid="progress-pace"]').text()).toBe('paused');
    expect(wrapper.get('[data-testid="schedule-text"]').text()).toBe('every 40 min');
    expect(wrapper.get('[data-testid="success-rate"]').text()).toBe('99% succeeded (890 of 900)');
    // only the history's paging, which changes nothing
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['← Previous', 'Next →']);
    expect(wrapper.findAll('input, form, [data-testid="app-controls"]')).toHaveLength(0);
    expect(wrapper.get('[data-testid="cycle-history"] tbody tr').text()).toContain('succeeded');
  });
});
