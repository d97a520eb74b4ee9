import type { SqlRunner } from '../../db/sql.js';

/** A row's place in the default order (created, then id), as the driver returns the values. */
export interface OrderKey {
  createdAt: unknown;
  id: string;
}

interface Entry {
  /** The key at position 0, K, 2K, ... of the tenant's rows in the default order. */
  samples: OrderKey[];
  /** Rows in the order: those scanned plus those created here since (they sort last). */
  total: number;
  /** The last key: rows created here with a later key only add to the end. */
  last?: OrderKey;
  builtAt: number;
}

interface Slot {
  entry?: Entry;
  /** Bumped by every delete seen here: a build that started before it is thrown away. */
  generation: number;
  building?: Promise<void>;
  /** Rows created here while a build runs, kept to count the ones it did not see. */
  createdDuringBuild?: OrderKey[];
}

/** Every K-th key is kept: a page at any offset skips at most K - 1 index entries. */
export const SAMPLE_EVERY = 1000;
/** Rows read per statement while building: each statement is a few ms, then the event loop turns. */
const BUILD_CHUNK = 10_000;

const toMs = (v: unknown) => (v instanceof Date ? v.getTime() : Number(v));
const compare = (a: OrderKey, b: OrderKey) =>
  toMs(a.createdAt) - toMs(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const turn = () => new Promise<void>((r) => setImmediate(r));

/**
 * Positions in a tenant's default order (created, then id), so a SCIM page at a deep `startIndex`
 * and the total of an unfiltered list cost a few index steps instead of an OFFSET scan of every row
 * before it (half a million index entries on average at 1M users) and a `count(*)` of them all.
 * Neither database keeps positions in its indexes, so this keeps every 1000th key, read by a keyset
 * scan in chunks that each take a few ms (it never holds the event loop), rebuilt in the
 * background.
 *
 * Creations here add to the end (a new row's created time is now, after every kept key; one that
 * is not, after a clock step back, drops the index). A delete here drops it: positions after the
 * deleted row move. Writes of other processes (replicas, the CLI) are seen when the index is
 * rebuilt, `ttlMs` after it was built, so their effect on deep pages and unfiltered totals lags
 * by that much; filtered lists and cursors never use it.
 */
export class PositionIndex {
  private readonly slots = new Map<string, Slot>();
  /**
   * From this offset on, an unfiltered page in the default order waits for the index while it is
   * being built (`readyOrWait`) rather than walk the offset; shallower ones cost a few ms either
   * way. Tests lower it.
   */
  deepFrom = 20_000;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private slot(table: string, tenantId: string): Slot {
    const key = `${table}\u0000${tenantId}`;
    let s = this.slots.get(key);
    if (!s) {
      if (this.slots.size >= 1000) this.slots.delete(this.slots.keys().next().value as string);
      s = { generation: 0 };
      this.slots.set(key, s);
    }
    return s;
  }

  /**
   * The index of a tenant's table when one is built and fresh enough; otherwise undefined, after
   * starting a build in the background (the caller falls back to OFFSET and `count(*)`). A stale
   * index is still returned while its successor is built.
   */
  ready(q: SqlRunner, table: string, tenantId: string): Entry | undefined {
    const s = this.slot(table, tenantId);
    const fresh = s.entry && this.now() - s.entry.builtAt < this.ttlMs;
    if (!fresh && !s.building) {
      s.building = this.build(q, table, tenantId, s).finally(() => {
        s.building = undefined;
        s.createdDuringBuild = undefined;
      });
      // A failed build (the database closing, say) leaves the fallback in place; it is retried next time.
      s.building.catch(() => undefined);
    }
    return s.entry;
  }

  /**
   * As `ready`, but while a build runs, waits for it (up to `maxWaitMs`) instead of returning
   * nothing. For deep pages: at 1M users on PostgreSQL, ten concurrent OFFSET fallbacks of 300 ms
   * each held every pooled connection, the build's chunks queued behind them, and the index was
   * not ready 30 s later (12 req/s); waiting for the build (about a second) ends that.
   */
  async readyOrWait(q: SqlRunner, table: string, tenantId: string, maxWaitMs: number): Promise<Entry | undefined> {
    const entry = this.ready(q, table, tenantId);
    const building = this.slot(table, tenantId).building;
    if (entry || !building) return entry;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      building.catch(() => undefined),
      new Promise<void>((r) => {
        timer = setTimeout(r, maxWaitMs);
      }),
    ]);
    clearTimeout(timer);
    return this.slot(table, tenantId).entry;
  }

  /** Resolves when no build of the tenant's index is running (tests, benchmarks). */
  async settled(table: string, tenantId: string): Promise<void> {
    await this.slots.get(`${table}\u0000${tenantId}`)?.building;
  }

  /** Where to start reading for `offset`: the kept key at or before it, and how many rows to skip after it. */
  seek(entry: Entry, offset: number): { from: OrderKey; skip: number } | undefined {
    const i = Math.min(Math.floor(offset / SAMPLE_EVERY), entry.samples.length - 1);
    if (i < 0) return undefined;
    return { from: entry.samples[i], skip: offset - i * SAMPLE_EVERY };
  }

  /** A row was created here (after its commit). */
  created(table: string, tenantId: string, key: OrderKey): void {
    const s = this.slots.get(`${table}\u0000${tenantId}`);
    if (!s) return;
    s.createdDuringBuild?.push(key);
    const e = s.entry;
    if (!e) return;
    if (e.last && compare(key, e.last) <= 0) {
      s.entry = undefined;
      return;
    }
    if (e.total % SAMPLE_EVERY === 0) e.samples.push(key);
    e.total += 1;
    e.last = key;
  }

  /** A row was deleted here (after its commit): positions after it moved. */
  deleted(table: string, tenantId: string): void {
    const s = this.slots.get(`${table}\u0000${tenantId}`);
    if (!s) return;
    s.entry = undefined;
    s.generation += 1;
  }

  private async build(q: SqlRunner, table: string, tenantId: string, s: Slot): Promise<void> {
    const generation = s.generation;
    s.createdDuringBuild = [];
    const samples: OrderKey[] = [];
    let n = 0;
    let last: OrderKey | undefined;
    for (;;) {
      // Row values seek in the (tenant_id, created_at, id) index on both databases.
      const rows = await q.all<{ created_at: unknown; id: string }>(
        `select created_at, id from ${table} where tenant_id = ?${last ? ' and (created_at, id) > (?, ?)' : ''}
         order by created_at, id limit ${BUILD_CHUNK}`,
        last ? [tenantId, last.createdAt, last.id] : [tenantId],
      );
      for (const r of rows) {
        if (n % SAMPLE_EVERY === 0) samples.push({ createdAt: r.created_at, id: r.id });
        n += 1;
      }
      if (rows.length) last = { createdAt: rows[rows.length - 1].created_at, id: rows[rows.length - 1].id };
      if (rows.length < BUILD_CHUNK) break;
      await turn();
      if (s.generation !== generation) return;
    }
    if (s.generation !== generation) return;
    const entry: Entry = { samples, total: n, last, builtAt: this.now() };
    // Rows created here while the scan ran: the ones after its last key were not seen.
    const unseen = (s.createdDuringBuild ?? []).filter((k) => !last || compare(k, last) > 0).sort(compare);
    s.entry = entry;
    s.createdDuringBuild = undefined;
    for (const k of unseen) this.created(table, tenantId, k);
  }
}
