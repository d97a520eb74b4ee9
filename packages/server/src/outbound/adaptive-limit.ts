import PQueue from 'p-queue';

/** What a finished call tells the limiter. */
export type Feedback =
  | { kind: 'success' }
  /** A 5xx, a network error: no growth, the success run starts again. */
  | { kind: 'failure'; pauseMs?: number }
  /** A 429: halve, and hold every call to this target for the Retry-After. */
  | { kind: 'throttled'; pauseMs?: number };

/**
 * Per-target concurrency, AIMD as TCP does it: starts at `initial`, +1 after a run of successes as
 * long as the current limit (one "window"), up to `max`; halved on a 429, at most once per window
 * (429s from calls started before the last cut do not cut again). p-queue runs the calls: its
 * `concurrency` can change while calls are in flight, and pause/start holds the queue for a Retry-After.
 */
export class AdaptiveLimit {
  private readonly queue: PQueue;
  private successes = 0;
  /** Bumped on every cut; a 429 from a call started in an older epoch was already answered. */
  private epoch = 0;
  private pausedUntil = 0;
  private resumeTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    initial: number,
    private readonly max: number,
  ) {
    this.queue = new PQueue({ concurrency: Math.max(1, Math.min(initial, max)) });
  }

  /** The current limit. */
  get concurrency(): number {
    return this.queue.concurrency;
  }

  /** Calls in flight now. */
  get active(): number {
    return this.queue.pending;
  }

  /** Calls waiting for a slot. */
  get waiting(): number {
    return this.queue.size;
  }

  /** Milliseconds until a Retry-After hold ends (0: not held). */
  get heldForMs(): number {
    return Math.max(0, this.pausedUntil - Date.now());
  }

  run<T>(fn: () => Promise<T>, feedback: (result: T) => Feedback): Promise<T> {
    return this.queue.add(
      async () => {
        const epoch = this.epoch;
        let result: T;
        try {
          result = await fn();
        } catch (e) {
          this.record({ kind: 'failure' }, epoch);
          throw e;
        }
        this.record(feedback(result), epoch);
        return result;
      },
      { throwOnTimeout: true },
    );
  }

  private record(f: Feedback, epoch: number): void {
    if (f.kind === 'success') {
      if (++this.successes >= this.queue.concurrency && this.queue.concurrency < this.max) {
        this.queue.concurrency += 1;
        this.successes = 0;
      }
      return;
    }
    this.successes = 0;
    if (f.kind === 'throttled' && epoch === this.epoch) {
      this.queue.concurrency = Math.max(1, Math.floor(this.queue.concurrency / 2));
      this.epoch += 1;
    }
    if (f.pauseMs) this.hold(f.pauseMs);
  }

  /** No new call starts before `ms` from now (calls in flight finish). */
  hold(ms: number): void {
    if (this.closed || ms <= 0) return;
    const until = Date.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.queue.pause();
    clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => this.queue.start(), ms);
  }

  /** Ends a hold; queued calls still run (against a closed pool they fail at once), so none hangs. */
  close(): void {
    this.closed = true;
    clearTimeout(this.resumeTimer);
    this.queue.start();
  }
}
