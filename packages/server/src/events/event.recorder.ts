import type { Logger } from 'pino';
import type { Sql } from '../db/sql.js';
import { outsideBatch } from '../db/sql.js';
import { eventValues, INSERT_EVENT_SQL, insertEvents, type NewEvent } from './event.row.js';

export type { NewEvent } from './event.row.js';

export interface EventRecorderStats {
  queued: number;
  /** Age of the oldest event waiting to be written (null when none waits). */
  oldestQueuedMs: number | null;
  written: number;
  failed: number;
}

/**
 * Buffers the provisioning events of reads and refusals and writes them in batches, so that
 * logging every SCIM request does not cost a commit per request. (The event of a write does not
 * come here: it commits in the write's own transaction, see `events/event.write.ts`.) A flush
 * runs every `intervalMs` or when `maxBatch` events wait; `close()` flushes what is left.
 * Every field is fitted to its column before it is queued, and a batch the database refuses is
 * written again row by row, so one bad row never costs the others theirs.
 */
export class EventRecorder {
  private queue: { values: unknown[]; at: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private written = 0;
  private failed = 0;

  constructor(
    private readonly sql: Sql,
    private readonly log: Logger,
    private readonly intervalMs = 50,
    private readonly maxBatch = 500,
  ) {}

  record(e: NewEvent): void {
    this.queue.push({ values: eventValues(e), at: Date.now() });
    if (this.queue.length >= this.maxBatch) void this.flush();
    else this.timer ??= outsideBatch(() => setTimeout(() => void this.flush(), this.intervalMs));
  }

  /** Writes every queued event; resolves when they are in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue.map((q) => q.values);
    this.queue = [];
    // Read events belong to no one write: never folded into an engine batch that is open now.
    this.flushing = outsideBatch(() => this.flushing.then(() => (batch.length ? this.write(batch) : undefined)));
    return this.flushing;
  }

  stats(): EventRecorderStats {
    return {
      queued: this.queue.length,
      oldestQueuedMs: this.queue.length ? Date.now() - this.queue[0].at : null,
      written: this.written,
      failed: this.failed,
    };
  }

  private async write(batch: unknown[][]): Promise<void> {
    try {
      await this.sql.transaction((tx) => insertEvents(tx, batch));
      this.written += batch.length;
      return;
    } catch (err) {
      this.log.warn(
        { err, batch: batch.length },
        'a batch of provisioning events was refused; writing them one by one',
      );
    }
    for (const values of batch) {
      try {
        await this.sql.run(INSERT_EVENT_SQL, values);
        this.written += 1;
      } catch (err) {
        this.failed += 1;
        this.log.error(
          { err, event: { id: values[0], tenantId: values[1], path: values[5] } },
          'could not write a provisioning event',
        );
      }
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
