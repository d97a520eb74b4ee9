import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ProvisioningEvent } from './event.entity.js';

export type NewEvent = Omit<ProvisioningEvent, 'id' | 'createdAt'> & { createdAt?: Date };

/** The queue's state for /metrics: events not yet in the database, how long the oldest has waited, totals. */
export interface EventRecorderStats {
  queued: number;
  oldestQueuedMs: number | null;
  written: number;
  failed: number;
}

/**
 * Buffers provisioning events and writes them in batches (one transaction per flush), so that
 * logging every SCIM request, reads included, does not cost a commit per request. A flush runs
 * every `intervalMs` or when `maxBatch` events wait; `close()` flushes what is left.
 */
export class EventRecorder {
  private queue: ProvisioningEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  // Counters for stats() only: when the current queue's first event arrived, flushed batches not yet written (FIFO).
  private queuedSince: number | undefined;
  private readonly writing: { since: number; size: number }[] = [];
  private written = 0;
  private failed = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly intervalMs = 50,
    private readonly maxBatch = 500,
  ) {}

  record(e: NewEvent): void {
    const row = Object.assign(new ProvisioningEvent(), e, { id: randomUUID(), createdAt: e.createdAt ?? new Date() });
    if (!this.queue.length) this.queuedSince = Date.now();
    this.queue.push(row);
    if (this.queue.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Writes every queued event; resolves when they are in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length) this.writing.push({ since: this.queuedSince ?? Date.now(), size: batch.length });
    this.flushing = this.flushing.then(() => (batch.length ? this.write(batch) : undefined));
    return this.flushing;
  }

  private async write(batch: ProvisioningEvent[]): Promise<void> {
    try {
      const em = this.orm.em.fork();
      await em.insertMany(ProvisioningEvent, batch);
      this.written += batch.length;
    } catch (err) {
      this.failed += batch.length;
      this.log.error({ err, lost: batch.length }, 'could not write provisioning events');
    } finally {
      this.writing.shift();
    }
  }

  stats(): EventRecorderStats {
    let queued = this.queue.length;
    for (const b of this.writing) queued += b.size;
    const since = this.writing[0]?.since ?? (this.queue.length ? this.queuedSince : undefined);
    return {
      queued,
      oldestQueuedMs: since === undefined ? null : Date.now() - since,
      written: this.written,
      failed: this.failed,
    };
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
