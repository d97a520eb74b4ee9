import type { ModifiedAttribute } from '../scim/context.js';

/** Who wrote an attribute last: the IdP over SCIM, or an admin in scimdesk (SPEC S8). */
export interface WriterStamp {
  by: 'idp' | 'admin';
  /** The admin's userName (or `cli`, `demo-seed`) when `by` is admin. */
  admin?: string;
  /** The SCIM token the IdP used. */
  tokenId?: string;
  /** ISO timestamp. */
  at: string;
}

export type LastWriters = Record<string, WriterStamp>;

export interface WriterOf {
  writer: 'scim' | 'admin';
  actor?: string;
  tokenId?: string | null;
}

export function stampOf(who: WriterOf, at: Date): WriterStamp {
  if (who.writer === 'scim')
    return { by: 'idp', ...(who.tokenId ? { tokenId: who.tokenId } : {}), at: at.toISOString() };
  const admin = who.actor?.replace(/^admin:/, '');
  return { by: 'admin', ...(admin ? { admin } : {}), at: at.toISOString() };
}

/** The previous stamps with every modified attribute stamped by `stamp`. */
export function mergeWriters(
  previous: LastWriters | null | undefined,
  modified: ModifiedAttribute[],
  stamp: WriterStamp,
): LastWriters {
  const out: LastWriters = { ...(previous ?? {}) };
  for (const m of modified) out[m.attribute] = stamp;
  return out;
}
