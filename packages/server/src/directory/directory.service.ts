import { randomUUID } from 'node:crypto';
import { toDate } from '../db/row.js';
import type { Sql, SqlRunner } from '../db/sql.js';
import { isTenantSlug } from '../tenants/tenant.service.js';
import { DirectoryError, invalid, lockWritable } from './directory.errors.js';
import {
  changeMembers,
  createGroup,
  type GroupInput,
  hardDeleteGroup,
  setGroupDeleted,
  updateGroup,
} from './directory.groups.js';
import { readGroup, readGroupsOf, readUser } from './directory.read.js';
import { createUser, hardDeleteUser, setUserDeleted, type UserInput, updateUser } from './directory.users.js';
import type { DirGroup, DirUser } from './directory.view.js';

export type { GroupInput } from './directory.groups.js';
export type { UserInput } from './directory.users.js';

export interface DirectoryInfo {
  id: string;
  slug: string;
  name: string;
  /** The last change number handed out. */
  seq: number;
  purgeAfterDays: number;
  createdAt: Date;
  /** Set for a tenant's mirror (an app's `"source": {"tenant": ...}`): that tenant's slug. Read-only. */
  sourceTenant: string | null;
}

interface RawDirectory {
  id: string;
  slug: string;
  name: string;
  seq: number | string;
  purge_after_days: number | string;
  created_at: unknown;
  source_tenant?: string | null;
}

const toInfo = (r: RawDirectory): DirectoryInfo => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  seq: Number(r.seq),
  purgeAfterDays: Number(r.purge_after_days),
  createdAt: toDate(r.created_at),
  sourceTenant: r.source_tenant ?? null,
});

const DIR_COLUMNS = 'id, slug, name, seq, purge_after_days, created_at';
const DIR_SELECT = `select d.id, d.slug, d.name, d.seq, d.purge_after_days, d.created_at, t.slug as source_tenant
  from directory d left join tenant t on t.id = d.tenant_id`;

/**
 * Source directories (SPEC E1) and their users, groups and memberships, one object at a time
 * (imports: import/). Every write is one transaction on `services.sql` that locks the directory
 * row first, takes new change numbers for every row it changes (directory.store.ts) and leaves
 * unchanged rows alone. Refusals are DirectoryErrors with a stable code and the field at fault.
 */
export class DirectoryService {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createDirectory(input: { slug: string; name?: string; purgeAfterDays?: number }): Promise<DirectoryInfo> {
    if (!isTenantSlug(input.slug))
      throw new DirectoryError(
        'INVALID_SLUG',
        `slug: "${input.slug}" must be 2-63 lower-case letters, digits or "-"`,
        'slug',
      );
    const name = (input.name ?? input.slug).trim();
    if (!name || name.length > 256) throw invalid('name', 'must be 1-256 characters');
    const days = input.purgeAfterDays ?? 30;
    if (!Number.isInteger(days) || days < 0 || days > 3650) throw invalid('purgeAfterDays', 'must be 0-3650 days');
    return this.sql.transaction(async (tx) => {
      if (await this.find(input.slug, tx))
        throw new DirectoryError('DIRECTORY_EXISTS', `Directory "${input.slug}" exists`, 'slug');
      const row: RawDirectory = {
        id: randomUUID(),
        slug: input.slug,
        name,
        seq: 0,
        purge_after_days: days,
        created_at: this.now(),
      };
      await tx.run(`insert into directory (${DIR_COLUMNS}) values (?, ?, ?, ?, ?, ?)`, [
        row.id,
        row.slug,
        row.name,
        row.seq,
        row.purge_after_days,
        row.created_at,
      ]);
      return toInfo(row);
    });
  }

  async find(slug: string, q: SqlRunner = this.sql): Promise<DirectoryInfo | undefined> {
    if (!isTenantSlug(slug)) return undefined;
    const r = await q.get<RawDirectory>(`${DIR_SELECT} where d.slug = ?`, [slug]);
    return r ? toInfo(r) : undefined;
  }

  async get(slug: string): Promise<DirectoryInfo> {
    const d = await this.find(slug);
    if (!d) throw new DirectoryError('DIRECTORY_NOT_FOUND', `No directory "${slug}"`, 'slug');
    return d;
  }

  async list(): Promise<DirectoryInfo[]> {
    return (await this.sql.all<RawDirectory>(`${DIR_SELECT} order by d.slug`)).map(toInfo);
  }

  /** Runs `fn` in a transaction holding the directory's row lock (PostgreSQL; SQLite serializes writers). */
  private write<T>(directoryId: string, fn: (tx: SqlRunner, now: Date) => Promise<T>): Promise<T> {
    return this.sql.transaction(async (tx) => {
      await lockWritable(tx, directoryId, this.sql.forUpdate);
      return fn(tx, this.now());
    });
  }

  getUser(directoryId: string, objectId: string): Promise<DirUser | undefined> {
    return readUser(this.sql, directoryId, objectId);
  }

  getGroup(directoryId: string, objectId: string): Promise<DirGroup | undefined> {
    return readGroup(this.sql, directoryId, objectId);
  }

  /** The groups a user or group is a direct member of. */
  groupsOf(directoryId: string, memberId: string, type: 'user' | 'group' = 'user'): Promise<DirGroup[]> {
    return readGroupsOf(this.sql, directoryId, memberId, type);
  }

  createUser(directoryId: string, input: UserInput): Promise<DirUser> {
    return this.write(directoryId, (tx, now) => createUser(tx, directoryId, input, now));
  }

  /** Sets the attributes given (null clears one; attributes left out are kept). */
  updateUser(directoryId: string, objectId: string, input: UserInput): Promise<DirUser> {
    return this.write(directoryId, (tx, now) => updateUser(tx, directoryId, objectId, input, now));
  }

  softDeleteUser(directoryId: string, objectId: string): Promise<DirUser> {
    return this.write(directoryId, (tx, now) => setUserDeleted(tx, directoryId, objectId, true, now));
  }

  restoreUser(directoryId: string, objectId: string): Promise<DirUser> {
    return this.write(directoryId, (tx, now) => setUserDeleted(tx, directoryId, objectId, false, now));
  }

  hardDeleteUser(directoryId: string, objectId: string): Promise<void> {
    return this.write(directoryId, (tx, now) => hardDeleteUser(tx, directoryId, objectId, now));
  }

  createGroup(directoryId: string, input: GroupInput): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => createGroup(tx, directoryId, input, now));
  }

  updateGroup(directoryId: string, objectId: string, input: GroupInput): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => updateGroup(tx, directoryId, objectId, input, now));
  }

  softDeleteGroup(directoryId: string, objectId: string): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => setGroupDeleted(tx, directoryId, objectId, true, now));
  }

  restoreGroup(directoryId: string, objectId: string): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => setGroupDeleted(tx, directoryId, objectId, false, now));
  }

  hardDeleteGroup(directoryId: string, objectId: string): Promise<void> {
    return this.write(directoryId, (tx, now) => hardDeleteGroup(tx, directoryId, objectId, now));
  }

  addMembers(directoryId: string, groupId: string, memberIds: readonly string[]): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => changeMembers(tx, directoryId, groupId, memberIds, true, now));
  }

  removeMembers(directoryId: string, groupId: string, memberIds: readonly string[]): Promise<DirGroup> {
    return this.write(directoryId, (tx, now) => changeMembers(tx, directoryId, groupId, memberIds, false, now));
  }
}
