/**
 * Raw column values to JS: SQLite (better-sqlite3) returns timestamps as epoch milliseconds,
 * booleans as 0/1 and JSON as text; PostgreSQL (node-postgres) returns Dates, booleans and
 * parsed JSON. Rows are converted once, here, at the edge of the store.
 */
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(Number(v)));
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));
export const toBool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';
export const toJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
export const toJsonOrNull = <T>(v: unknown): T | null => (v === null || v === undefined ? null : toJson<T>(v));
export const toStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A JSON column's bind value (both drivers take text). */
export const jsonParam = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
