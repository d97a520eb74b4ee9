import type { MikroORM } from '@mikro-orm/core';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { EventRecorderStats } from '../events/event.recorder.js';

/** What the metrics read from the event log: its stats() and nothing else. */
export interface EventLogSource {
  stats(): EventRecorderStats;
}

/**
 * The event log's queue, read when Prometheus scrapes (nothing on the request path): events waiting,
 * how long the oldest has waited, and how many were written or lost since start.
 */
export function eventLogMetrics(registry: Registry, events: EventLogSource): void {
  const registers = [registry];
  new Gauge({
    name: 'scimdesk_event_log_queued',
    help: 'Provisioning events recorded but not yet written to the database.',
    registers,
    collect() {
      this.set(events.stats().queued);
    },
  });
  new Gauge({
    name: 'scimdesk_event_log_lag_seconds',
    help: 'Age of the oldest provisioning event not yet written (0 when the queue is empty).',
    registers,
    collect() {
      this.set((events.stats().oldestQueuedMs ?? 0) / 1000);
    },
  });
  const total = (name: string, help: string, read: (s: EventRecorderStats) => number) => {
    let seen = 0;
    new Counter({
      name,
      help,
      registers,
      collect() {
        const now = read(events.stats());
        if (now > seen) this.inc(now - seen);
        seen = now;
      },
    });
  };
  total('scimdesk_event_log_written_total', 'Provisioning events written to the database.', (s) => s.written);
  total(
    'scimdesk_event_log_failed_total',
    'Provisioning events lost because their batch failed to write.',
    (s) => s.failed,
  );
}

/** The part of tarn's pool (knex's pool, behind MikroORM's SQL drivers) that the gauges read. */
interface PoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max?: number;
}

function isPool(p: unknown): p is PoolLike {
  const o = p as Partial<PoolLike> | null | undefined;
  return (
    typeof o?.numUsed === 'function' && typeof o.numFree === 'function' && typeof o.numPendingAcquires === 'function'
  );
}

/** The knex pool behind MikroORM, if the driver has one (PostgreSQL; SQLite's libsql driver keeps one connection). */
function poolOf(orm: MikroORM): PoolLike | undefined {
  const conn = orm.em.getConnection() as unknown as { getKnex?: () => { client?: { pool?: unknown } } };
  const pool = conn.getKnex?.().client?.pool;
  return isPool(pool) ? pool : undefined;
}

/**
 * Database pool gauges, read at scrape time. The pool is looked up on each scrape (knex creates it
 * lazily and MikroORM's libsql driver replaces connections), and a driver without one reports nothing.
 */
export function dbPoolMetrics(registry: Registry, orm: MikroORM, database: string): void {
  const registers = [registry];
  new Gauge({
    name: 'scimdesk_db_pool_connections',
    help: 'Database pool connections by state (used: lent to a query or transaction, free: idle in the pool).',
    labelNames: ['database', 'state'],
    registers,
    collect() {
      const pool = poolOf(orm);
      if (!pool) return;
      this.set({ database, state: 'used' }, pool.numUsed());
      this.set({ database, state: 'free' }, pool.numFree());
    },
  });
  new Gauge({
    name: 'scimdesk_db_pool_pending_acquires',
    help: 'Queries waiting for a database connection (the pool is exhausted when this stays above 0).',
    labelNames: ['database'],
    registers,
    collect() {
      const pool = poolOf(orm);
      if (pool) this.set({ database }, pool.numPendingAcquires());
    },
  });
  new Gauge({
    name: 'scimdesk_db_pool_max',
    help: 'Largest number of connections the database pool opens.',
    labelNames: ['database'],
    registers,
    collect() {
      const pool = poolOf(orm);
      if (pool && typeof pool.max === 'number') this.set({ database }, pool.max);
    },
  });
}
