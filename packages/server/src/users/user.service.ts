import {
  applyPatch,
  deepClone,
  normalizeResource,
  ScimError,
  type ScimResource,
  userResourceType,
} from '@scimdesk/scim';
import { inList, inOrder, listParam, runQueued, type Sql, type SqlRunner } from '../db/sql.js';
import { SourceChanges } from '../directory/source-changes.js';
import { lockForWrite, syncTenantSource } from '../directory/tenant-source.js';
import { commitEvent } from '../events/event.write.js';
import { newId } from '../http/ids.js';
import { rulesFor } from '../rules/index.js';
import type { ScimContext } from '../scim/context.js';
import { diffResources } from '../scim/diff.js';
import { checkIfMatch, isUniqueViolation } from '../scim/preconditions.js';
import { CountCache } from '../scim/sql/count-cache.js';
import type { SqlDialect } from '../scim/sql/dialect.js';
import { type ListCursor, type ListQuery, listRows } from '../scim/sql/list-query.js';
import { PositionIndex } from '../scim/sql/position-index.js';
import { mergeWriters, stampOf } from './last-writers.js';
import type { ScimUserRow } from './user.entity.js';
import { type GroupRef, storedAttributes, userColumns, userToResource } from './user.mapper.js';
import {
  groupsFromRaw,
  groupsJsonColumn,
  insertUser,
  type RawUser,
  selectUser,
  updateUserStatement,
  userFromRaw,
  userRow,
} from './user.store.js';
import { userTable } from './user.table.js';

const notFound = (id: string) => ScimError.notFound(`User ${id} not found`);
const taken = (userName: string) =>
  ScimError.conflict(`A user with userName "${userName}" already exists in this tenant`);

/**
 * SCIM Users of one tenant: the same code path for SCIM requests, the CLI, the demo seed and admins.
 * Every write is one transaction that reads the row (locked on PostgreSQL), changes it and commits
 * the request's provisioning event with it; concurrent writers wait for each other instead of
 * failing, so a refusal (409, 412) means a real conflict.
 */
export class UserService {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: SqlDialect,
    private readonly now: () => Date = () => new Date(),
    private readonly counts = new CountCache(),
    /** Told after commit when a write changed a tenant source's mirror (directory/tenant-source.ts). */
    readonly sourceChanges = new SourceChanges(),
    /** Positions for deep unfiltered pages (scim/sql/position-index.ts). */
    readonly positions = new PositionIndex(),
  ) {}

  /** One statement: the user and its groups. */
  async get(ctx: ScimContext, id: string): Promise<ScimResource> {
    const found = await selectUser(this.sql, ctx.tenant.id, id, { withGroups: true });
    if (!found) throw notFound(id);
    return userToResource(found.row, ctx.baseUrl, found.groups);
  }

  async find(ctx: ScimContext, id: string): Promise<ScimUserRow> {
    const row = await this.findRow(ctx.tenant.id, id);
    if (!row) throw notFound(id);
    return row;
  }

  async findRow(tenantId: string, id: string): Promise<ScimUserRow | null> {
    return (await selectUser(this.sql, tenantId, id))?.row ?? null;
  }

  async list(
    ctx: ScimContext,
    q: ListQuery,
    withGroups = true,
  ): Promise<{ resources: ScimResource[]; total: number; next?: ListCursor }> {
    const { rows, total, next } = await listRows<RawUser>(
      this.sql,
      'scim_user',
      userTable,
      this.dialect,
      ctx.tenant.id,
      q,
      {
        extraColumns: withGroups ? [groupsJsonColumn(this.sql.kind)] : [],
        counts: this.counts,
        positions: this.positions,
      },
    );
    return {
      resources: rows.map((r) => userToResource(userFromRaw(r), ctx.baseUrl, groupsFromRaw(r))),
      total,
      next,
    };
  }

  async create(ctx: ScimContext, body: unknown): Promise<ScimResource> {
    ctx.audit.action = 'Create';
    ctx.audit.resourceType = 'User';
    const { resource, ignored } = normalizeResource(body, userResourceType, { mode: 'create' });
    this.warnIgnored(ctx, ignored, resource);
    const write = rulesFor(ctx.tenant.rules).prepareUserCreate(ctx.tenant, resource, ctx.writer);
    ctx.audit.warnings.push(...write.warnings);
    ctx.audit.targetName = String(write.resource.userName);
    const now = this.now();
    const cols = userColumns(write.resource);
    const modified = diffResources({}, cols.data);
    const row = userRow({
      id: newId(),
      tenantId: ctx.tenant.id,
      ...cols,
      lastWriters: mergeWriters(null, modified, stampOf(ctx, now)),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.audit.targetId = row.id;
    ctx.audit.modified = modified;
    try {
      const source = await this.sql.transaction(async (tx) => {
        // Started together: one round trip on PostgreSQL.
        const [, dir] = await inOrder(insertUser(tx, row), syncTenantSource(tx, ctx.tenant.id, 'user', [row.id], now));
        await commitEvent(tx, ctx);
        return dir;
      });
      this.counts.forget('scim_user', ctx.tenant.id);
      this.positions.created('scim_user', ctx.tenant.id, {
        createdAt: this.dialect.timestamp(row.createdAt),
        id: row.id,
      });
      this.sourceChanges.notify(source);
    } catch (err) {
      ctx.audit.modified = [];
      if (isUniqueViolation(err)) throw taken(row.userName);
      throw err;
    }
    return userToResource(row, ctx.baseUrl);
  }

  async replace(ctx: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
    const { resource, ignored } = normalizeResource(body, userResourceType, { mode: 'replace' });
    this.warnIgnored(ctx, ignored, resource);
    return this.update(ctx, id, ifMatch, true, () => resource);
  }

  /** `withGroups: false` skips reading the user's groups back, for a 204 reply that sends no body. */
  async patch(
    ctx: ScimContext,
    id: string,
    body: unknown,
    ifMatch?: string,
    opts: { withGroups?: boolean } = {},
  ): Promise<ScimResource> {
    return this.update(ctx, id, ifMatch, opts.withGroups ?? true, (current) => {
      const out = applyPatch(current, body, userResourceType);
      this.warnIgnored(ctx, out.ignored, out.resource);
      return out.resource;
    });
  }

  /** An admin change computed from the current resource (scimdesk's own edits: rename, flags, email confirmation). */
  modify(ctx: ScimContext, id: string, change: (current: ScimResource) => ScimResource): Promise<ScimResource> {
    return this.update(ctx, id, undefined, true, change);
  }

  /** Read (locked), change, write and the event, in one transaction. */
  private async update(
    ctx: ScimContext,
    id: string,
    ifMatch: string | undefined,
    withGroups: boolean,
    change: (current: ScimResource) => ScimResource,
  ): Promise<ScimResource> {
    ctx.audit.action = 'Update';
    ctx.audit.resourceType = 'User';
    ctx.audit.targetId = id;
    let userName = '';
    let source: string | null = null;
    try {
      const row = await this.sql.transaction(async (tx) => {
        // The row (locked) with the mirror check in one round trip on PostgreSQL, after the lock
        // that makes that check safe; the UPDATE then goes out with the event and the COMMIT.
        const [, found] = await inOrder(
          lockForWrite(tx, 'scim_user'),
          selectUser(tx, ctx.tenant.id, id, { lock: this.sql.forUpdate, withSource: true }),
        );
        if (!found) throw notFound(id);
        const { row, source: directoryId } = found;
        ctx.audit.targetName = row.userName;
        checkIfMatch(ifMatch, row.version);
        const next = this.changed(ctx, row, change);
        if (next) {
          userName = next.userName;
          await runQueued(tx, ...updateUserStatement(next, row));
          source = await syncTenantSource(tx, ctx.tenant.id, 'user', [id], next.updatedAt, directoryId);
        }
        await commitEvent(tx, ctx);
        return next ?? row;
      });
      this.sourceChanges.notify(source);
      return withGroups ? this.withGroups(ctx, row) : userToResource(row, ctx.baseUrl);
    } catch (err) {
      ctx.audit.modified = [];
      if (isUniqueViolation(err)) throw taken(userName);
      throw err;
    }
  }

  /** The row after `change`, through the tenant's rules; undefined when nothing changes. */
  private changed(
    ctx: ScimContext,
    row: ScimUserRow,
    change: (current: ScimResource) => ScimResource,
  ): ScimUserRow | undefined {
    const before = { ...row.data };
    const edited = change(deepClone(before));
    const checked = normalizeResource(storedAttributes(edited), userResourceType, { mode: 'replace' }).resource;
    const write = rulesFor(ctx.tenant.rules).prepareUserUpdate(
      ctx.tenant,
      before,
      checked,
      ctx.writer,
      row.pendingEmail ?? null,
    );
    ctx.audit.warnings.push(...write.warnings);
    const cols = userColumns(write.resource);
    const modified = diffResources(before, cols.data);
    if (before.active !== false && cols.active === false) ctx.audit.action = 'Disable';
    ctx.audit.modified = modified;
    if (!modified.length && write.pendingEmail === undefined) return undefined;
    const updatedAt = this.now();
    const pending = write.pendingEmail === undefined ? {} : { pendingEmail: write.pendingEmail };
    ctx.audit.targetName = cols.userName;
    return userRow({
      ...row,
      ...cols,
      ...pending,
      lastWriters: mergeWriters(row.lastWriters, modified, stampOf(ctx, updatedAt)),
      updatedAt,
      version: row.version + 1,
    });
  }

  private async withGroups(ctx: ScimContext, row: ScimUserRow): Promise<ScimResource> {
    const groups = (await this.groupsOf([row.id])).get(row.id);
    return userToResource(row, ctx.baseUrl, groups);
  }

  /**
   * Deletes the user and its memberships. The row is locked first, so a concurrent group PATCH
   * that adds this user either commits before (and its membership is deleted here) or sees the
   * user gone; of concurrent DELETEs one answers 204 and the others 404.
   */
  async delete(ctx: ScimContext, id: string, ifMatch?: string): Promise<void> {
    ctx.audit.action = 'Delete';
    ctx.audit.resourceType = 'User';
    ctx.audit.targetId = id;
    const source = await this.sql.transaction(async (tx) => {
      const found = await selectUser(tx, ctx.tenant.id, id, { lock: this.sql.forUpdate });
      if (!found) throw notFound(id);
      ctx.audit.targetName = found.row.userName;
      checkIfMatch(ifMatch, found.row.version);
      // The groups' member lists change, so their versions (ETags) move on too. Started together:
      // one round trip on PostgreSQL.
      const [, , , dir] = await inOrder(
        tx.run(
          'update scim_group set version = version + 1, updated_at = ? where id in (select group_id from group_member where member_id = ?)',
          [this.now(), id],
        ),
        tx.run('delete from group_member where member_id = ? and tenant_id = ?', [id, ctx.tenant.id]),
        tx.run('delete from scim_user where id = ? and tenant_id = ?', [id, ctx.tenant.id]),
        syncTenantSource(tx, ctx.tenant.id, 'user', [id], this.now()),
      );
      await commitEvent(tx, ctx);
      return dir;
    });
    this.counts.forget('scim_user', ctx.tenant.id);
    this.positions.deleted('scim_user', ctx.tenant.id);
    this.sourceChanges.notify(source);
  }

  /** Group references of each user, for the read-only `groups` attribute. */
  async groupsOf(userIds: readonly string[], q: SqlRunner = this.sql): Promise<Map<string, GroupRef[]>> {
    const out = new Map<string, GroupRef[]>();
    if (!userIds.length) return out;
    const rows = await q.all<{ member_id: string; group_id: string; display_name: string }>(
      `select m.member_id, m.group_id, g.display_name from group_member m join scim_group g on g.id = m.group_id
         where ${inList(q.kind, 'm.member_id')} order by g.display_name`,
      [listParam(q.kind, userIds)],
    );
    for (const r of rows) {
      const list = out.get(r.member_id) ?? [];
      list.push({ value: r.group_id, display: r.display_name });
      out.set(r.member_id, list);
    }
    return out;
  }

  private warnIgnored(ctx: ScimContext, ignored: string[], res: ScimResource): void {
    if (ignored.length) ctx.audit.warnings.push(`ignored attributes no schema defines: ${ignored.join(', ')}`);
    if ('password' in res) ctx.audit.warnings.push('password is write-only and not stored by scimdesk');
  }
}
