import { caseFold, usernameKey } from '@scimdesk/scim';

export interface NameRow {
  id: string;
  tenant_id: string;
  name: string;
  key: string;
}

/**
 * Which rows get a new comparison key when the folding rule changes (userName: usernameKey,
 * group displayName: caseFold). Rows that the new rule would make equal to another row of the
 * same tenant keep their old key, so the unique index holds and nothing is lost; the first row
 * (in the given order) takes the new key. Returns the updates and the rows left as they were.
 */
export function rekey(rows: NameRow[], fold: (s: string) => string): { updates: NameRow[]; kept: NameRow[] } {
  const taken = new Set(rows.map((r) => `${r.tenant_id}\u0000${r.key}`));
  const updates: NameRow[] = [];
  const kept: NameRow[] = [];
  for (const r of rows) {
    const key = fold(r.name);
    if (key === r.key) continue;
    const slot = `${r.tenant_id}\u0000${key}`;
    if (taken.has(slot)) {
      kept.push(r);
      continue;
    }
    taken.delete(`${r.tenant_id}\u0000${r.key}`);
    taken.add(slot);
    updates.push({ ...r, key });
  }
  return { updates, kept };
}

export const userNameFold = usernameKey;
export const displayNameFold = caseFold;
