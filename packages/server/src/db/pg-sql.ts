import { createHash } from 'node:crypto';
import { Socket } from 'node:net';
import pg from 'pg';
import { pgAuthNotices } from './pg-auth-notices.js';
import {
  numberedPlaceholders,
  type Sql,
  type SqlRunner,
  type SqlStats,
  STATEMENT_CACHE_SIZE,
  sqlObserver,
} from './sql.js';

interface Prepared {
  name?: string;
  text: string;
}

/**
 * Makes a connected socket gather what is written to it in one turn of the event loop into one
 * write. pg corks each statement's messages (Bind, Describe, Execute, Sync) into one write, but a
 * pipelined transaction sends several statements in one turn (BEGIN with the first statement, the
 * event row with COMMIT): without this each is a syscall of its own, and `writev` was 15% of the
 * server's CPU in a PostgreSQL PATCH profile. Applied once connected: `Socket.connect` resets
 * `write` on the instance.
 */
function gatherWrites(socket: Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write(...args);
  }) as Socket['write'];
}

/**
 * PostgreSQL through node-postgres: a pool of its own (beside MikroORM's) and named prepared
 * statements, so the server parses and plans each hot statement once per connection. Statement
 * texts are bounded (placeholders, not values, vary); past STATEMENT_CACHE_SIZE distinct texts,
 * the rest run unnamed.
 *
 * An idle connection the server drops (a restart, a failover, `pg_terminate_backend`) makes the pool
 * emit 'error'; without a listener that is an uncaught exception that ends the process. `onError`
 * hears it instead; the pool replaces the connection on the next query.
 */
export function openPgSql(url: string, max = 10, onError: (err: Error) => void = () => undefined): Sql {
  // Pipelined (pg 8.23+): a query is written at once, not when the one before it has answered, so
  // the statements of a transaction that nobody waits for between (BEGIN, the event row, COMMIT)
  // share round trips. Each query keeps its own Sync: one that fails fails alone.
  const pool = new pg.Pool({ connectionString: url, max, pipeline: true } as pg.PoolConfig);
  pool.on('error', onError);
  pool.on('connect', (client) => {
    const stream = (client as unknown as { connection?: { stream?: unknown } }).connection?.stream;
    if (stream instanceof Socket) gatherWrites(stream);
  });
  const prepared = new Map<string, Prepared>();
  const prepare = (text: string): Prepared => {
    let p = prepared.get(text);
    if (!p) {
      const numbered = numberedPlaceholders(text);
      p =
        prepared.size < STATEMENT_CACHE_SIZE
          ? { name: `s${createHash('sha1').update(numbered).digest('hex').slice(0, 20)}`, text: numbered }
          : { text: numbered };
      if (p.name) prepared.set(text, p);
    }
    return p;
  };
  /**
   * A statement as a `pg.Query` made from its text, then named: pg copies a config object given
   * to `query` through its property descriptors (`cloneQueryConfig`: 3.4% of a PostgreSQL PATCH's
   * CPU), a text it only wraps. A pool's `query` adds its own callback (to release the client);
   * a client's `query` resolves through ours.
   */
  const submit = (client: pg.Pool | pg.PoolClient, p: Prepared, values: unknown[]): Promise<pg.QueryResult> => {
    // Both fields are read by pg at submit; @types/pg leaves them out.
    const query = new pg.Query(p.text, values) as pg.Query & {
      name?: string;
      callback?: (err: Error | null, res: pg.QueryResult) => void;
    };
    if (p.name) query.name = p.name;
    if (client instanceof pg.Pool) return client.query(query) as unknown as Promise<pg.QueryResult>;
    return new Promise((resolve, reject) => {
      query.callback = (err, res) => (err ? reject(err) : resolve(res));
      client.query(query);
    });
  };
  const on = (client: pg.Pool | pg.PoolClient): SqlRunner => {
    const q = async <T>(text: string, params?: readonly unknown[]) => {
      const p = prepare(text);
      const started = sqlObserver.onStatement ? performance.now() : 0;
      const res = await submit(client, p, params ? [...params] : []);
      sqlObserver.onStatement?.(text, performance.now() - started);
      return res as unknown as { rows: T[]; rowCount: number | null };
    };
    return {
      kind: 'postgresql',
      all: async <T>(text: string, params?: readonly unknown[]) => (await q<T>(text, params)).rows,
      get: async <T>(text: string, params?: readonly unknown[]) => (await q<T>(text, params)).rows[0],
      run: async (text: string, params?: readonly unknown[]) => (await q(text, params)).rowCount ?? 0,
    };
  };
  const control = async (client: pg.PoolClient, text: string) => {
    const started = sqlObserver.onStatement ? performance.now() : 0;
    const res = await client.query(text);
    sqlObserver.onStatement?.(text, performance.now() - started);
    return res.command;
  };
  /** A promise awaited later: until then, its rejection must not count as unhandled. */
  const held = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined);
    return p;
  };
  const top = on(pool);
  const auth = pgAuthNotices(url, onError);
  return {
    ...top,
    forUpdate: 'for update',
    authVersion: auth.version,
    authChanged: auth.changed,
    batch: (fn) => fn(),
    async transaction(fn) {
      const client = await pool.connect();
      let failed: unknown;
      try {
        // BEGIN goes out with the transaction's first statement instead of a round trip ahead of it
        // (only a lost connection fails a BEGIN, and that fails what follows it too).
        const begun = held(control(client, 'begin'));
        const runner = on(client);
        const queued: Promise<number>[] = [];
        const out = await fn({
          ...runner,
          runBeforeCommit: (text, params) => {
            const q = runner.run(text, params);
            // The first failure is the cause: what ran after it fails as "transaction is aborted".
            q.catch((err) => {
              failed ??= err;
            });
            queued.push(q);
          },
        });
        await begun;
        const committed = held(control(client, 'commit'));
        // A queued statement that failed has aborted the transaction: its COMMIT answers ROLLBACK.
        for (const q of queued) await q;
        if ((await committed) !== 'COMMIT') throw new Error('the transaction was rolled back at COMMIT');
        return out;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw failed ?? err;
      } finally {
        client.release();
      }
    },
    stats: (): SqlStats => ({
      cachedStatements: prepared.size,
      busy: pool.totalCount - pool.idleCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    close: async () => {
      await auth.close();
      await pool.end();
    },
  };
}
