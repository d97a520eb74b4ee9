/**
 * One plan (SPEC E10) followed until it settles: `plan(id)` is polled while it is COMPUTING or
 * APPLYING; once ready its entries are read one page at a time (filtered by the server: action,
 * object type, outcome, text, "changes only"); `apply()` and `drop()` run applyPlan / dropPlan and
 * turn their CONFLICT reasons (PLAN_STALE, PLAN_BUSY, ...) into a sentence an admin can act on.
 *
 *   const p = usePlan(() => props.planId);
 *   p.plan.value?.totals; p.entries.value; p.filter.value.action = 'Update';
 *   const r = await p.apply(); if (!r.ok) show(r.problem.title, r.problem.message);
 */
import type { Client, CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { computed, onScopeDispose, type Ref, ref, shallowRef, watch } from 'vue';
import { errorCode, errorMessage } from '../graphql/client';
import {
  ApplyPlanDocument,
  DropPlanDocument,
  PlanDocument,
  PlanEntriesDocument,
  type PlanEntryFieldsFragment,
  type PlanFieldsFragment,
  type PlanStatus,
} from '../graphql/generated';
import { useDebounced } from './useDebounced';

/** Server-side entry filters; empty strings and nulls mean "any". */
export interface PlanEntryFilter {
  /** Create, Update, Disable, Delete, Skip or Other. */
  action: string;
  /** `user` or `group`. */
  objectType: '' | 'user' | 'group';
  /** Once applied: as-planned, replanned or failed. */
  outcome: '' | 'as-planned' | 'replanned' | 'failed';
  /** Part of the source name, source id or target id. */
  search: string;
  /** Leave out "no change" skips (the bulk of most plans). */
  changesOnly: boolean;
}

export const emptyPlanFilter = (): PlanEntryFilter => ({
  action: '',
  objectType: '',
  outcome: '',
  search: '',
  changesOnly: true,
});

/** Why applyPlan / dropPlan (or reading the plan) failed: a title in plain words, the server's message and codes. */
export interface PlanProblem {
  /** `extensions.code`: CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT... */
  code: string;
  /** `extensions.reason` of a CONFLICT: PLAN_STALE, PLAN_BUSY, PLAN_APP_NOT_RUNNING, PLAN_NOT_READY, PLAN_INVALID. */
  reason: string | null;
  title: string;
  /** The server's own message. */
  message: string;
}

export type PlanActionResult = { ok: true; plan: PlanFieldsFragment } | { ok: false; problem: PlanProblem };

const REASONS: Record<string, string> = {
  PLAN_STALE:
    'This plan is out of date: the app changed, or another plan was applied, after it was made. Plan again to see what a cycle would do now.',
  PLAN_BUSY: 'A cycle of this app is queued or running. Wait for it to finish (or stop it), then apply the plan.',
  PLAN_APP_NOT_RUNNING: 'The app is paused or stopped. Resume it on its overview, then apply the plan.',
  PLAN_NOT_READY: 'The plan is not ready: it is still being computed, or it was already applied, dropped or failed.',
  PLAN_INVALID: 'The proposed app file no longer validates: change it and plan again.',
  PLAN_NOT_FOUND: 'This plan no longer exists.',
};
const CODES: Record<string, string> = {
  NOT_FOUND: 'This plan no longer exists, or you may not see it.',
  FORBIDDEN:
    'Your role may not do this (applying and dropping plans needs the admin role; a proposal needs a platform owner).',
  UNAUTHENTICATED: 'Your session ended: sign in again.',
};

/** A CombinedError as a PlanProblem (exported for the pages that apply plans themselves). */
export function planProblem(error: CombinedError): PlanProblem {
  const first = error.graphQLErrors?.[0];
  const rawReason = first?.extensions?.reason;
  const reason = typeof rawReason === 'string' ? rawReason : null;
  const code = errorCode(error) ?? (error.networkError ? 'NETWORK' : 'ERROR');
  const message = errorMessage(error);
  const title = (reason && REASONS[reason]) ?? CODES[code] ?? message;
  return { code, reason, title, message };
}

const ACTIVE: readonly PlanStatus[] = ['COMPUTING', 'APPLYING'];
/** Statuses whose entries can be read (a dropped plan's entries are gone; a computing one has none yet). */
const READABLE: readonly PlanStatus[] = ['READY', 'APPLYING', 'APPLIED', 'STALE', 'FAILED'];

export interface UsePlanOptions {
  /** Entries per page (the server allows up to 1000). */
  pageSize?: number;
  /** How often a computing or applying plan is read again. */
  pollMs?: number;
  /** The urql client; by default the one the app provides. */
  client?: Client;
}

export function usePlan(
  planId: Ref<string | null | undefined> | (() => string | null | undefined),
  opts: UsePlanOptions = {},
) {
  const client = opts.client ?? useClientHandle().client;
  const pageSize = opts.pageSize ?? 50;
  const pollMs = opts.pollMs ?? 1000;
  const id = computed(() => (typeof planId === 'function' ? planId() : planId.value) ?? null);

  const plan = shallowRef<PlanFieldsFragment | null>(null);
  /** Reading the plan failed (shown with a retry). */
  const loadError = shallowRef<PlanProblem | null>(null);
  const loading = ref(false);
  const status = computed<PlanStatus | null>(() => plan.value?.status ?? null);
  const totals = computed(() => plan.value?.totals ?? null);
  const active = computed(() => !!status.value && ACTIVE.includes(status.value));
  /** Apply and drop are offered only for a plan that is ready. */
  const canApply = computed(() => status.value === 'READY');
  const canDrop = computed(() => status.value === 'READY' || status.value === 'STALE' || status.value === 'FAILED');

  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let generation = 0;

  async function read(): Promise<void> {
    const want = id.value;
    if (!want) return;
    const mine = ++generation;
    loading.value = true;
    const r = await client.query(PlanDocument, { id: want }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation || disposed) return;
    loading.value = false;
    if (r.error || !r.data) {
      loadError.value = r.error
        ? planProblem(r.error)
        : { code: 'ERROR', reason: null, title: 'No answer.', message: '' };
    } else {
      loadError.value = null;
      plan.value = r.data.plan;
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (disposed || !active.value || loadError.value) return;
    timer = setTimeout(() => void read(), pollMs);
  }

  // Entries: one page at a time; cursors of the pages seen are kept so Previous needs no `before`.
  const filter = ref<PlanEntryFilter>(emptyPlanFilter());
  const search = useDebounced(computed(() => filter.value.search.trim()));
  const entries = shallowRef<PlanEntryFieldsFragment[]>([]);
  const entriesError = shallowRef<PlanProblem | null>(null);
  const entriesFetching = ref(false);
  const hasNext = ref(false);
  const stack = ref<(string | null)[]>([null]);
  const page = computed(() => stack.value.length);
  const hasPrevious = computed(() => stack.value.length > 1);
  let entriesGeneration = 0;

  async function readEntries(): Promise<void> {
    const want = id.value;
    if (!want || !status.value || !READABLE.includes(status.value)) {
      entries.value = [];
      hasNext.value = false;
      return;
    }
    const mine = ++entriesGeneration;
    entriesFetching.value = true;
    const f = filter.value;
    const r = await client
      .query(
        PlanEntriesDocument,
        {
          id: want,
          first: pageSize + 1,
          after: stack.value[stack.value.length - 1] ?? null,
          action: f.action || null,
          objectType: f.objectType || null,
          outcome: f.outcome || null,
          search: search.value || null,
          changesOnly: f.changesOnly,
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (mine !== entriesGeneration || disposed) return;
    entriesFetching.value = false;
    if (r.error || !r.data) {
      entriesError.value = r.error ? planProblem(r.error) : null;
      return;
    }
    entriesError.value = null;
    const list = r.data.plan.entries;
    hasNext.value = list.length > pageSize;
    entries.value = list.slice(0, pageSize);
  }

  function next() {
    const last = entries.value[entries.value.length - 1];
    if (!hasNext.value || !last) return;
    stack.value = [...stack.value, `${last.objectType}:${last.sourceId}`];
  }
  function previous() {
    if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
  }

  const filterKey = computed(() => {
    const f = filter.value;
    return [f.action, f.objectType, f.outcome, f.changesOnly, search.value].join('\u0000');
  });
  watch(filterKey, () => {
    if (stack.value.length > 1) stack.value = [null];
    else void readEntries();
  });
  watch(stack, () => void readEntries());
  // New entries once ready, and their outcomes once applied.
  watch(status, (now, before) => {
    if (now && now !== before && READABLE.includes(now)) void readEntries();
  });

  watch(id, () => {
    clearTimeout(timer);
    plan.value = null;
    loadError.value = null;
    entries.value = [];
    stack.value = [null];
    void read();
  });

  const busy = ref<'apply' | 'drop' | null>(null);

  async function apply(): Promise<PlanActionResult> {
    const want = id.value;
    if (!want) return { ok: false, problem: { code: 'ERROR', reason: null, title: 'No plan to apply.', message: '' } };
    busy.value = 'apply';
    const r = await client.mutation(ApplyPlanDocument, { id: want }).toPromise();
    busy.value = null;
    if (r.error || !r.data) {
      const problem = r.error
        ? planProblem(r.error)
        : { code: 'ERROR', reason: null, title: 'No answer from the server.', message: '' };
      // A stale plan was marked stale by the refusal; a busy one may have moved on.
      void read();
      return { ok: false, problem };
    }
    plan.value = r.data.applyPlan.plan;
    schedule();
    return { ok: true, plan: r.data.applyPlan.plan };
  }

  async function drop(): Promise<PlanActionResult> {
    const want = id.value;
    if (!want) return { ok: false, problem: { code: 'ERROR', reason: null, title: 'No plan to drop.', message: '' } };
    busy.value = 'drop';
    const r = await client.mutation(DropPlanDocument, { id: want }).toPromise();
    busy.value = null;
    if (r.error || !r.data) {
      void read();
      return {
        ok: false,
        problem: r.error
          ? planProblem(r.error)
          : { code: 'ERROR', reason: null, title: 'No answer from the server.', message: '' },
      };
    }
    plan.value = r.data.dropPlan;
    entries.value = [];
    hasNext.value = false;
    return { ok: true, plan: r.data.dropPlan };
  }

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(timer);
  });
  void read();

  return {
    id,
    plan,
    status,
    totals,
    loading,
    loadError,
    /** COMPUTING or APPLYING: being polled. */
    active,
    canApply,
    canDrop,
    refresh: read,
    filter,
    entries,
    entriesError,
    entriesFetching,
    pageSize,
    page,
    hasNext,
    hasPrevious,
    next,
    previous,
    apply,
    drop,
    busy,
  };
}

export type PlanHandle = ReturnType<typeof usePlan>;
