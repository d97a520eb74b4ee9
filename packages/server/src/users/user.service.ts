import type { EntityDictionary, EntityManager } from '@mikro-orm/core';
import { applyPatch, normalizeResource, ScimError, type ScimResource, userResourceType } from '@scimdesk/scim';
import { GroupMemberRow } from '../groups/group.entity.js';
import { newId } from '../http/ids.js';
import { rulesFor } from '../rules/index.js';
import type { ScimContext } from '../scim/context.js';
import { diffResources } from '../scim/diff.js';
import { checkIfMatch, isUniqueViolation } from '../scim/preconditions.js';
import type { SqlDialect } from '../scim/sql/dialect.js';
import { type ListQuery, listRows } from '../scim/sql/list-query.js';
import { mergeWriters, stampOf } from './last-writers.js';
import { ScimUserRow } from './user.entity.js';
import { type GroupRef, storedAttributes, userColumns, userToResource } from './user.mapper.js';
import { userTable } from './user.table.js';

const notFound = (id: string) => ScimError.notFound(`User ${id} not found`);
const MAX_RETRIES = 3;

/** SCIM Users of one tenant: the same code path for SCIM requests, the CLI, the demo seed and admins. */
export class UserService {
  constructor(
    private readonly dialect: SqlDialect,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(ctx: ScimContext, id: string): Promise<ScimResource> {
    return this.find(ctx, id).then((row) => this.toResource(ctx, row, true));
  }

  private async toResource(ctx: ScimContext, row: ScimUserRow, withGroups: boolean): Promise<ScimResource> {
    const groups = withGroups ? (await this.groupsOf(ctx.em, [row.id])).get(row.id) : undefined;
    return userToResource(row, ctx.baseUrl, groups);
  }

  /** One indexed read; raw SQL mapped by MikroORM, since this is the hottest query Entra sends. */
  async find(ctx: ScimContext, id: string): Promise<ScimUserRow> {
    const row = await this.findRow(ctx.em, ctx.tenant.id, id);
    if (!row) throw notFound(id);
    return row;
  }

  async findRow(em: EntityManager, tenantId: string, id: string): Promise<ScimUserRow | null> {
    const rows = await em
      .getConnection()
      .execute<EntityDictionary<ScimUserRow>[]>('select * from scim_user where id = ? and tenant_id = ?', [
        id,
        tenantId,
      ]);
    // A detached copy: callers may change it, and a later flush of this EntityManager must not write it.
    return rows[0] ? Object.assign(new ScimUserRow(), em.map(ScimUserRow, rows[0])) : null;
  }

  async list(ctx: ScimContext, q: ListQuery, withGroups = true): Promise<{ resources: ScimResource[]; total: number }> {
    const { rows, total } = await listRows(ctx.em, ScimUserRow, 'scim_user', userTable, this.dialect, ctx.tenant.id, q);
    const groups = withGroups
      ? await this.groupsOf(
          ctx.em,
          rows.map((r) => r.id),
        )
      : new Map<string, GroupRef[]>();
    return { resources: rows.map((r) => userToResource(r, ctx.baseUrl, groups.get(r.id))), total };
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
    const row = Object.assign(new ScimUserRow(), {
      id: newId(),
      tenantId: ctx.tenant.id,
      ...cols,
      lastWriters: mergeWriters(null, diffResources({}, cols.data), stampOf(ctx, now)),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    try {
      await ctx.em.insert(ScimUserRow, row);
    } catch (err) {
      if (isUniqueViolation(err))
        throw ScimError.conflict(`A user with userName "${row.userName}" already exists in this tenant`);
      throw err;
    }
    ctx.audit.targetId = row.id;
    ctx.audit.modified = diffResources({}, row.data);
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

  /**
   * Read, change, write with optimistic concurrency on `version`; a concurrent write makes
   * the change run again on the fresh row (or 412 when the client sent If-Match).
   */
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
    for (let attempt = 0; ; attempt++) {
      const row = await this.find(ctx, id);
      ctx.audit.targetName = row.userName;
      checkIfMatch(ifMatch, row.version);
      const before = { ...row.data };
      const changed = change(structuredClone(before));
      const checked = normalizeResource(storedAttributes(changed), userResourceType, { mode: 'replace' }).resource;
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
      if (!modified.length && write.pendingEmail === undefined) {
        ctx.audit.modified = [];
        return this.toResource(ctx, row, withGroups);
      }
      const updatedAt = this.now();
      const pending = write.pendingEmail === undefined ? {} : { pendingEmail: write.pendingEmail };
      const lastWriters = mergeWriters(row.lastWriters, modified, stampOf(ctx, updatedAt));
      let count: number;
      try {
        count = await ctx.em.nativeUpdate(
          ScimUserRow,
          { id, tenantId: ctx.tenant.id, version: row.version },
          { ...cols, ...pending, lastWriters, updatedAt, version: row.version + 1 },
        );
      } catch (err) {
        if (isUniqueViolation(err))
          throw ScimError.conflict(`A user with userName "${cols.userName}" already exists in this tenant`);
        throw err;
      }
      if (count === 1) {
        ctx.audit.targetName = cols.userName;
        ctx.audit.modified = modified;
        Object.assign(row, cols, pending, { lastWriters, updatedAt, version: row.version + 1 });
        return this.toResource(ctx, row, withGroups);
      }
      if (ifMatch) throw new ScimError(412, undefined, 'The resource changed while it was being updated');
      if (attempt >= MAX_RETRIES)
        throw new ScimError(409, undefined, 'The resource is being changed by another request');
    }
  }

  async delete(ctx: ScimContext, id: string, ifMatch?: string): Promise<void> {
    ctx.audit.action = 'Delete';
    ctx.audit.resourceType = 'User';
    ctx.audit.targetId = id;
    await ctx.em.transactional(async (em) => {
      const row = await em.findOne(ScimUserRow, { id, tenantId: ctx.tenant.id });
      if (!row) throw notFound(id);
      ctx.audit.targetName = row.userName;
      checkIfMatch(ifMatch, row.version);
      // The groups' member lists change, so their versions (ETags) move on too.
      await em
        .getConnection()
        .execute(
          'update scim_group set version = version + 1, updated_at = ? where id in (select group_id from group_member where member_id = ?)',
          [this.dialect.timestamp(this.now()), id],
          'run',
          em.getTransactionContext(),
        );
      await em.nativeDelete(GroupMemberRow, { memberId: id, tenantId: ctx.tenant.id });
      await em.nativeDelete(ScimUserRow, { id, tenantId: ctx.tenant.id });
    });
  }

  /** Group references of each user, for the read-only `groups` attribute. */
  async groupsOf(em: EntityManager, userIds: string[]): Promise<Map<string, GroupRef[]>> {
    const out = new Map<string, GroupRef[]>();
    if (!userIds.length) return out;
    const rows = await em.getConnection().execute<{ member_id: string; group_id: string; display_name: string }[]>(
      `select m.member_id, m.group_id, g.display_name from group_member m join scim_group g on g.id = m.group_id
         where m.member_id in (${userIds.map(() => '?').join(', ')}) order by g.display_name`,
      userIds,
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
