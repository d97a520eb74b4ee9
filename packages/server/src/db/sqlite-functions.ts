import { caseFold } from '@scimdesk/scim';
import type BetterSqlite3 from 'better-sqlite3';

/** SQL functions the filter compiler uses on SQLite, whose own lower() folds ASCII only. */
export function registerSqlFunctions(db: BetterSqlite3.Database): void {
  db.function('scim_fold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? caseFold(v) : v));
}
