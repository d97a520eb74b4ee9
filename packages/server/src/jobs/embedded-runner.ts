/**
 * The in-process runner (SQLite, one machine): polls for open cycles no live runner holds, runs
 * each in slices, and queues due apps every 30 seconds (croner). Resume after a crash is the
 * cycle row's job: its cursor and claim, the same as under pg-boss.
 */
import { Cron } from 'croner';
import type { Logger } from 'pino';
import { runSlice } from '../cycles/cycle.slice.js';
import { Follower } from '../cycles/follow.js';
import type { Services } from '../scim/services.js';
import { engineTick, orphanedCycles } from './maintenance.js';
import { type CycleRunner, runnerId } from './runner.js';

export class EmbeddedRunner implements CycleRunner {
  readonly kind = 'embedded' as const;
  private readonly id = runnerId();
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private timer?: NodeJS.Timeout;
  private cron?: Cron;
  private polling = false;
  private follower?: Follower;

  constructor(
    private readonly services: Services,
    private readonly log: Logger,
    private readonly opts: { schedule: boolean; maxParallel?: number } = { schedule: true },
  ) {}

  async start(): Promise<void> {
    const { config } = this.services;
    this.timer = setInterval(() => void this.poll(), config.ENGINE_POLL_MS);
    this.timer.unref();
    if (this.opts.schedule) this.follower = new Follower(this.services, this.log);
    if (this.opts.schedule)
      this.cron = new Cron('*/30 * * * * *', { protect: true, unref: true }, async () => {
        try {
          await engineTick(this.services);
          await this.poll();
        } catch (err) {
          this.log.error({ err }, 'engine tick failed');
        }
      });
    await this.poll();
  }

  async wake(): Promise<void> {
    setImmediate(() => void this.poll());
  }

  private async poll(): Promise<void> {
    if (this.polling || this.abort.signal.aborted) return;
    this.polling = true;
    try {
      const max = this.opts.maxParallel ?? 2;
      for (const c of await orphanedCycles(this.services)) {
        if (this.running.size >= max) break;
        if (this.running.has(c.id)) continue;
        const run = this.runCycle(c.id).finally(() => this.running.delete(c.id));
        this.running.set(c.id, run);
      }
    } catch (err) {
      this.log.error({ err }, 'engine poll failed');
    } finally {
      this.polling = false;
    }
  }

  private async runCycle(cycleId: string): Promise<void> {
    const sliceMs = this.services.config.ENGINE_SLICE_SECONDS * 1000;
    try {
      for (;;) {
        const outcome = await runSlice(this.services, cycleId, {
          runnerId: this.id,
          sliceMs,
          signal: this.abort.signal,
        });
        if (outcome !== 'yielded' || this.abort.signal.aborted) break;
      }
    } catch (err) {
      this.log.error({ err, cycleId }, 'cycle failed');
    }
  }

  async stop(): Promise<void> {
    this.abort.abort();
    clearInterval(this.timer);
    this.cron?.stop();
    this.follower?.close();
    await Promise.allSettled([...this.running.values()]);
  }
}
