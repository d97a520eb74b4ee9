import BetterSqlite3 from 'better-sqlite3';
import { batchScope, type Sql, type SqlRunner, type SqlStats, STATEMENT_CACHE_SIZE, sleep } from './sql.js';
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

function open(path: string, readonly: boolean): Db {
  const db = new BetterSqlite3(path, { readonly: false });
  db.pragma('journal_mode = wal');
  db.pragma('synchronous = normal');
  db.pragma('foreign_keys = on');
  // 64 MiB of page cache per connection (SQLite's default is 2 MiB): a 100k-user tenant's indexes
  // stay in memory instead of being re-read from the OS for every lookup.
  db.pragma('cache_size = -65536');
  // Checkpoint the WAL back into the database every ~80 MiB (20,000 pages) instead of every 4 MiB:
  // a page written by many commits in a row is copied back once.
  db.pragma('wal_autocheckpoint = 20000');
  // The writer never waits inside SQLite (that would block the event loop): it retries asynchronously.
  db.pragma(`busy_timeout = ${readonly ? 1000 : 0}`);
  if (readonly) db.pragma('query_only = on');
  registerSqlFunctions(db);
  return db;
}

const bindable = (v: unknown): unknown =>
  typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.getTime() : v === undefined ? null : v;

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
  const exec = <T>(text: string, params: readonly unknown[] | undefined, mode: 'all' | 'get' | 'run') => {
    const s = cache.get(text);
    const args = (params ?? []).map(bindable);
    if (mode === 'run') return s.reader ? s.all(...args).length : s.run(...args).changes;
    return mode === 'get' ? (s.get(...args) as T | undefined) : (s.all(...args) as T[]);
  };
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
export function openSqliteSql(path: string): Sql {
  const writer = open(path, false);
  const reader = path === ':memory:' ? writer : open(path, true);
  const readCache = new StatementCache(reader);
  const writeCache = new StatementCache(writer);
  const read = runner(readCache);
  const write = runner(writeCache);
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const withWriteLock = async (fn: () => Promise<unknown>) => {
    const started = Date.now();
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        writeCache.get('begin immediate').run();
        break;
      } catch (err) {
        if (!isBusy(err) || Date.now() - started > WRITE_LOCK_WAIT_MS) throw err;
        await sleep(wait);
      }
    }
    try {
      const out = await fn();
      writeCache.get('commit').run();
      return out;
    } catch (err) {
      if (writer.inTransaction) writeCache.get('rollback').run();
      throw err;
    }
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
    writeCache.get('savepoint sd_batch_item').run();
    try {
      const out = await fn(write);
      writeCache.get('release sd_batch_item').run();
      return out;
    } catch (err) {
      writeCache.get('rollback to sd_batch_item').run();
      writeCache.get('release sd_batch_item').run();
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

  /** Write transactions queue behind each other: one connection, one transaction at a time. */
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the database is closed'));
    const next = queue.then(
      () => withWriteLock(fn),
      () => withWriteLock(fn),
    );
    queue = next.catch(() => undefined);
    return next as Promise<T>;
  };

  return {
    kind: 'sqlite',
    forUpdate: '',
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
    stats: (): SqlStats => ({ cachedStatements: readCache.size + writeCache.size, busy: 0, idle: 0, waiting: 0 }),
    async close() {
      closed = true;
      await queue;
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
