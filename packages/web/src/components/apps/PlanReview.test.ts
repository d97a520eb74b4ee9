import { Client, type Exchange, makeResult } from '@urql/core';
import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filter, map, pipe } from 'wonka';
import type { PlanEntryFieldsFragment, PlanFieldsFragment } from '../../graphql/generated';
import { operationName } from '../../test/fakeClient';
import PlanReview from './PlanReview.vue';

type Reply = { data: Record<string, unknown> } | { error: string; code: string; reason?: string };

/** A client answering from `answer`, whose errors carry `extensions.reason` as the server's CONFLICTs do. */
function client(answer: (name: string, variables: Record<string, unknown>) => Reply) {
  const seen: { name: string; variables: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => {
        const name = operationName(op);
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        seen.push({ name, variables });
        const a = answer(name, variables);
        if ('error' in a)
          return makeResult(op, {
            errors: [new GraphQLError(a.error, { extensions: { code: a.code, reason: a.reason } })],
          });
        return makeResult(op, { data: a.data });
      }),
    );
  return { client: new Client({ url: '/graphql', exchanges: [exchange] }), seen };
}

const plan = (over: Partial<PlanFieldsFragment> = {}): PlanFieldsFragment => ({
  id: 'p1',
  app: 'acme-app',
  kind: 'RESTART',
  status: 'READY',
  total: 12,
  done: 12,
  error: null,
  createdBy: 'ann',
  createdAt: '2026-12-01T10:00:00Z',
  finishedAt: '2026-12-01T10:00:02Z',
  cycleId: null,
  totals: { create: 1, update: 2, disable: 1, delete: 0, skip: 8, fail: 0, wouldHoldDeletes: false },
  outcome: null,
  ...over,
});

const entry = (over: Partial<PlanEntryFieldsFragment>): PlanEntryFieldsFragment => ({
  objectType: 'user',
  sourceId: 'u1',
  sourceName: 'adele@acme.example',
  action: 'Update',
  status: 'Planned',
  code: null,
  reason: null,
  targetId: 't1',
  outcome: null,
  appliedAction: null,
  replannedBecause: null,
  modified: [{ attribute: 'name.givenName', old: 'Adele', new: 'ADELE' }],
  requests: [{ method: 'PATCH', path: '/Users/t1', body: { Operations: [] } }],
  ...over,
});

const ENTRIES = [
  entry({}),
  entry({
    sourceId: 'u2',
    sourceName: 'temp@acme.example',
    action: 'Disable',
    targetId: 't2',
    modified: [{ attribute: 'active', old: true, new: false }],
  }),
];

function mountReview(answer: Parameters<typeof client>[0], props: Record<string, unknown> = {}) {
  const c = client(answer);
  const wrapper = mount(PlanReview, {
    props: { planId: 'p1', pollMs: 5, ...props },
    global: { plugins: [[urql, c.client]] },
  });
  return { wrapper, seen: c.seen };
}

const readOnly = (name: string, v: Record<string, unknown>, p = plan()): Reply | undefined => {
  if (name === 'Plan') return { data: { plan: p } };
  if (name === 'PlanEntries') {
    const list = ENTRIES.filter((e) => !v.action || e.action === v.action);
    return { data: { plan: { id: 'p1', status: p.status, entries: list } } };
  }
  return undefined;
};

describe('PlanReview', () => {
  it('shows totals by action and each change old -> new, and filters by action, type and text on the server', async () => {
    const { wrapper, seen } = mountReview((n, v) => readOnly(n, v) ?? { data: {} });
    await flushPromises();
    expect(wrapper.get('[data-testid="plan-summary"]').text()).toBe('create 1, update 2, disable 1');
    expect(wrapper.get('[data-testid="plan-total-update"]').text()).toContain('2');
    const row = wrapper.get('[data-testid="plan-entry-u1"]');
    expect(row.text()).toContain('name.givenName');
    expect(row.get('.old').text()).toBe('Adele');
    expect(row.get('.new').text()).toBe('ADELE');
    expect(wrapper.get('[data-testid="plan-entry-u2"] .new').text()).toBe('false');
    expect(seen.find((s) => s.name === 'PlanEntries')?.variables).toMatchObject({
      id: 'p1',
      first: 51,
      changesOnly: true,
      action: null,
    });

    await wrapper.get('[data-testid="plan-total-disable"]').trigger('click');
    await flushPromises();
    expect(seen.at(-1)).toMatchObject({ name: 'PlanEntries', variables: { action: 'Disable' } });
    expect(wrapper.find('[data-testid="plan-entry-u1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="plan-entry-u2"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="plan-total-disable"]').attributes('aria-pressed')).toBe('true');

    await wrapper.get('[data-testid="plan-filter-type"]').setValue('group');
    await flushPromises();
    expect(seen.at(-1)?.variables).toMatchObject({ action: 'Disable', objectType: 'group' });

    await wrapper.get('[data-testid="plan-filter-search"]').setValue('temp');
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(seen.at(-1)?.variables).toMatchObject({ search: 'temp', objectType: 'group', action: 'Disable' });
  });

  it('applies after a confirmation, emits applied, and shows the outcome with the replanned objects once done', async () => {
    let status: PlanFieldsFragment['status'] = 'READY';
    const { wrapper, seen } = mountReview((n, v) => {
      if (n === 'ApplyPlan') {
        status = 'APPLYING';
        return { data: { applyPlan: { plan: plan({ status }), cycle: { id: 'c1', status: 'QUEUED' } } } };
      }
      if (n === 'Plan' && status === 'APPLYING') {
        status = 'APPLIED';
        return { data: { plan: plan({ status: 'APPLYING' }) } };
      }
      const done = status === 'APPLIED' ? plan({ status, outcome: { asPlanned: 3, replanned: 1, failed: 0 } }) : plan();
      return readOnly(n, v, done) ?? { data: {} };
    });
    await flushPromises();
    await wrapper.get('[data-testid="plan-apply"]').trigger('click');
    expect(seen.some((s) => s.name === 'ApplyPlan')).toBe(false);
    expect(wrapper.get('[role="alertdialog"]').text()).toContain('create 1, update 2, disable 1');
    await wrapper.get('[data-testid="plan-confirm"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.name === 'ApplyPlan')?.variables).toEqual({ id: 'p1' });
    expect(wrapper.emitted('applied')?.[0]?.[0]).toMatchObject({ id: 'p1', status: 'APPLYING' });
    await new Promise((r) => setTimeout(r, 40));
    await flushPromises();
    expect(wrapper.get('[data-testid="plan-status"]').text()).toBe('Applied');
    expect(wrapper.get('[data-testid="plan-outcome"]').text()).toContain('3 as planned, 1 replanned');
    expect(wrapper.emitted('finished')?.[0]?.[0]).toMatchObject({ status: 'APPLIED' });
    expect(wrapper.find('[data-testid="plan-apply"]').exists()).toBe(false);
    await wrapper.get('[data-testid="show-replanned"]').trigger('click');
    await flushPromises();
    expect(seen.at(-1)).toMatchObject({ name: 'PlanEntries', variables: { outcome: 'replanned', changesOnly: false } });
  });

  it('says why a CONFLICT refused the plan (PLAN_STALE) and emits nothing', async () => {
    let stale = false;
    const { wrapper } = mountReview((n, v) => {
      if (n === 'ApplyPlan') {
        stale = true;
        return {
          error: 'The app\u2019s mappings, scope, source or target changed since this plan was made: plan again.',
          code: 'CONFLICT',
          reason: 'PLAN_STALE',
        };
      }
      return readOnly(n, v, plan({ status: stale ? 'STALE' : 'READY' })) ?? { data: {} };
    });
    await flushPromises();
    await wrapper.get('[data-testid="plan-apply"]').trigger('click');
    await wrapper.get('[data-testid="plan-confirm"]').trigger('click');
    await flushPromises();
    const problem = wrapper.get('[data-testid="plan-problem"]').text();
    expect(problem).toContain('This plan is out of date');
    expect(problem).toContain('changed since this plan was made');
    expect(problem).toContain('CONFLICT · PLAN_STALE');
    expect(wrapper.emitted('applied')).toBeUndefined();
    expect(wrapper.get('[data-testid="plan-status"]').text()).toBe('Out of date');
    expect(wrapper.find('[data-testid="plan-apply"]').exists()).toBe(false);
  });

  it('turns PLAN_BUSY into what to do about it', async () => {
    const { wrapper } = mountReview((n, v) =>
      n === 'ApplyPlan'
        ? { error: 'Cycle c9 of this app is running: wait for it or stop it.', code: 'CONFLICT', reason: 'PLAN_BUSY' }
        : (readOnly(n, v) ?? { data: {} }),
    );
    await flushPromises();
    await wrapper.get('[data-testid="plan-apply"]').trigger('click');
    await wrapper.get('[data-testid="plan-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="plan-problem"] strong').text()).toBe(
      'A cycle of this app is queued or running. Wait for it to finish (or stop it), then apply the plan.',
    );
  });

  it('drops after a confirmation and emits dropped; cancel sends nothing', async () => {
    const { wrapper, seen } = mountReview((n, v) =>
      n === 'DropPlan' ? { data: { dropPlan: plan({ status: 'DROPPED' }) } } : (readOnly(n, v) ?? { data: {} }),
    );
    await flushPromises();
    await wrapper.get('[data-testid="plan-drop"]').trigger('click');
    await wrapper.get('[data-testid="plan-cancel"]').trigger('click');
    expect(seen.some((s) => s.name === 'DropPlan')).toBe(false);
    await wrapper.get('[data-testid="plan-drop"]').trigger('click');
    await wrapper.get('[data-testid="plan-confirm"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.name === 'DropPlan')?.variables).toEqual({ id: 'p1' });
    expect(wrapper.emitted('dropped')?.[0]?.[0]).toMatchObject({ status: 'DROPPED' });
    expect(wrapper.get('[data-testid="plan-status"]').text()).toBe('Dropped');
    expect(wrapper.find('[data-testid="plan-entries"]').exists()).toBe(false);
  });

  it('shows no apply or drop button when read-only', async () => {
    const { wrapper } = mountReview((n, v) => readOnly(n, v) ?? { data: {} }, { readonly: true });
    await flushPromises();
    expect(wrapper.find('[data-testid="plan-entry-u1"]').exists()).toBe(true);
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Apply plan');
    expect(wrapper.find('[data-testid="plan-drop"]').exists()).toBe(false);
  });
});
