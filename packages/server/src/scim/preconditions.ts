import { ScimError } from '@scimdesk/scim';
import { etagOf } from '../users/user.mapper.js';

/** If-Match (RFC 7644 §3.14): `*` or a list of ETags; weak comparison. */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (!ifMatch) return;
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (tags.includes('*')) return;
  const current = etagOf(version);
  const strip = (t: string) => t.replace(/^W\//, '');
  if (!tags.some((t) => strip(t) === strip(current)))
    throw new ScimError(412, undefined, `Resource version is ${current}; If-Match ${ifMatch} does not match`);
}

export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: string };
  // MikroORM's mapped exception, better-sqlite3's codes, PostgreSQL's SQLSTATE.
  return (
    e.name === 'UniqueConstraintViolationException' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    e.code === '23505'
  );
}
