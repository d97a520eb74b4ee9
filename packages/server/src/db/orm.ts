import { type MikroORM, type Options, UnderscoreNamingStrategy } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type BetterSqlite3 from 'better-sqlite3';
import { type DatabaseKind, databaseKind, sqlitePath } from '../config.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { entities } from './entities.js';
import type { Sql } from './sql.js';
import { registerSqlFunctions } from './sqlite-functions.js';

export interface Database {
  orm: MikroORM;
  kind: DatabaseKind;
  url: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Write new migration files here instead of running the checked-in list (used by scripts/make-migration). */
  migrationsPath?: string;
  debug?: boolean;
}

/** Opens SQLite (better-sqlite3) or PostgreSQL by DATABASE_URL; the same entities and per-dialect migrations. */
export async function openDatabase(url: string, opts: OpenOptions = {}): Promise<Database> {
  const kind = databaseKind(url);
  const base: Options = {
    entities,
    extensions: [Migrator],
    namingStrategy: UnderscoreNamingStrategy,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: opts.debug ?? false,
    logger: () => {},
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: opts.migrationsPath
      ? { path: opts.migrationsPath, emit: 'ts', snapshot: false, transactional: true }
      : {
          migrationsList: kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
          transactional: true,
          snapshot: false,
        },
  };
  let orm: MikroORM;
  if (kind === 'sqlite') {
    const { MikroORM: BetterSqlite } = await import('@mikro-orm/better-sqlite');
    // better-sqlite3 is also the hot path's driver (db/sqlite-sql.ts): one SQLite library in the
    // process, since two copies would release each other's file locks.
    orm = await BetterSqlite.init({ ...base, dbName: sqlitePath(url), pool: { afterCreate: sqlitePragmas } });
  } else {
    const { MikroORM: Pg } = await import('@mikro-orm/postgresql');
    orm = await Pg.init({ ...base, clientUrl: url, pool: { min: 0, max: 10 } });
  }
  return { orm, kind, url, close: () => orm.close(true) };
}

/** WAL for concurrent readers, NORMAL sync (safe with WAL), waiting on locks, and the filter compiler's SQL functions. */
function sqlitePragmas(
  conn: BetterSqlite3.Database,
  done: (err: Error | null, conn: BetterSqlite3.Database) => void,
): void {
  try {
    conn.exec(
      'pragma journal_mode = wal; pragma synchronous = normal; pragma busy_timeout = 5000; pragma foreign_keys = on',
    );
    registerSqlFunctions(conn);
    done(null, conn);
  } catch (err) {
    done(err as Error, conn);
  }
}

/**
 * Applies pending migrations; returns the names applied. On PostgreSQL, replicas started together
 * would otherwise race (both create `mikro_orm_migrations`, one dies with 42P07): one migrates
 * while the others wait on an advisory lock, then find nothing pending. SQLite has one writer per
 * file already.
 */
export async function migrate(db: Database): Promise<string[]> {
  const up = async () => (await db.orm.getMigrator().up()).map((m) => m.name);
  if (db.kind !== 'postgresql') return up();
  const { withAdvisoryLock, LOCK_KEYS } = await import('./pg-lock.js');
  return withAdvisoryLock(db.url, LOCK_KEYS.migrations, up);
}

/** The hot path's own connections to the same database (db/sql.ts); open after migrating. */
/** `onError` hears connections that fail while idle (PostgreSQL). */
export async function openSql(url: string, onError?: (err: Error) => void): Promise<Sql> {
  if (databaseKind(url) === 'sqlite') {
    const { openSqliteSql } = await import('./sqlite-sql.js');
    return openSqliteSql(sqlitePath(url));
  }
  const { openPgSql } = await import('./pg-sql.js');
  return openPgSql(url, 10, onError);
}
