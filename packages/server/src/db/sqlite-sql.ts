import BetterSqlite3 from 'better-sqlite3';
import { type Sql, type SqlRunner, type SqlStats, STATEMENT_CACHE_SIZE, sleep } from './sql.js';
import { registerSqlFunctions } from './sqlite-functions.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** How long a writer keeps retrying while another connection (MikroORM's, the CLI's) holds the write lock. */
const WRITE_LOCK_WAIT_MS = 10_000;

function open(path: string, readonly: boolean): Db {
  const db = new BetterSqlite3(path, { readonly: false });
  db.pragma('journal_mode = wal');
  db.pragma('synchronous = normal');
  db.pragma('foreign_keys = on');
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
    all: read.all,
    get: read.get,
    run: (text, params) => serialized(() => write.run(text, params)),
    transaction: (fn) => serialized(() => fn(write)),
    stats: (): SqlStats => ({ cachedStatements: readCache.size + writeCache.size, busy: 0, idle: 0, waiting: 0 }),
    async close() {
      closed = true;
      await queue;
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
