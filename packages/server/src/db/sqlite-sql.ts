import BetterSqlite3 from 'better-sqlite3';
import {
  batchScope,
  type Sql,
  type SqlRunner,
  type SqlStats,
  STATEMENT_CACHE_SIZE,
  sleep,
  sqlObserver,
} from './sql.js';
import { AUTOCHECKPOINT_PAGES, startCheckpointer } from './sqlite-checkpointer.js';
import { registerSqlFunctions } from './sqlite-functions.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** A group of write transactions committed as one (`Sql.batch`). */
interface Batch {
  /** False once the batch has ended: work that inherited its context goes back to the queue. */
  open: boolean;
  /** The last savepoint's promise: savepoints run one at a time. */
  tail: Promise<unknown>;
}

/** How long a writer keeps retrying while another connection (MikroORM's, the CLI's) holds the write lock. */
const WRITE_LOCK_WAIT_MS = 10_000;
/** A commit group ends at this many transactions or after this long, whichever comes first. */
const GROUP_MAX = 64;
const GROUP_MAX_MS = 20;

function open(path: string, readonly: boolean): Db {
  const db = new BetterSqlite3(path, { readonly: false });
  db.pragma('journal_mode = wal');
  db.pragma('synchronous = normal');
  db.pragma('foreign_keys = on');
  // 64 MiB of page cache per connection (SQLite's default is 2 MiB): a 100k-user tenant's indexes
  // stay in memory instead of being re-read from the OS for every lookup.
  db.pragma('cache_size = -65536');
  // A worker thread copies the WAL back as it grows; past 80 MiB a COMMIT here finishes that and
  // the WAL starts over (sqlite-checkpointer.ts).
  db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  // The writer never waits inside SQLite (that would block the event loop): it retries asynchronously.
  db.pragma(`busy_timeout = ${readonly ? 1000 : 0}`);
  if (readonly) db.pragma('query_only = on');
  registerSqlFunctions(db);
  return db;
}

const bindable = (v: unknown): unknown =>
  typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.getTime() : v === undefined ? null : v;

/** Runs `fn` and tells sqlObserver how long it took (the benchmark's --query-stats). */
const observed = <T>(text: string, fn: () => T): T => {
  const started = performance.now();
  try {
    return fn();
  } finally {
    sqlObserver.onStatement?.(text, performance.now() - started);
  }
};

/** Prepared statements by text, kept for reuse (the cache is bounded; past it, the oldest go). */
class StatementCache {
  private readonly map = new Map<string, Statement>();
  constructor(private readonly db: Db) {}
  get(text: string): Statement {
    let s = this.map.get(text);
    if (!s) {
      s = this.db.prepare(text);
      if (this.map.size >= STATEMENT_CACHE_SIZE) this.map.delete(this.map.keys().next().value as string);
      this.map.set(text, s);
    }
    return s;
  }
  get size() {
    return this.map.size;
  }
}

function runner(cache: StatementCache): SqlRunner {
  const execNow = <T>(text: string, params: readonly unknown[] | undefined, mode: 'all' | 'get' | 'run') => {
    const s = cache.get(text);
    const args = (params ?? []).map(bindable);
    if (mode === 'run') return s.reader ? s.all(...args).length : s.run(...args).changes;
    return mode === 'get' ? (s.get(...args) as T | undefined) : (s.all(...args) as T[]);
  };
  const exec = <T>(text: string, params: readonly unknown[] | undefined, mode: 'all' | 'get' | 'run') =>
    sqlObserver.onStatement ? observed(text, () => execNow<T>(text, params, mode)) : execNow<T>(text, params, mode);
  return {
    kind: 'sqlite',
    all: <T>(text: string, params?: readonly unknown[]) => Promise.resolve(exec<T>(text, params, 'all') as T[]),
    get: <T>(text: string, params?: readonly unknown[]) =>
      Promise.resolve(exec<T>(text, params, 'get') as T | undefined),
    run: (text: string, params?: readonly unknown[]) => Promise.resolve(exec(text, params, 'run') as number),
  };
}

const isBusy = (err: unknown) => {
  const code = (err as { code?: string }).code ?? '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
};

/**
 * SQLite through better-sqlite3: a read connection for statements outside transactions (WAL lets
 * it read while a write is in progress) and one write connection whose transactions run one at a
 * time, in order. When another connection holds the write lock, BEGIN IMMEDIATE fails at once and
 * is retried after a short sleep, so waiting never blocks the event loop.
 */
export function openSqliteSql(path: string, onError: (err: Error) => void = () => undefined): Sql {
  const inMemory = path === ':memory:';
  const writer = open(path, false);
  const reader = inMemory ? writer : open(path, true);
  const checkpointer = inMemory
    ? undefined
    : startCheckpointer(path, (message) => onError(new Error(`WAL checkpoint: ${message}`)));
  const readCache = new StatementCache(reader);
  const writeCache = new StatementCache(writer);
  const read = runner(readCache);
  const write = runner(writeCache);
  let closed = false;
  /** Forgets the read connection's `data_version` read in this turn (after this layer's own COMMIT). */
  let forgetVersion = () => {};

  /** Transaction control (begin, savepoints, commit) on the write connection. */
  const control = (text: string) => {
    if (sqlObserver.onStatement) observed(text, () => writeCache.get(text).run());
    else writeCache.get(text).run();
  };

  /** BEGIN IMMEDIATE, retried asynchronously while another connection holds the write lock. */
  const begin = async () => {
    const started = Date.now();
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        control('begin immediate');
        return;
      } catch (err) {
        if (!isBusy(err) || Date.now() - started > WRITE_LOCK_WAIT_MS) throw err;
        await sleep(wait);
      }
    }
  };

  /**
   * Group commit. Write transactions queue for the one write connection; the queue is drained
   * into database transactions that each hold several of them as savepoints, committed once.
   * A commit writes every page the group dirtied to the WAL, and most of a SCIM write's pages are
   * shared by consecutive writes (ids are UUIDv7, so rows and the created/updated indexes grow at
   * their right edge): one commit for ten POSTs costs little more than one for a single POST.
   * Each transaction still stands alone: one that throws rolls back to its savepoint and is
   * rejected at once; the others resolve only after the group's COMMIT, so nothing is
   * acknowledged before it is durable (and a failed COMMIT rejects the whole group). A group
   * starts one turn of the event loop (setImmediate) after its first transaction was queued and
   * takes everything queued by then.
   */
  interface Pending {
    fn: () => Promise<unknown>;
    resolve: (v: unknown) => void;
    reject: (err: unknown) => void;
  }
  const pending: Pending[] = [];
  let groups = 0;
  let grouped = 0;
  let draining: Promise<void> | undefined;
  const turn = () => new Promise<void>((r) => setImmediate(r));

  const runGroup = async () => {
    // Wait for the writes that this turn of the event loop is about to queue (the other requests
    // read from the sockets in the same poll phase), before taking the write lock: the lock is
    // never held across a turn, so another connection (MikroORM's, whose busy wait blocks the
    // thread) cannot find it taken by a group that is waiting for that very thread.
    if (pending.length < GROUP_MAX) await turn();
    try {
      await begin();
    } catch (err) {
      for (const p of pending.splice(0)) p.reject(err);
      return;
    }
    const done: { p: Pending; out: unknown }[] = [];
    const started = performance.now();
    let failed: unknown;
    try {
      for (let p = pending.shift(); p; p = pending.shift()) {
        control('savepoint sd_group_item');
        try {
          const out = await p.fn();
          control('release sd_group_item');
          done.push({ p, out });
        } catch (err) {
          // a statement may have ended the transaction already (SQLite rolls back on some errors)
          if (writer.inTransaction) {
            control('rollback to sd_group_item');
            control('release sd_group_item');
          }
          p.reject(err);
          // the group is gone with it: the ones done before are not committed
          if (!writer.inTransaction) throw new Error(`the transaction was rolled back: ${(err as Error).message}`);
        }
        if (done.length >= GROUP_MAX || performance.now() - started >= GROUP_MAX_MS) break;
      }
      if (writer.inTransaction) {
        control('commit');
        forgetVersion();
        groups += 1;
        grouped += done.length;
      }
    } catch (err) {
      failed = err;
      if (writer.inTransaction) control('rollback');
    }
    for (const { p, out } of done) failed === undefined ? p.resolve(out) : p.reject(failed);
  };

  /** Write transactions queue behind each other: one connection, one transaction at a time. */
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the database is closed'));
    return new Promise<T>((resolve, reject) => {
      pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      draining ??= (async () => {
        try {
          while (pending.length) await runGroup();
        } finally {
          draining = undefined;
        }
      })();
    });
  };

  /**
   * Inside `batch(fn)`: the batch holds the write transaction; the transactions `fn` starts become
   * savepoints, one at a time, so one that fails rolls back only itself.
   */
  const own = new WeakSet<Batch>();
  const inBatch = (): Batch | undefined => {
    const b = batchScope.getStore();
    return b?.open && own.has(b) ? b : undefined;
  };
  const savepoint = async <T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    control('savepoint sd_batch_item');
    try {
      const out = await fn(write);
      control('release sd_batch_item');
      return out;
    } catch (err) {
      control('rollback to sd_batch_item');
      control('release sd_batch_item');
      throw err;
    }
  };
  const inside = <T>(b: Batch, fn: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    const next = b.tail.then(
      () => savepoint(fn),
      () => savepoint(fn),
    );
    b.tail = next.catch(() => undefined);
    return next;
  };

  // Each version is read once per turn of the event loop: the requests parsed in one poll phase
  // share it (the pragma is ~15 us, and every request checks its token). Dropped at the next
  // check phase, so a commit elsewhere shows from the next turn on.
  const perTurn = (db: Db) => {
    const pragma = db.prepare('pragma data_version').pluck(true);
    let now: number | undefined;
    const forget = () => {
      now = undefined;
    };
    return {
      read: (): number => {
        if (now === undefined) {
          now = sqlObserver.onStatement
            ? observed('pragma data_version', () => pragma.get() as number)
            : (pragma.get() as number);
          setImmediate(forget);
        }
        return now;
      },
      forget,
    };
  };
  // The read connection's moves with every commit, this layer's own too (forgotten after each).
  const anyVersion = perTurn(reader);
  forgetVersion = anyVersion.forget;
  // The write connection's does not move with its own commits, only with other connections' (MikroORM's, the CLI's).
  const foreignVersion = perTurn(writer);
  return {
    kind: 'sqlite',
    forUpdate: '',
    // The writer shares the reader's connection for ':memory:'; its own commits do not move the
    // counter there, so nothing read may be reused.
    dataVersion: reader === writer ? undefined : anyVersion.read,
    foreignDataVersion: reader === writer ? undefined : foreignVersion.read,
    authVersion: reader === writer ? undefined : foreignVersion.read,
    all: (text, params) => (inBatch() ? write : read).all(text, params),
    get: (text, params) => (inBatch() ? write : read).get(text, params),
    run: (text, params) => {
      const b = inBatch();
      return b ? inside(b, (tx) => tx.run(text, params)) : serialized(() => write.run(text, params));
    },
    transaction: (fn) => {
      const b = inBatch();
      return b ? inside(b, fn) : serialized(() => fn(write));
    },
    batch: (fn) => {
      if (inBatch()) return fn();
      return serialized(() => {
        const b: Batch = { open: true, tail: Promise.resolve() };
        own.add(b);
        return batchScope.run(b, async () => {
          try {
            return await fn();
          } finally {
            await b.tail;
            b.open = false;
          }
        });
      });
    },
    stats: (): SqlStats => ({
      cachedStatements: readCache.size + writeCache.size,
      busy: 0,
      idle: 0,
      waiting: 0,
      groups,
      grouped,
      walPages: checkpointer?.walPages,
    }),
    async close() {
      closed = true;
      await draining;
      if (reader !== writer) reader.close();
      writer.close();
      await checkpointer?.stop();
    },
  };
}
