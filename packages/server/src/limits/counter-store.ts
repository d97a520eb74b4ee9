import type { Sql } from '../db/sql.js';

export interface WindowDelta {
  key: string;
  windowStart: number;
  /** Hits this process counted since its last flush (0: only read the total back). */
  hits: number;
  expiresAt: number;
}

export interface RefusedDelta {
  tenantId: string;
  day: string;
  reason: string;
  requests: number;
}

/** Rows per statement: 4 parameters each stays far below SQLite's and PostgreSQL's parameter caps. */
const CHUNK = 1000;

/**
 * The shared side of the rate limiter: adds a batch of per-process deltas and reads the global
 * totals back in the same statement (`insert ... on conflict do update ... returning`), which both
 * SQLite (3.35+) and PostgreSQL run atomically. Identifiers are double-quoted for both dialects.
 */
export class CounterStore {
  /** Through the hot path's connection (db/sql.ts), so its writes queue with the SCIM writes on SQLite. */
  constructor(private readonly sql: Sql) {}

  async addWindows(deltas: WindowDelta[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (let i = 0; i < deltas.length; i += CHUNK) {
      const chunk = deltas.slice(i, i + CHUNK);
      const rows = await this.sql.transaction((tx) =>
        tx.all<{ key: string; window_start: number | string; hits: number | string }>(
          `insert into rate_limit_window ("key", window_start, hits, expires_at) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
         on conflict ("key", window_start) do update set hits = rate_limit_window.hits + excluded.hits
         returning "key", window_start, hits`,
          chunk.flatMap((d) => [d.key, d.windowStart, d.hits, d.expiresAt]),
        ),
      );
      for (const r of rows) totals.set(windowId(r.key, Number(r.window_start)), Number(r.hits));
    }
    return totals;
  }

  async addRefused(deltas: RefusedDelta[]): Promise<void> {
    for (let i = 0; i < deltas.length; i += CHUNK) {
      const chunk = deltas.slice(i, i + CHUNK);
      await this.sql.run(
        `insert into refused_request (tenant_id, day, reason, requests) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
         on conflict (tenant_id, day, reason) do update set requests = refused_request.requests + excluded.requests`,
        chunk.flatMap((d) => [d.tenantId, d.day, d.reason, d.requests]),
      );
    }
  }

  /** Deletes windows that are over, and refused counts older than the longest report (366 days). */
  async prune(now: number): Promise<void> {
    await this.sql.run('delete from rate_limit_window where expires_at < ?', [now]);
    const oldest = new Date(now - 400 * 86_400_000).toISOString().slice(0, 10);
    await this.sql.run('delete from refused_request where day < ?', [oldest]);
  }
}

export const windowId = (key: string, windowStart: number) => `${windowStart}\u0000${key}`;
