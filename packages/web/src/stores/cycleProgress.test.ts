import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Answer, fakeClient } from '../test/fakeClient';
import { etaSeconds, type LiveCycle, movingRate, POLL_MS, useCycleProgressStore } from './cycleProgress';

const cycle = (over: Partial<LiveCycle> = {}): LiveCycle => ({
  id: 'c1',
  app: 'corp',
  status: 'RUNNING',
  kind: 'INITIAL',
  phase: 'USERS',
  trigger: 'manual',
  done: 0,
  total: 1000,
  rate: 40,
  etaSeconds: null,
  durationMs: 0,
  queuedAt: '2026-12-01T10:00:00Z',
  startedAt: '2026-12-01T10:00:00Z',
  finishedAt: null,
  error: null,
  counts: { created: 0, updated: 0, disabled: 0, deleted: 0, skipped: 0, failed: 0, held: 0 },
  ...over,
});

/** A server whose cycle advances one scripted reading per `cycle(id)` request (the last one repeats). */
function scripted(readings: (Partial<LiveCycle> | Answer)[]) {
  let i = 0;
  const fake = fakeClient((name, variables) => {
    if (name !== 'LiveCycle') return { error: `unexpected ${name}` };
    const r = readings[Math.min(i++, readings.length - 1)];
    if ('error' in r || 'data' in r) return r as Answer;
    return { data: { cycle: cycle({ id: String(variables.id), ...r }) } };
  });
  const polls = () => fake.seen.filter((s) => s.name === 'LiveCycle').length;
  return { ...fake, polls };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('movingRate and etaSeconds', () => {
  it('average objects per second between the first and the last reading', () => {
    expect(movingRate([{ at: 0, done: 0 }])).toBeNull();
    expect(
      movingRate([
        { at: 5, done: 0 },
        { at: 5, done: 10 },
      ]),
    ).toBeNull();
    expect(
      movingRate([
        { at: 0, done: 100 },
        { at: 1000, done: 150 },
        { at: 4000, done: 500 },
      ]),
    ).toBe(100);
    expect(etaSeconds(500, 1000, 100)).toBe(5);
    expect(etaSeconds(999, 1000, 3)).toBe(1);
    expect(etaSeconds(1000, 1000, null)).toBe(0);
    expect(etaSeconds(10, 0, 100)).toBeNull();
    expect(etaSeconds(10, 1000, 0)).toBeNull();
  });
});

describe('useCycleProgressStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => vi.useRealTimers());

  it('computes rate and ETA from successive readings, then stops reading once the cycle ends', async () => {
    const server = scripted([
      { done: 100 },
      { done: 200 },
      { done: 350 },
      { done: 500 },
      { done: 650 },
      { done: 800 },
      { done: 900 },
      { done: 1000, status: 'SUCCEEDED', finishedAt: '2026-12-01T10:00:07Z' },
    ]);
    const store = useCycleProgressStore();
    store.use(server.client);
    const finished = vi.fn();
    store.watch('corp', finished);
    // a query's answer (maybe from the cache, maybe minutes old) starts the reading but is not a reading
    store.seed('corp', cycle({ done: 5000 }));
    await vi.advanceTimersByTimeAsync(0);
    const e = () => store.entry('corp');
    expect(server.polls()).toBe(1);
    expect(e()?.samples).toHaveLength(1);
    // one reading: the server's average over the run
    expect(e()?.rate).toBe(40);
    expect(e()?.etaSeconds).toBe(Math.ceil(900 / 40));

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(e()?.rate).toBe(100);
    expect(e()?.etaSeconds).toBe(8);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(e()?.rate).toBe(125);
    expect(e()?.etaSeconds).toBe(6);
    await vi.advanceTimersByTimeAsync(4 * POLL_MS);
    // the average covers the last five readings only: (900 - 350) / 4 s
    expect(e()?.samples.map((s) => s.done)).toEqual([350, 500, 650, 800, 900]);
    expect(e()?.rate).toBe(137.5);
    expect(e()?.etaSeconds).toBe(1);
    expect(finished).not.toHaveBeenCalled();
    expect(store.polling('corp')).toBe(true);

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(server.polls()).toBe(8);
    expect(e()?.finished).toBe(true);
    expect(e()?.cycle?.status).toBe('SUCCEEDED');
    expect(e()?.etaSeconds).toBeNull();
    expect(store.openCycle('corp')).toBeNull();
    expect(finished).toHaveBeenCalledTimes(1);
    expect(finished.mock.calls[0][0]).toMatchObject({ id: 'c1', status: 'SUCCEEDED', done: 1000 });
    expect(store.polling('corp')).toBe(false);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(server.polls()).toBe(8);
    // a stale answer that still shows the ended cycle open does not bring it back
    store.seed('corp', cycle({ done: 900 }));
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(server.polls()).toBe(8);
  });

  it('reads nothing while the tab is hidden or no page watches, and reads at once when it shows again', async () => {
    const server = scripted([{ done: 10 }, { done: 20 }, { done: 30 }, { done: 40 }]);
    const store = useCycleProgressStore();
    store.use(server.client);
    store.seed('corp', cycle());
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(server.polls()).toBe(0);

    const unwatch = store.watch('corp');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.polls()).toBe(1);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(server.polls()).toBe(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.polls()).toBe(2);
    // 5 s passed between the two readings: 10 objects in 5 s
    expect(store.entry('corp')?.rate).toBe(2);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(server.polls()).toBe(3);

    unwatch();
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(server.polls()).toBe(3);
    expect(store.polling('corp')).toBe(false);
  });

  it('keeps reading through a failed reading, and stops when the cycle is gone', async () => {
    const server = scripted([
      { done: 10 },
      { error: 'Service unavailable', code: 'INTERNAL_SERVER_ERROR' },
      { done: 30 },
      { error: 'Cycle c1 not found', code: 'NOT_FOUND' },
    ]);
    const store = useCycleProgressStore();
    store.use(server.client);
    store.watch('corp');
    store.seed('corp', cycle());
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.entry('corp')?.error).toBe('Service unavailable (INTERNAL_SERVER_ERROR)');
    expect(store.entry('corp')?.cycle?.done).toBe(10);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.entry('corp')?.error).toBeNull();
    expect(store.entry('corp')?.rate).toBe(10);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.entry('corp')?.error).toBe('Cycle c1 not found (NOT_FOUND)');
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(server.polls()).toBe(4);
  });

  it('follows a new cycle from its first reading', async () => {
    const server = scripted([{ done: 100 }, { done: 200 }, { done: 10 }, { done: 60 }]);
    const store = useCycleProgressStore();
    store.use(server.client);
    store.watch('corp');
    store.seed('corp', cycle({ id: 'c1' }));
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.entry('corp')?.rate).toBe(100);
    store.seed('corp', cycle({ id: 'c2', status: 'QUEUED', rate: 0 }));
    expect(store.openCycle('corp')?.id).toBe('c2');
    expect(store.entry('corp')?.rate).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.seen.at(-1)?.variables).toEqual({ id: 'c2' });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.entry('corp')?.samples.map((s) => s.done)).toEqual([10, 60]);
    expect(store.entry('corp')?.rate).toBe(50);
  });
});
