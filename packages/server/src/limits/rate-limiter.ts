import type { Logger } from 'pino';
import type { CounterStore, RefusedDelta, WindowDelta } from './counter-store.js';
import { windowId } from './counter-store.js';

export interface LimitCheck {
  key: string;
  /** Hits allowed per window; 0 means no limit. */
  limit: number;
}

interface Counter {
  key: string;
  windowStart: number;
  /** The global total (all replicas) at the last sync, including this process's flushed hits. */
  global: number;
  /** Counted here since the last flush started. */
  pending: number;
  /** Sent by the flush that is running, not yet in `global`. */
  sending: number;
}

export interface RateLimiterOptions {
  windowMs: number;
  syncMs: number;
  /** How often windows that are over are deleted from the table. */
  pruneMs?: number;
  now?: () => number;
}

/**
 * Fixed-window counters shared by the replicas without a database round trip per request: each
 * process counts locally and every `syncMs` adds its deltas to `rate_limit_window` and reads
 * the global totals of its active keys back (one statement per batch). A decision uses the last
 * known global total plus the local hits since, so a limit can be overshot by at most what the
 * other replicas accept within one sync interval (one replica alone is exact).
 */
export class RateLimiter {
  private readonly counters = new Map<string, Counter>();
  private refused = new Map<string, RefusedDelta>();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> = Promise.resolve();
  private lastPrune = 0;
  private closed = false;
  private readonly now: () => number;

  constructor(
    private readonly store: CounterStore,
    private readonly log: Pick<Logger, 'error'>,
    private readonly opts: RateLimiterOptions,
  ) {
    this.now = opts.now ?? Date.now;
    // The first prune waits a while, so a short-lived process (a CLI command) runs no statement.
    this.lastPrune = this.now();
  }

  /**
   * Counts one hit on every key when all are under their limit; otherwise counts nothing and
   * answers the seconds until the fullest window ends (the Retry-After). 0 means allowed.
   */
  take(checks: LimitCheck[]): number {
    const wait = this.over(checks);
    if (wait) return wait;
    for (const c of checks) if (c.limit > 0) this.counter(c.key).pending++;
    this.schedule();
    return 0;
  }

  /** The seconds to wait when one of the keys is at its limit, without counting; 0 when none is. */
  over(checks: LimitCheck[]): number {
    let wait = 0;
    for (const c of checks) {
      if (c.limit <= 0) continue;
      const k = this.counter(c.key);
      if (k.global + k.sending + k.pending >= c.limit) wait = Math.max(wait, this.secondsLeft(k.windowStart));
    }
    return wait;
  }

  /** Counts a hit whatever the limit (a refusal that already happened). */
  add(key: string): void {
    this.counter(key).pending++;
    this.schedule();
  }

  /** A SCIM request refused before it reached the tenant, for the tenant's report. */
  countRefused(tenantId: string, reason: string): void {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    const id = `${tenantId}\u0000${day}\u0000${reason}`;
    const d = this.refused.get(id);
    if (d) d.requests++;
    else this.refused.set(id, { tenantId, day, reason, requests: 1 });
    this.schedule();
  }

  /** Flushes local deltas and refreshes the global totals now; resolves when done. */
  sync(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.syncing = this.syncing.then(() => this.run());
    return this.syncing;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.sync();
  }

  private counter(key: string): Counter {
    const windowStart = Math.floor(this.now() / this.opts.windowMs) * this.opts.windowMs;
    let c = this.counters.get(key);
    if (!c || c.windowStart !== windowStart) {
      c = { key, windowStart, global: 0, pending: 0, sending: 0 };
      this.counters.set(key, c);
    }
    return c;
  }

  private secondsLeft(windowStart: number): number {
    return Math.max(1, Math.ceil((windowStart + this.opts.windowMs - this.now()) / 1000));
  }

  /** Keeps syncing while keys are active; an idle process runs no statements. */
  private schedule(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => void this.sync(), this.opts.syncMs);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    const now = this.now();
    const current = Math.floor(now / this.opts.windowMs) * this.opts.windowMs;
    const batch: Counter[] = [];
    for (const [key, c] of this.counters) {
      if (c.windowStart < current) this.counters.delete(key);
      else batch.push(c);
    }
    const refused = [...this.refused.values()];
    this.refused = new Map();
    const deltas: WindowDelta[] = batch.map((c) => {
      c.sending = c.pending;
      c.pending = 0;
      return {
        key: c.key,
        windowStart: c.windowStart,
        hits: c.sending,
        expiresAt: c.windowStart + 2 * this.opts.windowMs,
      };
    });
    try {
      if (deltas.length) {
        const totals = await this.store.addWindows(deltas);
        for (const c of batch) c.global = totals.get(windowId(c.key, c.windowStart)) ?? c.global + c.sending;
      }
    } catch (err) {
      this.log.error({ err }, 'could not sync rate limit counters');
      for (const c of batch) c.pending += c.sending;
    } finally {
      for (const c of batch) c.sending = 0;
    }
    try {
      if (refused.length) await this.store.addRefused(refused);
    } catch (err) {
      this.log.error({ err }, 'could not write refused request counts');
      for (const r of refused) this.mergeRefused(r);
    }
    if (now - this.lastPrune >= (this.opts.pruneMs ?? 60_000)) {
      this.lastPrune = now;
      await this.store.prune(now).catch((err) => this.log.error({ err }, 'could not prune rate limit windows'));
    }
    // Idle keys (nothing counted since the last sync) still get other replicas' totals while their window lasts.
    if (this.counters.size || this.refused.size) this.schedule();
  }

  private mergeRefused(r: RefusedDelta): void {
    const id = `${r.tenantId}\u0000${r.day}\u0000${r.reason}`;
    const d = this.refused.get(id);
    if (d) d.requests += r.requests;
    else this.refused.set(id, r);
  }
}
