import { type MikroORM, type Options, UnderscoreNamingStrategy } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { type DatabaseKind, databaseKind, sqlitePath } from '../config.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { entities } from './entities.js';

export interface Database {
  orm: MikroORM;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Write new migration files here instead of running the checked-in list (used by scripts/make-migration). */
  migrationsPath?: string;
  debug?: boolean;
}

/** Opens SQLite (libsql) or PostgreSQL by DATABASE_URL; the same entities and per-dialect migrations. */
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
    const { MikroORM: LibSql } = await import('@mikro-orm/libsql');
    // MikroORM's libsql dialect replaces its connection every 10 s (validateConnection), so the
    // per-connection pragmas are set on every new connection, not once after init.
    orm = await LibSql.init({ ...base, dbName: sqlitePath(url), pool: { afterCreate: sqlitePragmas } });
  } else {
    const { MikroORM: Pg } = await import('@mikro-orm/postgresql');
    orm = await Pg.init({ ...base, clientUrl: url, pool: { min: 0, max: 10 } });
  }
  return { orm, kind, close: () => orm.close(true) };
}

interface LibSqlRawConnection {
  exec(sql: string): unknown;
}

/** WAL for concurrent readers, NORMAL sync (safe with WAL), and waiting on locks instead of failing. */
function sqlitePragmas(conn: LibSqlRawConnection, done: (err: Error | null, conn: LibSqlRawConnection) => void): void {
  try {
    conn.exec(
      'pragma journal_mode = wal; pragma synchronous = normal; pragma busy_timeout = 5000; pragma foreign_keys = on',
    );
    done(null, conn);
  } catch (err) {
    done(err as Error, conn);
  }
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  const done = await db.orm.getMigrator().up();
  return done.map((m) => m.name);
}
