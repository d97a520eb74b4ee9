import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseKind } from '../config.js';

/**
 * The hot path's own door to the database (SCIM reads and writes, tokens, the event log), below
 * the HTTP doors. MikroORM stays for the admin features and migrations; this layer exists because
 * every request went through MikroORM and knex and prepared its statements again (a CPU profile
 * of GET by id: driver prepare 14%, ORM 20%). Here statements are prepared once and reused:
 * better-sqlite3's statement objects on SQLite, named prepared statements on PostgreSQL.
 *
 * SQL is written with `?` placeholders for both databases. Bind values: strings, numbers,
 * booleans, Dates, null (JSON is passed as a string). Rows come back raw; `row.ts` converts
 * timestamps, booleans and JSON, which the two drivers return differently.
 */
export interface SqlRunner {
  readonly kind: DatabaseKind;
  all<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(text: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Inside a PostgreSQL transaction only: sends a statement whose result nobody waits for (an
   * event row) now, and awaits it with the COMMIT that follows it on the wire, so the two take one
   * round trip; its failure fails the transaction. Where it is undefined, `await run(...)` instead.
   */
  runBeforeCommit?(text: string, params?: readonly unknown[]): void;
}

export interface Sql extends SqlRunner {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * PostgreSQL: READ COMMITTED (lock what you read with `for update`). SQLite: one writer at a
   * time (BEGIN IMMEDIATE), so the transaction is serializable.
   */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` with the write transactions it starts (directly or through services) grouped into
   * one database transaction, each of them a savepoint: one that fails rolls back alone; the
   * batch commits when `fn` resolves and rolls back entirely when it throws. Reads inside see the
   * batch's writes. SQLite: one commit (one WAL write of the pages touched) instead of one per
   * object, while other writers wait for the batch. PostgreSQL: `fn` runs as is (its transactions
   * commit on their own connections, concurrently).
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;
  /** `for update` on PostgreSQL, nothing on SQLite (its writers are serialized already). */
  readonly forUpdate: string;
  /**
   * SQLite: a number that changes whenever any connection (this process's writer, MikroORM's, the
   * CLI's) has committed since the last call (`PRAGMA data_version` of the read connection), so
   * what was read before may be reused while it stays the same. Read at most once per turn of the
   * event loop (and again after this process's own commits): a commit by another process shows
   * from the next turn. Undefined on PostgreSQL.
   */
  dataVersion?(): number;
  /**
   * SQLite: like `dataVersion`, but moved only by commits of other connections (MikroORM's, the
   * CLI's, other processes'), not by this layer's own writes (the write connection's
   * `data_version`). What only other connections write (tokens, admins) may be reused while it
   * stays the same. Undefined on PostgreSQL.
   */
  foreignDataVersion?(): number;
  /**
   * A number that moves whenever a SCIM token or an admin account may have changed, written by any
   * connection or process; undefined while that cannot be known. What is read from those tables
   * alone may be reused while it stays the same. SQLite: `foreignDataVersion` (only other
   * connections write them). PostgreSQL: notices from triggers on the two tables
   * (db/pg-auth-notices.ts).
   */
  authVersion?(): number | undefined;
  /** This process has changed a token or an admin account (MikroORM's flush tells it): move `authVersion` now. */
  authChanged?(): void;
  stats(): SqlStats;
  close(): Promise<void>;
}

export interface SqlStats {
  /** Statements prepared and kept for reuse. */
  cachedStatements: number;
  /** Connections checked out / idle / requests waiting for one (PostgreSQL). */
  busy: number;
  idle: number;
  waiting: number;
  /** SQLite: COMMITs of write groups, and the transactions they committed (group commit). */
  groups?: number;
  grouped?: number;
  /** SQLite: frames in the WAL when the checkpoint worker last looked. */
  walPages?: number;
}

/** Upper bound on distinct statement texts kept prepared; past it, statements run unprepared. */
export const STATEMENT_CACHE_SIZE = 2000;

/** `?` -> `$1, $2 ...` outside quoted literals and identifiers (PostgreSQL's placeholders). */
export function numberedPlaceholders(text: string): string {
  let out = '';
  let n = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      n += 1;
      out += `$${n}`;
    } else out += ch;
  }
  return out;
}

/**
 * Diagnostic (the SCIM benchmark's `--query-stats`): when set, told each statement the hot-path
 * layer runs, transaction control included, with its wall time. Unset in production; the check
 * is one property read per statement.
 */
export const sqlObserver: { onStatement?: (text: string, ms: number) => void } = {};

/**
 * Awaits statements started together, in the order they were started, and throws the first
 * failure. On PostgreSQL they go out pipelined (one round trip for all); once one fails the
 * transaction is aborted and the ones after it fail too, as an echo of the first, so those
 * rejections are silenced here. On SQLite each has run already when its promise is made.
 */
export async function inOrder<T extends readonly unknown[]>(...started: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  for (const p of started) p.catch(() => undefined);
  const out: unknown[] = [];
  for (const p of started) out.push(await p);
  return out as unknown as T;
}

/**
 * A write whose row count nobody needs: on PostgreSQL queued behind the transaction's statements
 * (`runBeforeCommit`: sent now, awaited with the COMMIT, its failure the transaction's), elsewhere
 * run and awaited.
 */
export async function runQueued(tx: SqlRunner, text: string, params: readonly unknown[]): Promise<void> {
  if (tx.runBeforeCommit) tx.runBeforeCommit(text, params);
  else await tx.run(text, params);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * `column in (<list>)` with the whole list as one bind value, so the statement text (and its
 * prepared statement) is the same for any number of values.
 */
export const inList = (kind: DatabaseKind, column: string) =>
  kind === 'sqlite' ? `${column} in (select value from json_each(?))` : `${column} = any(?::text[])`;
export const listParam = (kind: DatabaseKind, values: readonly string[]): unknown =>
  kind === 'sqlite' ? JSON.stringify(values) : [...values];

/**
 * A FROM prefix that makes a bound list the driving side of a join: `${listDriven(kind, 'j')}
 * scim_user u on u.id = j.value`. SQLite's planner, without statistics, prefers a scan of a
 * tenant's index over `id in (json_each(?))` lookups (an equality looks like 10 rows to it):
 * CROSS JOIN fixes the order, so each listed id is one primary-key lookup at any table size.
 */
export const listDriven = (kind: DatabaseKind, alias: string) =>
  kind === 'sqlite' ? `json_each(?) ${alias} cross join` : `unnest(?::text[]) as ${alias}(value) join`;

/** The open `Sql.batch` of the current async context (SQLite); see `outsideBatch`. */
export const batchScope = new AsyncLocalStorage<{ open: boolean; tail: Promise<unknown> }>();

/**
 * Runs `fn` outside any open batch: what it starts (a timer, a promise chain) writes on its own
 * later, not as part of the batch that happened to be running when it was scheduled. For
 * background writers (the event recorder) whose work belongs to no one request.
 */
export const outsideBatch = <T>(fn: () => T): T => batchScope.exit(fn);
