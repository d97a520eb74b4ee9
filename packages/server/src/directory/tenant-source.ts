/**
 * A scimdesk tenant as the source of apps (SPEC E1, `"source": {"tenant": "acmeusw"}`): the
 * tenant's SCIM users and groups, as an IdP provisioned them, mirrored into a directory the
 * engine reads like any other (its change numbers, tombstones and memberships), so cycles, scope,
 * plans and on-demand need nothing new and an incremental cycle reads only what changed.
 *
 * The mirror is written in the same transaction as the SCIM write (`syncTenantSource`, called by
 * the user and group services after their own statements), so it can never disagree with the
 * tenant. On PostgreSQL the check for a mirror runs after the write's own statements, or after
 * `lockForWrite` (a user PATCH: the check then comes with the row, in one round trip): while
 * `createTenantSource` copies the tenant it holds SHARE locks on the SCIM tables, so a write
 * either committed before the copy read it, or waits and then finds the new mirror. (The
 * writes take the tables in one order, scim_group, group_member, scim_user, and the copy locks
 * them in that order, so the two never deadlock.)
 *
 * Source attributes are SCIM paths: `userName`, `name.givenName`, `emails[type eq "work"].value`,
 * `emails[primary eq true].value`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`
 * (an extension's attributes under its URN), booleans as "True"/"False". The directory's own
 * columns carry the aliases the engine reads: objectId (the SCIM id), userPrincipalName (userName),
 * mail (the primary email), accountEnabled (active) and manager (the enterprise manager's id).
 */
import { randomUUID } from 'node:crypto';
import { ENTERPRISE_USER_SCHEMA, type ScimResource } from '@scimdesk/scim';
import { toDate, toJson } from '../db/row.js';
import { inList, listParam, type Sql, type SqlRunner } from '../db/sql.js';
import { primaryEmail } from '../rules/user-attrs.js';
import { canonicalAttrs } from './directory.attrs.js';
import { hardDelete } from './directory.delete.js';
import { groupNameKey } from './directory.fields.js';
import {
  allocSeq,
  chunks,
  deleteMembers,
  dropTombstones,
  insertMembers,
  type MemberLink,
  upsertGroups,
  upsertUsers,
} from './directory.store.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirectoryGroupRow,
  type DirectoryUserRow,
  type DirGroup,
  type DirUser,
  toDirGroup,
  toDirUser,
} from './directory.view.js';

/**
 * PostgreSQL: takes the lock a write of `table` would take (ROW EXCLUSIVE) at the start of the
 * transaction, so the mirror check may be read with the transaction's first statements: from
 * here on, a `createTenantSource` copying the tenant (SHARE) has either committed or waits for
 * this transaction. SQLite serializes writers already: nothing to do.
 */
export function lockForWrite(tx: SqlRunner, table: 'scim_user' | 'scim_group'): Promise<number> {
  return tx.kind === 'postgresql' ? tx.run(`lock table ${table} in row exclusive mode`) : Promise.resolve(0);
}

/** The tenant's mirror directory, if an app made the tenant a source. */
export async function tenantSourceOf(q: SqlRunner, tenantId: string): Promise<string | null> {
  const r = await q.get<{ id: string }>('select id from directory where tenant_id = ?', [tenantId]);
  return r?.id ?? null;
}

const MAX_KEYS = 500;

/** A SCIM value as a source attribute's text (booleans "True"/"False", as Entra's expressions see them). */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Flattens one attribute (`prefix` is its path so far) into `out`. */
function flattenInto(out: Record<string, string>, prefix: string, value: unknown): void {
  if (Object.keys(out).length >= MAX_KEYS) return;
  const t = text(value);
  if (t !== undefined) {
    out[prefix] = t;
    return;
  }
  if (Array.isArray(value)) {
    for (const el of value) {
      if (!el || typeof el !== 'object') {
        // A multi-valued list of simple values: the first one.
        const first = text(el);
        if (first !== undefined && !(prefix in out)) out[prefix] = first;
        continue;
      }
      const item = el as Record<string, unknown>;
      const selectors: string[] = [];
      if (typeof item.type === 'string' && /^[^"\\\]]{1,64}$/.test(item.type))
        selectors.push(`[type eq "${item.type}"]`);
      if (item.primary === true) selectors.push('[primary eq true]');
      for (const sel of selectors)
        for (const [k, v] of Object.entries(item)) {
          const key = `${prefix}${sel}.${k}`;
          const tv = text(v);
          if (tv !== undefined && !(key in out)) out[key] = tv;
        }
    }
    return;
  }
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenInto(out, `${prefix}.${k}`, v);
}

/**
 * A SCIM resource as source attributes: every simple value by its path, multi-valued complex
 * values by `[type eq "..."]` and `[primary eq true]`, an extension's attributes under its URN
 * (`urn:...:User:department`; a complex one's `value` also as the bare URN path, so
 * `urn:...:User:manager` is the manager's id).
 */
export function scimSourceAttributes(res: ScimResource, id: string): Record<string, string> {
  const out: Record<string, string> = { id };
  for (const [k, v] of Object.entries(res)) {
    if (k === 'schemas' || k === 'meta' || k === 'id' || k === 'groups' || k === 'members' || k === 'password')
      continue;
    if (k.startsWith('urn:') && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [ek, ev] of Object.entries(v as Record<string, unknown>)) {
        const path = `${k}:${ek}`;
        flattenInto(out, path, ev);
        const inner =
          ev && typeof ev === 'object' && !Array.isArray(ev) ? (ev as { value?: unknown }).value : undefined;
        const iv = text(inner);
        if (iv !== undefined) out[path] = iv;
      }
      continue;
    }
    flattenInto(out, k, v);
  }
  return canonicalAttrs(out);
}

interface ScimUserRaw {
  id: string;
  user_name: string;
  user_name_lower: string;
  display_name: string | null;
  active: unknown;
  email: string | null;
  data: unknown;
  created_at: unknown;
}

interface ScimGroupRaw {
  id: string;
  display_name: string;
  external_id: string | null;
  data: unknown;
  created_at: unknown;
}

const clip = (v: string | null | undefined, max: number) => (v && v.length <= max ? v : null);
const bool = (v: unknown) => v === true || v === 1 || v === '1' || v === 't' || v === 'true';

/** The mirror row of a tenant user (seq and updatedAt are set by the caller). */
function mirrorUser(directoryId: string, r: ScimUserRaw): DirUser {
  const data = toJson<ScimResource>(r.data) ?? {};
  const manager = (data[ENTERPRISE_USER_SCHEMA] as { manager?: { value?: unknown } } | undefined)?.manager?.value;
  return {
    directoryId,
    objectId: r.id,
    userPrincipalName: r.user_name,
    upnKey: r.user_name_lower,
    displayName: clip(r.display_name, 256),
    mail: clip(r.email ?? primaryEmail(data) ?? null, 320),
    accountEnabled: bool(r.active),
    managerId: typeof manager === 'string' && manager.length <= 64 && manager !== r.id ? manager : null,
    attrs: scimSourceAttributes(data, r.id),
    deletedAt: null,
    seq: 0,
    createdAt: toDate(r.created_at),
    updatedAt: new Date(),
  };
}

function mirrorGroup(directoryId: string, r: ScimGroupRaw): DirGroup {
  const data = toJson<ScimResource>(r.data) ?? {};
  return {
    directoryId,
    objectId: r.id,
    displayName: r.display_name,
    nameKey: groupNameKey(r.display_name),
    mailNickname: null,
    description: null,
    attrs: scimSourceAttributes(data, r.id),
    deletedAt: null,
    seq: 0,
    createdAt: toDate(r.created_at),
    updatedAt: new Date(),
  };
}

const sameUser = (a: DirUser, b: DirUser) =>
  a.userPrincipalName === b.userPrincipalName &&
  a.upnKey === b.upnKey &&
  a.displayName === b.displayName &&
  a.mail === b.mail &&
  a.accountEnabled === b.accountEnabled &&
  a.managerId === b.managerId &&
  a.deletedAt === null &&
  JSON.stringify(a.attrs) === JSON.stringify(b.attrs);

const sameGroup = (a: DirGroup, b: DirGroup) =>
  a.displayName === b.displayName && a.deletedAt === null && JSON.stringify(a.attrs) === JSON.stringify(b.attrs);

const SCIM_USER_COLUMNS = 'id, user_name, user_name_lower, display_name, active, email, data, created_at';
const SCIM_GROUP_COLUMNS = 'id, display_name, external_id, data, created_at';

/** Group -> members (user or group) of the tenant's groups `ids`, as the SCIM side holds them. */
async function scimMembers(q: SqlRunner, ids: readonly string[]): Promise<Map<string, MemberLink[]>> {
  const out = new Map<string, MemberLink[]>();
  for (const part of chunks(ids, 1000)) {
    const rows = await q.all<{ group_id: string; member_id: string; member_type: string }>(
      `select group_id, member_id, member_type from group_member where ${inList(q.kind, 'group_id')}`,
      [listParam(q.kind, part)],
    );
    for (const r of rows) {
      const list = out.get(r.group_id) ?? [];
      list.push({
        groupId: r.group_id,
        memberId: r.member_id,
        memberType: r.member_type === 'Group' ? 'group' : 'user',
      });
      out.set(r.group_id, list);
    }
  }
  return out;
}

/** Writes users `next` (new change numbers for those that differ from `current`); returns how many changed. */
async function writeUsers(
  tx: SqlRunner,
  directoryId: string,
  next: DirUser[],
  current: Map<string, DirUser>,
  now: Date,
): Promise<number> {
  const changed = next.filter((u) => {
    const had = current.get(u.objectId);
    return !had || !sameUser(had, u);
  });
  if (!changed.length) return 0;
  let seq = await allocSeq(tx, directoryId, changed.length);
  for (const u of changed) {
    u.seq = seq++;
    u.updatedAt = now;
    const had = current.get(u.objectId);
    if (had) u.createdAt = had.createdAt;
  }
  await upsertUsers(tx, changed);
  await dropTombstones(
    tx,
    directoryId,
    'user',
    changed.filter((u) => !current.has(u.objectId)).map((u) => u.objectId),
  );
  return changed.length;
}

async function writeGroups(
  tx: SqlRunner,
  directoryId: string,
  next: DirGroup[],
  current: Map<string, DirGroup>,
  members: Map<string, MemberLink[]>,
  now: Date,
): Promise<number> {
  const ids = next.map((g) => g.objectId);
  const had = new Map<string, Set<string>>();
  for (const part of chunks(ids, 1000)) {
    const rows = await tx.all<{ group_id: string; member_id: string }>(
      `select group_id, member_id from directory_member where directory_id = ? and ${inList(tx.kind, 'group_id')}`,
      [directoryId, listParam(tx.kind, part)],
    );
    for (const r of rows) {
      const set = had.get(r.group_id) ?? new Set<string>();
      set.add(r.member_id);
      had.set(r.group_id, set);
    }
  }
  const changed: DirGroup[] = [];
  for (const g of next) {
    const want = members.get(g.objectId) ?? [];
    const before = had.get(g.objectId) ?? new Set<string>();
    const wantIds = new Set(want.map((m) => m.memberId));
    const added = want.filter((m) => !before.has(m.memberId));
    const removed = [...before].filter((m) => !wantIds.has(m));
    if (removed.length) await deleteMembers(tx, directoryId, g.objectId, removed);
    if (added.length) await insertMembers(tx, directoryId, added);
    const old = current.get(g.objectId);
    if (!old || !sameGroup(old, g) || added.length || removed.length) changed.push(g);
  }
  if (!changed.length) return 0;
  let seq = await allocSeq(tx, directoryId, changed.length);
  for (const g of changed) {
    g.seq = seq++;
    g.updatedAt = now;
    const old = current.get(g.objectId);
    if (old) g.createdAt = old.createdAt;
  }
  await upsertGroups(tx, changed);
  await dropTombstones(
    tx,
    directoryId,
    'group',
    changed.filter((g) => !current.has(g.objectId)).map((g) => g.objectId),
  );
  return changed.length;
}

async function mirrorRows<T>(
  q: SqlRunner,
  table: 'directory_user' | 'directory_group',
  directoryId: string,
  ids: readonly string[],
  convert: (r: never) => T,
  key: (t: T) => string,
): Promise<Map<string, T>> {
  const cols = table === 'directory_user' ? DIRECTORY_USER_COLUMNS : DIRECTORY_GROUP_COLUMNS;
  const out = new Map<string, T>();
  for (const part of chunks(ids, 1000)) {
    const rows = await q.all<never>(
      `select ${cols} from ${table} where directory_id = ? and ${inList(q.kind, 'object_id')}`,
      [directoryId, listParam(q.kind, part)],
    );
    for (const r of rows) {
      const t = convert(r);
      out.set(key(t), t);
    }
  }
  return out;
}

/**
 * Brings the mirror of these tenant objects up to date, on the SCIM write's transaction: objects
 * gone from the tenant are hard-deleted (tombstones; their groups and reports take new change
 * numbers), the rest rewritten when they differ. Resolves with the mirror's id, or null when the
 * tenant is no app's source (one indexed read).
 */
export async function syncTenantSource(
  tx: SqlRunner,
  tenantId: string,
  type: 'user' | 'group',
  ids: readonly string[],
  now = new Date(),
  /**
   * The mirror's id (or null) as this transaction read it already. Only valid when read after the
   * transaction held a lock on scim_user that waits for `createTenantSource`'s SHARE lock (ROW
   * EXCLUSIVE: any write of it, or `lockForWrite`), as the check after the write's own statements is.
   */
  known?: string | null,
): Promise<string | null> {
  const directoryId = known !== undefined ? known : await tenantSourceOf(tx, tenantId);
  if (!directoryId || !ids.length) return directoryId;
  if (type === 'user') {
    const rows = await tx.all<ScimUserRaw>(
      `select ${SCIM_USER_COLUMNS} from scim_user where tenant_id = ? and ${inList(tx.kind, 'id')}`,
      [tenantId, listParam(tx.kind, ids)],
    );
    const current = await mirrorRows(
      tx,
      'directory_user',
      directoryId,
      ids,
      (r: DirectoryUserRow) => toDirUser(r),
      (u) => u.objectId,
    );
    const present = new Set(rows.map((r) => r.id));
    await hardDelete(
      tx,
      directoryId,
      'user',
      ids.filter((id) => !present.has(id) && current.has(id)),
      now,
    );
    await writeUsers(
      tx,
      directoryId,
      rows.map((r) => mirrorUser(directoryId, r)),
      current,
      now,
    );
  } else {
    const rows = await tx.all<ScimGroupRaw>(
      `select ${SCIM_GROUP_COLUMNS} from scim_group where tenant_id = ? and ${inList(tx.kind, 'id')}`,
      [tenantId, listParam(tx.kind, ids)],
    );
    const current = await mirrorRows(
      tx,
      'directory_group',
      directoryId,
      ids,
      (r: DirectoryGroupRow) => toDirGroup(r),
      (g) => g.objectId,
    );
    const present = new Set(rows.map((r) => r.id));
    await hardDelete(
      tx,
      directoryId,
      'group',
      ids.filter((id) => !present.has(id) && current.has(id)),
      now,
    );
    await writeGroups(
      tx,
      directoryId,
      rows.map((r) => mirrorGroup(directoryId, r)),
      current,
      await scimMembers(
        tx,
        rows.map((r) => r.id),
      ),
      now,
    );
  }
  return directoryId;
}

/** The mirror's slug: `tenant-<slug>` (cut to 63 characters), numbered when a directory has it already. */
async function freeSlug(q: SqlRunner, tenantSlug: string): Promise<string> {
  const base = `tenant-${tenantSlug}`.slice(0, 63).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 60)}-${n}`;
    if (!(await q.get('select id from directory where slug = ?', [slug]))) return slug;
  }
}

const PAGE = 2000;

/**
 * The tenant's mirror directory, made (and filled with every user, group and membership of the
 * tenant, in one transaction) the first time an app names the tenant as its source.
 */
export async function createTenantSource(
  sql: Sql,
  tenant: { id: string; slug: string; name?: string | null },
): Promise<{ directoryId: string; created: boolean }> {
  const existing = await tenantSourceOf(sql, tenant.id);
  if (existing) return { directoryId: existing, created: false };
  return sql.transaction(async (tx) => {
    // Writers take scim_group, then group_member, then scim_user (each only as far as it goes):
    // locking them in that order never holds one a writer waits for while waiting for its next.
    if (tx.kind === 'postgresql') await tx.run('lock table scim_group, group_member, scim_user in share mode');
    const again = await tenantSourceOf(tx, tenant.id);
    if (again) return { directoryId: again, created: false };
    const directoryId = randomUUID();
    const now = new Date();
    await tx.run(
      'insert into directory (id, slug, name, seq, purge_after_days, created_at, tenant_id) values (?, ?, ?, 0, 30, ?, ?)',
      [directoryId, await freeSlug(tx, tenant.slug), `Tenant ${tenant.slug} (SCIM)`, now, tenant.id],
    );
    for (let after = ''; ; ) {
      const rows = await tx.all<ScimUserRaw>(
        `select ${SCIM_USER_COLUMNS} from scim_user where tenant_id = ? and id > ? order by id limit ${PAGE}`,
        [tenant.id, after],
      );
      if (!rows.length) break;
      await writeUsers(
        tx,
        directoryId,
        rows.map((r) => mirrorUser(directoryId, r)),
        new Map(),
        now,
      );
      after = rows[rows.length - 1].id;
    }
    for (let after = ''; ; ) {
      const rows = await tx.all<ScimGroupRaw>(
        `select ${SCIM_GROUP_COLUMNS} from scim_group where tenant_id = ? and id > ? order by id limit ${PAGE}`,
        [tenant.id, after],
      );
      if (!rows.length) break;
      const groups = rows.map((r) => mirrorGroup(directoryId, r));
      const members = await scimMembers(
        tx,
        rows.map((r) => r.id),
      );
      let seq = await allocSeq(tx, directoryId, groups.length);
      for (const g of groups) g.seq = seq++;
      await upsertGroups(tx, groups);
      await insertMembers(tx, directoryId, [...members.values()].flat());
      after = rows[rows.length - 1].id;
    }
    return { directoryId, created: true };
  });
}
