import type { Client, OperationResult } from '@urql/core';
import { defineStore } from 'pinia';
import { reactive, shallowRef } from 'vue';
import { errorCode, errorMessage } from '../graphql/client';
import { LiveCycleDocument, type LiveCycleFieldsFragment, type LiveCycleQuery } from '../graphql/generated';

export type LiveCycle = LiveCycleFieldsFragment;

/** How often an open cycle is read while a page shows it. */
export const POLL_MS = 1000;
/** How many of the last readings the rate is averaged over (about the last 4 seconds at POLL_MS). */
export const RATE_WINDOW = 5;
/** Refusals after which reading again is pointless (the cycle or the access is gone). */
const FINAL_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

export const isOpen = (c: Pick<LiveCycle, 'status'> | null | undefined): boolean =>
  c?.status === 'QUEUED' || c?.status === 'RUNNING';

/** One reading of a cycle: when it arrived (ms) and how many objects were done. */
export interface Sample {
  at: number;
  done: number;
}

/** Objects per second between the first and the last reading; null before two readings or when no time passed. */
export function movingRate(samples: readonly Sample[]): number | null {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const seconds = (last.at - first.at) / 1000;
  if (seconds <= 0) return null;
  return Math.max(0, (last.done - first.done) / seconds);
}

/** Seconds until `total` at `rate`: 0 when done, null when the total or a moving rate is unknown. */
export function etaSeconds(done: number, total: number, rate: number | null): number | null {
  if (total <= 0) return null;
  const left = total - done;
  if (left <= 0) return 0;
  if (rate === null || rate <= 0) return null;
  return Math.ceil(left / rate);
}

/** What a page shows of an app's live cycle. */
export interface LiveEntry {
  /** The cycle followed: open, or the one that just ended while a page watched it. */
  cycle: LiveCycle | null;
  /** The last readings (at most RATE_WINDOW), oldest first. */
  samples: Sample[];
  /** Objects per second over the readings; the server's average over the whole run until there are two. */
  rate: number | null;
  etaSeconds: number | null;
  /** The followed cycle ended (succeeded, failed or stopped) while watched. */
  finished: boolean;
  /** The last reading failed with this message (and code); the previous figures stay. */
  error: string | null;
}

type OnFinished = (cycle: LiveCycle) => void;

/**
 * The live cycle of each app a page shows (the apps list and an app's overview): it reads
 * `cycle(id)` every POLL_MS while the cycle is open, the tab is visible and some page watches the
 * app; computes the rate as a moving average over the last readings and the ETA from it; and
 * tells the watchers when the cycle ends, then stops reading.
 */
export const useCycleProgressStore = defineStore('cycleProgress', () => {
  const client = shallowRef<Client>();
  const entries = reactive(new Map<string, LiveEntry>());
  const watchers = new Map<string, Set<OnFinished>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Set<string>();
  /** Cycles seen ending: a cached query that still shows one open does not bring it back. */
  const ended = new Set<string>();

  const hidden = () => globalThis.document?.visibilityState === 'hidden';
  const watched = (app: string) => (watchers.get(app)?.size ?? 0) > 0;

  function use(c: Client) {
    client.value = c;
  }

  function entry(app: string): LiveEntry | undefined {
    return entries.get(app);
  }

  function ensure(app: string): LiveEntry {
    let e = entries.get(app);
    if (!e) {
      entries.set(app, { cycle: null, samples: [], rate: null, etaSeconds: null, finished: false, error: null });
      e = entries.get(app) as LiveEntry;
    }
    return e;
  }

  function cancel(app: string) {
    const t = timers.get(app);
    if (t !== undefined) clearTimeout(t);
    timers.delete(app);
  }

  function shouldPoll(app: string): boolean {
    return !!client.value && watched(app) && isOpen(entries.get(app)?.cycle) && !hidden();
  }

  function schedule(app: string) {
    cancel(app);
    if (!shouldPoll(app)) return;
    timers.set(
      app,
      setTimeout(() => {
        timers.delete(app);
        void poll(app);
      }, POLL_MS),
    );
  }

  function pollNow(app: string) {
    cancel(app);
    if (shouldPoll(app)) void poll(app);
  }

  function record(e: LiveEntry, cycle: LiveCycle, at: number) {
    const last = e.samples[e.samples.length - 1];
    // fewer done than before: not the same run any more (a restart), so the old readings say nothing
    const samples = last && cycle.done < last.done ? [] : e.samples;
    e.samples = [...samples, { at, done: cycle.done }].slice(-RATE_WINDOW);
    e.cycle = cycle;
    const moving = movingRate(e.samples);
    e.rate = moving ?? (cycle.rate > 0 ? cycle.rate : null);
    e.etaSeconds = isOpen(cycle) ? etaSeconds(cycle.done, cycle.total, e.rate) : null;
  }

  /** Takes one answer for the followed cycle; false when reading again is pointless (it ended, or access is gone). */
  function take(app: string, e: LiveEntry, r: OperationResult<LiveCycleQuery>): boolean {
    if (r.error || !r.data) {
      const code = errorCode(r.error);
      e.error = code ? `${errorMessage(r.error)} (${code})` : errorMessage(r.error) || 'The cycle could not be read';
      return !(code && FINAL_CODES.has(code));
    }
    e.error = null;
    const cycle = r.data.cycle;
    record(e, cycle, Date.now());
    if (isOpen(cycle)) return true;
    e.finished = true;
    ended.add(cycle.id);
    for (const cb of [...(watchers.get(app) ?? [])]) cb(cycle);
    return false;
  }

  async function poll(app: string) {
    const e = entries.get(app);
    const c = client.value;
    if (!e?.cycle || !c || inFlight.has(app)) return;
    const id = e.cycle.id;
    inFlight.add(app);
    let again = true;
    try {
      const r = await c.query(LiveCycleDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
      // another cycle seeded meanwhile is read next; this answer is about the old one
      if (e.cycle?.id === id) again = take(app, e, r);
    } finally {
      inFlight.delete(app);
    }
    if (again) schedule(app);
  }

  /**
   * The app's open cycle as a query or a mutation answered it (null: none). A new cycle replaces
   * the followed one and is read at once; the followed one itself is not taken from the query (its
   * answer may come from the cache), only the readings of this store count.
   */
  function seed(app: string, cycle: LiveCycle | null | undefined) {
    if (!cycle || !isOpen(cycle) || ended.has(cycle.id)) return;
    const e = ensure(app);
    if (e.cycle?.id === cycle.id && isOpen(e.cycle)) return;
    e.cycle = cycle;
    e.samples = [];
    e.rate = cycle.rate > 0 ? cycle.rate : null;
    e.etaSeconds = cycle.etaSeconds;
    e.finished = false;
    e.error = null;
    pollNow(app);
  }

  /** A page shows the app: its open cycle is read until it ends or `unwatch` is called. */
  function watch(app: string, onFinished?: OnFinished): () => void {
    ensure(app);
    const set = watchers.get(app) ?? new Set<OnFinished>();
    watchers.set(app, set);
    const cb: OnFinished = (c) => onFinished?.(c);
    set.add(cb);
    if (!timers.has(app) && !inFlight.has(app)) pollNow(app);
    return () => {
      set.delete(cb);
      if (!set.size) {
        watchers.delete(app);
        cancel(app);
      }
    };
  }

  /** The open cycle being followed (null when none or it ended). */
  function openCycle(app: string): LiveCycle | null {
    const c = entries.get(app)?.cycle ?? null;
    return isOpen(c) ? c : null;
  }

  /** Whether a reading of `app` is due (for tests and the page's "live" hint). */
  function polling(app: string): boolean {
    return timers.has(app) || inFlight.has(app);
  }

  if (globalThis.document) {
    globalThis.document.addEventListener('visibilitychange', () => {
      for (const app of watchers.keys()) {
        if (hidden()) cancel(app);
        else pollNow(app);
      }
    });
  }

  return { use, entry, seed, watch, openCycle, polling };
});
