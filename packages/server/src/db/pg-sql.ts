import { createHash } from 'node:crypto';
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
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', onError);
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
  const on = (client: pg.Pool | pg.PoolClient): SqlRunner => {
    const q = async <T>(text: string, params?: readonly unknown[]) => {
      const p = prepare(text);
      const started = sqlObserver.onStatement ? performance.now() : 0;
      const res = await client.query({ name: p.name, text: p.text, values: params ? [...params] : [] });
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
    await client.query(text);
    sqlObserver.onStatement?.(text, performance.now() - started);
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
      try {
        await control(client, 'begin');
        const out = await fn(on(client));
        await control(client, 'commit');
        return out;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
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
