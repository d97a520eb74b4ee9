import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ProvisioningEvent } from './event.entity.js';

export type NewEvent = Omit<ProvisioningEvent, 'id' | 'createdAt'> & { createdAt?: Date };

/**
 * Buffers provisioning events and writes them in batches (one transaction per flush), so that
 * logging every SCIM request, reads included, does not cost a commit per request. A flush runs
 * every `intervalMs` or when `maxBatch` events wait; `close()` flushes what is left.
 */
export class EventRecorder {
  private queue: ProvisioningEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly intervalMs = 50,
    private readonly maxBatch = 500,
  ) {}

  record(e: NewEvent): void {
    const row = Object.assign(new ProvisioningEvent(), e, { id: randomUUID(), createdAt: e.createdAt ?? new Date() });
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
    this.flushing = this.flushing.then(() => (batch.length ? this.write(batch) : undefined));
    return this.flushing;
  }

  private async write(batch: ProvisioningEvent[]): Promise<void> {
    try {
      const em = this.orm.em.fork();
      await em.insertMany(ProvisioningEvent, batch);
    } catch (err) {
      this.log.error({ err, lost: batch.length }, 'could not write provisioning events');
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
