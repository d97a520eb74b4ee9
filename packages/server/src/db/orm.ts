import { type MikroORM, type Options, UnderscoreNamingStrategy } from '@mikro-orm/core';
import type BetterSqlite3 from 'better-sqlite3';
import { type DatabaseKind, databaseKind, sqlitePath } from '../config.js';
import { postgresqlMigrationNames } from '../migrations/postgresql/names.js';
import { sqliteMigrationNames } from '../migrations/sqlite/names.js';
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
    // The migrator (umzug) and the migration classes load only when something is pending
    // (migratorOf): most starts find the database up to date, and skip ~0.6 s of loading.
    extensions: opts.migrationsPath ? [(await import('@mikro-orm/migrations')).Migrator] : [],
    namingStrategy: UnderscoreNamingStrategy,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: opts.debug ?? false,
    logger: () => {},
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: opts.migrationsPath
      ? { path: opts.migrationsPath, emit: 'ts', snapshot: false, transactional: true }
      : { transactional: true, snapshot: false },
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
  if (await upToDate(db)) return [];
  const up = async () => (await (await migratorOf(db)).up()).map((m) => m.name);
  if (db.kind !== 'postgresql') return up();
  const { withAdvisoryLock, LOCK_KEYS } = await import('./pg-lock.js');
  return withAdvisoryLock(db.url, LOCK_KEYS.migrations, up);
}

/** Every checked-in migration is recorded as applied (false when the table is not there yet). */
async function upToDate(db: Database): Promise<boolean> {
  const names = db.kind === 'sqlite' ? sqliteMigrationNames : postgresqlMigrationNames;
  try {
    const rows: { name: string }[] = await db.orm.em.getConnection().execute('select name from mikro_orm_migrations');
    const done = new Set(rows.map((r) => r.name));
    return names.every((n) => done.has(n));
  } catch {
    return false;
  }
}

const registered = new WeakSet<MikroORM>();

/** MikroORM's migrator over the checked-in list, registered on first use. */
export async function migratorOf(db: Database) {
  const [{ Migrator }, list] = await Promise.all([
    import('@mikro-orm/migrations'),
    db.kind === 'sqlite'
      ? import('../migrations/sqlite/index.js').then((m) => m.sqliteMigrations)
      : import('../migrations/postgresql/index.js').then((m) => m.postgresqlMigrations),
  ]);
  if (!registered.has(db.orm)) {
    db.orm.config.get('migrations').migrationsList = list;
    Migrator.register(db.orm);
    registered.add(db.orm);
  }
  return db.orm.getMigrator();
}

/** The hot path's own connections to the same database (db/sql.ts); open after migrating. */
/** `onError` hears what fails in the background: an idle connection (PostgreSQL), a WAL checkpoint (SQLite). */
export async function openSql(url: string, onError?: (err: Error) => void): Promise<Sql> {
  if (databaseKind(url) === 'sqlite') {
    const { openSqliteSql } = await import('./sqlite-sql.js');
    return openSqliteSql(sqlitePath(url), onError);
  }
  const { openPgSql } = await import('./pg-sql.js');
  return openPgSql(url, 10, onError);
}
