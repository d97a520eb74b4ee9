/**
 * Slows password guessing: after `maxFailures` wrong passwords for one userName from one
 * address within the window, that pair is locked for `lockMs`; an address is also capped across
 * all userNames (a spray). In memory, per process: with several replicas each keeps its own count.
 */

interface Entry {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

export interface ThrottleOptions {
  maxFailures: number;
  lockMs: number;
  /** Failures from one address over all userNames before it is locked too. */
  maxFailuresPerAddress: number;
  now?: () => number;
}

const MAX_ENTRIES = 10_000;

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly opts: ThrottleOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Milliseconds until this userName may try again from this address (0 when it may now). */
  retryAfter(userName: string, address: string): number {
    const t = this.now();
    const wait = Math.max(
      this.lockedFor(`u:${userName.toLowerCase()}|${address}`, t),
      this.lockedFor(`a:${address}`, t),
    );
    return Math.max(0, wait);
  }

  failed(userName: string, address: string): void {
    this.count(`u:${userName.toLowerCase()}|${address}`, this.opts.maxFailures);
    this.count(`a:${address}`, this.opts.maxFailuresPerAddress);
  }

  succeeded(userName: string, address: string): void {
    this.entries.delete(`u:${userName.toLowerCase()}|${address}`);
  }

  private lockedFor(key: string, t: number): number {
    const e = this.entries.get(key);
    return e ? e.lockedUntil - t : 0;
  }

  private count(key: string, max: number): void {
    const t = this.now();
    let e = this.entries.get(key);
    if (!e || t - e.windowStart > this.opts.lockMs) {
      if (!e && this.entries.size >= MAX_ENTRIES) this.prune(t);
      e = { failures: 0, windowStart: t, lockedUntil: 0 };
      this.entries.set(key, e);
    }
    e.failures++;
    if (e.failures >= max) e.lockedUntil = t + this.opts.lockMs;
  }

  /** Drops entries whose window and lock are over; if still full, the oldest ones. */
  private prune(t: number): void {
    for (const [k, e] of this.entries) {
      if (t - e.windowStart > this.opts.lockMs && e.lockedUntil <= t) this.entries.delete(k);
    }
    for (const k of this.entries.keys()) {
      if (this.entries.size < MAX_ENTRIES) break;
      this.entries.delete(k);
    }
  }
}
