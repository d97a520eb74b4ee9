import type { EntityManager } from '@mikro-orm/core';
import { applyPatch, groupResourceType, normalizeResource, ScimError, type ScimResource } from '@scimdesk/scim';
import { newId } from '../http/ids.js';
import { rulesFor } from '../rules/index.js';
import type { ScimContext } from '../scim/context.js';
import { diffResources } from '../scim/diff.js';
import { checkIfMatch, isUniqueViolation } from '../scim/preconditions.js';
import type { SqlDialect } from '../scim/sql/dialect.js';
import { type ListQuery, listRows } from '../scim/sql/list-query.js';
import { sameJson } from '../scim/stable.js';
import { ScimUserRow } from '../users/user.entity.js';
import { GroupMemberRow, ScimGroupRow } from './group.entity.js';
import { groupColumns, groupToResource, type MemberRef, memberDisplays, memberIds } from './group.mapper.js';
import { groupTable } from './group.table.js';

const notFound = (id: string) => ScimError.notFound(`Group ${id} not found`);
const conflict = (name: string) =>
  ScimError.conflict(`A group with displayName "${name}" already exists in this tenant`);
const MAX_RETRIES = 3;

export class GroupService {
  constructor(
    private readonly dialect: SqlDialect,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(ctx: ScimContext, id: string, withMembers = true): Promise<ScimResource> {
    const row = await ctx.em.findOne(ScimGroupRow, { id, tenantId: ctx.tenant.id }, { disableIdentityMap: true });
    if (!row) throw notFound(id);
    const members = withMembers ? ((await this.membersOf(ctx.em, [id])).get(id) ?? []) : undefined;
    return groupToResource(row, ctx.baseUrl, members);
  }

  async list(
    ctx: ScimContext,
    q: ListQuery,
    withMembers: boolean,
  ): Promise<{ resources: ScimResource[]; total: number }> {
    const { rows, total } = await listRows(
      ctx.em,
      ScimGroupRow,
      'scim_group',
      groupTable,
      this.dialect,
      ctx.tenant.id,
      q,
    );
    const members = withMembers
      ? await this.membersOf(
          ctx.em,
          rows.map((r) => r.id),
        )
      : undefined;
    return {
      resources: rows.map((r) => groupToResource(r, ctx.baseUrl, members ? (members.get(r.id) ?? []) : undefined)),
      total,
    };
  }

  async create(ctx: ScimContext, body: unknown): Promise<ScimResource> {
    ctx.audit.action = 'Create';
    ctx.audit.resourceType = 'Group';
    const { resource, ignored } = normalizeResource(body, groupResourceType, { mode: 'create' });
    if (ignored.length) ctx.audit.warnings.push(`ignored attributes no schema defines: ${ignored.join(', ')}`);
    const cols = groupColumns(resource);
    ctx.audit.targetName = cols.displayName;
    const now = this.now();
    const row = Object.assign(new ScimGroupRow(), {
      id: newId(),
      tenantId: ctx.tenant.id,
      ...cols,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    try {
      await ctx.em.transactional(async (em) => {
        await em.insert(ScimGroupRow, row);
        const members = await this.acceptMembers(ctx, em, row.id, memberIds(resource), memberDisplays(resource));
        if (members.length) await em.insertMany(GroupMemberRow, members);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(cols.displayName);
      throw err;
    }
    ctx.audit.targetId = row.id;
    const created = await this.get(ctx, row.id);
    ctx.audit.modified = diffResources({}, { ...cols.data, members: memberValues(created) });
    return created;
  }

  replace(ctx: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
    const { resource, ignored } = normalizeResource(body, groupResourceType, { mode: 'replace' });
    if (ignored.length) ctx.audit.warnings.push(`ignored attributes no schema defines: ${ignored.join(', ')}`);
    return this.update(ctx, id, ifMatch, () => resource);
  }

  patch(ctx: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
    return this.update(ctx, id, ifMatch, (current) => {
      const out = applyPatch(current, body, groupResourceType);
      if (out.ignored.length)
        ctx.audit.warnings.push(`ignored attributes no schema defines: ${out.ignored.join(', ')}`);
      return out.resource;
    });
  }

  private async update(
    ctx: ScimContext,
    id: string,
    ifMatch: string | undefined,
    change: (current: ScimResource) => ScimResource,
  ): Promise<ScimResource> {
    ctx.audit.action = 'Update';
    ctx.audit.resourceType = 'Group';
    ctx.audit.targetId = id;
    for (let attempt = 0; ; attempt++) {
      const current = await this.get(ctx, id);
      ctx.audit.targetName = String(current.displayName);
      const version = Number(/(\d+)/.exec(String((current.meta as { version: string }).version))?.[1]);
      checkIfMatch(ifMatch, version);
      const next = normalizeResource(change(structuredClone(current)), groupResourceType, { mode: 'replace' }).resource;
      const cols = groupColumns(next);
      const oldIds = memberIds(current);
      const wanted = memberIds(next);
      const removed = oldIds.filter((m) => !wanted.includes(m));
      const addedAsked = wanted.filter((m) => !oldIds.includes(m));
      const { members: _m, ...oldData } = groupColumns(current).data as ScimResource;
      const dataChanged = !sameJson(oldData, cols.data);
      let ok = false;
      let addedIds: string[] = [];
      try {
        ok = await ctx.em.transactional(async (em) => {
          const added = await this.acceptMembers(ctx, em, id, addedAsked, memberDisplays(next));
          addedIds = added.map((a) => a.memberId);
          if (!dataChanged && !added.length && !removed.length) return true;
          const n = await em.nativeUpdate(
            ScimGroupRow,
            { id, tenantId: ctx.tenant.id, version },
            { ...cols, updatedAt: this.now(), version: version + 1 },
          );
          if (n !== 1) return false;
          if (removed.length) await em.nativeDelete(GroupMemberRow, { groupId: id, memberId: { $in: removed } });
          if (added.length) await em.insertMany(GroupMemberRow, added);
          return true;
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict(cols.displayName);
        throw err;
      }
      if (ok) {
        ctx.audit.targetName = cols.displayName;
        ctx.audit.modified = diffResources(oldData, cols.data);
        if (addedIds.length || removed.length)
          ctx.audit.modified.push({
            attribute: 'members',
            old: removed.length ? removed : null,
            new: addedIds.length ? addedIds : null,
          });
        return this.get(ctx, id);
      }
      if (ifMatch) throw new ScimError(412, undefined, 'The resource changed while it was being updated');
      if (attempt >= MAX_RETRIES)
        throw new ScimError(409, undefined, 'The resource is being changed by another request');
    }
  }

  async delete(ctx: ScimContext, id: string, ifMatch?: string): Promise<void> {
    ctx.audit.action = 'Delete';
    ctx.audit.resourceType = 'Group';
    ctx.audit.targetId = id;
    await ctx.em.transactional(async (em) => {
      const row = await em.findOne(ScimGroupRow, { id, tenantId: ctx.tenant.id });
      if (!row) throw notFound(id);
      ctx.audit.targetName = row.displayName;
      checkIfMatch(ifMatch, row.version);
      await em.nativeDelete(GroupMemberRow, { groupId: id });
      await em.nativeDelete(GroupMemberRow, { memberId: id, tenantId: ctx.tenant.id });
      await em.nativeDelete(ScimGroupRow, { id });
    });
  }

  /**
   * Keeps the ids that are users of the tenant (and, when the rules allow nested groups, other
   * groups of the tenant); the rest are ignored with a warning, as Entra expects.
   */
  private async acceptMembers(
    ctx: ScimContext,
    em: EntityManager,
    groupId: string,
    ids: string[],
    displays: Map<string, string | undefined>,
  ): Promise<GroupMemberRow[]> {
    if (!ids.length) return [];
    const users = await em.find(
      ScimUserRow,
      { id: { $in: ids }, tenantId: ctx.tenant.id },
      { fields: ['id'], disableIdentityMap: true },
    );
    const userIds = new Set(users.map((u) => u.id));
    const rest = ids.filter((i) => !userIds.has(i));
    const groups = rest.length
      ? await em.find(
          ScimGroupRow,
          { id: { $in: rest }, tenantId: ctx.tenant.id },
          { fields: ['id'], disableIdentityMap: true },
        )
      : [];
    const groupIds = new Set(groups.map((g) => g.id).filter((g) => g !== groupId));
    const nested = rulesFor(ctx.tenant.rules).acceptsMember('Group');
    const unknown = rest.filter((i) => !groupIds.has(i));
    if (unknown.length)
      ctx.audit.warnings.push(`ignored members that are not users of this tenant: ${unknown.join(', ')}`);
    if (groupIds.size && !nested) ctx.audit.warnings.push(`ignored nested group members: ${[...groupIds].join(', ')}`);
    const accepted: GroupMemberRow[] = [];
    for (const id of ids) {
      const type = userIds.has(id) ? 'User' : groupIds.has(id) && nested ? 'Group' : undefined;
      if (type)
        accepted.push(
          Object.assign(new GroupMemberRow(), {
            groupId,
            memberId: id,
            tenantId: ctx.tenant.id,
            memberType: type,
            display: displays.get(id) ?? null,
          }),
        );
    }
    return accepted;
  }

  async membersOf(em: EntityManager, groupIds: string[]): Promise<Map<string, MemberRef[]>> {
    const out = new Map<string, MemberRef[]>();
    if (!groupIds.length) return out;
    const marks = groupIds.map(() => '?').join(', ');
    const sql = `select m.group_id, m.member_id, m.member_type, coalesce(m.display, u.display_name, u.user_name) as user_display,
       coalesce(m.display, g.display_name) as group_display
       from group_member m left join scim_user u on u.id = m.member_id left join scim_group g on g.id = m.member_id
       where m.group_id in (${marks}) order by m.group_id, m.member_id`;
    const rows = await em.getConnection().execute<MemberRowRaw[]>(sql, groupIds);
    for (const r of rows) {
      const list = out.get(r.group_id) ?? [];
      list.push({
        value: r.member_id,
        type: r.member_type,
        display: (r.member_type === 'User' ? r.user_display : r.group_display) ?? '',
      });
      out.set(r.group_id, list);
    }
    return out;
  }
}

interface MemberRowRaw {
  group_id: string;
  member_id: string;
  member_type: 'User' | 'Group';
  user_display: string | null;
  group_display: string | null;
}

function memberValues(res: ScimResource): string[] | undefined {
  const ids = memberIds(res);
  return ids.length ? ids : undefined;
}
