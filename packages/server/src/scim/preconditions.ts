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
  return !!err && typeof err === 'object' && (err as { name?: string }).name === 'UniqueConstraintViolationException';
}
