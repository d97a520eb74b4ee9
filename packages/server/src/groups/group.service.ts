import {
  applyPatch,
  deepClone,
  groupResourceType,
  normalizeResource,
  ScimError,
  type ScimResource,
} from '@scimdesk/scim';
import { jsonParam, toDate, toJson } from '../db/row.js';
import { inList, listDriven, listParam, type Sql, type SqlRunner } from '../db/sql.js';
import { SourceChanges } from '../directory/source-changes.js';
import { syncTenantSource } from '../directory/tenant-source.js';
import { commitEvent } from '../events/event.write.js';
import { newId } from '../http/ids.js';
import { rulesFor } from '../rules/index.js';
import type { ScimContext } from '../scim/context.js';
import { diffResources } from '../scim/diff.js';
import { checkIfMatch, isUniqueViolation } from '../scim/preconditions.js';
import { CountCache } from '../scim/sql/count-cache.js';
import type { SqlDialect } from '../scim/sql/dialect.js';
import { type ListCursor, type ListQuery, listRows } from '../scim/sql/list-query.js';
import { sameJson } from '../scim/stable.js';
import { GroupMemberRow, ScimGroupRow } from './group.entity.js';
import { groupColumns, groupToResource, type MemberRef, memberDisplays, memberIds } from './group.mapper.js';
import { groupTable } from './group.table.js';

const notFound = (id: string) => ScimError.notFound(`Group ${id} not found`);
const conflict = (name: string) =>
  ScimError.conflict(`A group with displayName "${name}" already exists in this tenant`);

interface RawGroup {
  id: string;
  tenant_id: string;
  display_name: string;
  display_name_lower: string;
  external_id: string | null;
  data: unknown;
  version: number | string;
  created_at: unknown;
  updated_at: unknown;
}

const groupFromRaw = (r: RawGroup): ScimGroupRow =>
  Object.assign(new ScimGroupRow(), {
    id: r.id,
    tenantId: r.tenant_id,
    displayName: r.display_name,
    displayNameLower: r.display_name_lower,
    externalId: r.external_id ?? null,
    data: toJson<Record<string, unknown>>(r.data),
    version: Number(r.version),
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  });

const INSERT_MEMBER =
  'insert into group_member (group_id, member_id, tenant_id, member_type, display) values (?, ?, ?, ?, ?) on conflict do nothing';

/**
 * SCIM Groups of one tenant. A write is one transaction that locks the group row (PostgreSQL;
 * SQLite's writers are serialized), so concurrent member changes of one group wait for each
 * other instead of failing, and commits the request's event with the change.
 */
export class GroupService {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: SqlDialect,
    private readonly now: () => Date = () => new Date(),
    private readonly counts = new CountCache(),
    /** Told after commit when a write changed a tenant source's mirror (directory/tenant-source.ts). */
    readonly sourceChanges = new SourceChanges(),
  ) {}

  async get(ctx: ScimContext, id: string, withMembers = true, q: SqlRunner = this.sql): Promise<ScimResource> {
    const raw = await q.get<RawGroup>('select * from scim_group where id = ? and tenant_id = ?', [id, ctx.tenant.id]);
    if (!raw) throw notFound(id);
    const members = withMembers ? ((await this.membersOf([id], q)).get(id) ?? []) : undefined;
    return groupToResource(groupFromRaw(raw), ctx.baseUrl, members);
  }

  async list(
    ctx: ScimContext,
    q: ListQuery,
    withMembers: boolean,
  ): Promise<{ resources: ScimResource[]; total: number; next?: ListCursor }> {
    const { rows, total, next } = await listRows<RawGroup>(
      this.sql,
      'scim_group',
      groupTable,
      this.dialect,
      ctx.tenant.id,
      q,
      { counts: this.counts },
    );
    const members = withMembers ? await this.membersOf(rows.map((r) => r.id)) : undefined;
    return {
      resources: rows.map((r) =>
        groupToResource(groupFromRaw(r), ctx.baseUrl, members ? (members.get(r.id) ?? []) : undefined),
      ),
      total,
      next,
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
    const id = newId();
    ctx.audit.targetId = id;
    let source: string | null = null;
    try {
      const created = await this.sql.transaction(async (tx) => {
        await tx.run(
          'insert into scim_group (id, tenant_id, display_name, display_name_lower, external_id, data, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?)',
          [id, ctx.tenant.id, cols.displayName, cols.displayNameLower, cols.externalId, jsonParam(cols.data), now, now],
        );
        const members = await this.acceptMembers(ctx, tx, id, memberIds(resource), memberDisplays(resource));
        await this.insertMembers(tx, members);
        const created = await this.get(ctx, id, true, tx);
        ctx.audit.modified = diffResources({}, { ...cols.data, members: memberValues(created) });
        source = await syncTenantSource(tx, ctx.tenant.id, 'group', [id], now);
        await commitEvent(tx, ctx);
        this.counts.forget('scim_group', ctx.tenant.id);
        return created;
      });
      this.sourceChanges.notify(source);
      return created;
    } catch (err) {
      ctx.audit.modified = [];
      if (isUniqueViolation(err)) throw conflict(cols.displayName);
      throw err;
    }
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
    let displayName = '';
    let source: string | null = null;
    try {
      const out = await this.sql.transaction(async (tx) => {
        const raw = await tx.get<RawGroup>(
          `select * from scim_group where id = ? and tenant_id = ? ${this.sql.forUpdate}`,
          [id, ctx.tenant.id],
        );
        if (!raw) throw notFound(id);
        const row = groupFromRaw(raw);
        ctx.audit.targetName = row.displayName;
        checkIfMatch(ifMatch, row.version);
        const current = groupToResource(row, ctx.baseUrl, (await this.membersOf([id], tx)).get(id) ?? []);
        const next = normalizeResource(change(deepClone(current)), groupResourceType, {
          mode: 'replace',
        }).resource;
        const cols = groupColumns(next);
        displayName = cols.displayName;
        const oldIds = new Set(memberIds(current));
        const wanted = memberIds(next);
        const wantedSet = new Set(wanted);
        const removed = [...oldIds].filter((m) => !wantedSet.has(m));
        const addedAsked = wanted.filter((m) => !oldIds.has(m));
        const { members: _m, ...oldData } = groupColumns(current).data as ScimResource;
        const dataChanged = !sameJson(oldData, cols.data);
        const added = await this.acceptMembers(ctx, tx, id, addedAsked, memberDisplays(next));
        ctx.audit.targetName = cols.displayName;
        ctx.audit.modified = diffResources(oldData, cols.data);
        if (added.length || removed.length)
          ctx.audit.modified.push({
            attribute: 'members',
            old: removed.length ? removed : null,
            new: added.length ? added.map((a) => a.memberId) : null,
          });
        if (dataChanged || added.length || removed.length) {
          await tx.run(
            'update scim_group set display_name = ?, display_name_lower = ?, external_id = ?, data = ?, version = version + 1, updated_at = ? where id = ?',
            [cols.displayName, cols.displayNameLower, cols.externalId, jsonParam(cols.data), this.now(), id],
          );
          if (removed.length)
            await tx.run(`delete from group_member where group_id = ? and ${inList(tx.kind, 'member_id')}`, [
              id,
              listParam(tx.kind, removed),
            ]);
          await this.insertMembers(tx, added);
          source = await syncTenantSource(tx, ctx.tenant.id, 'group', [id], this.now());
        }
        await commitEvent(tx, ctx);
        return this.get(ctx, id, true, tx);
      });
      this.sourceChanges.notify(source);
      return out;
    } catch (err) {
      ctx.audit.modified = [];
      if (isUniqueViolation(err)) throw conflict(displayName);
      throw err;
    }
  }

  async delete(ctx: ScimContext, id: string, ifMatch?: string): Promise<void> {
    ctx.audit.action = 'Delete';
    ctx.audit.resourceType = 'Group';
    ctx.audit.targetId = id;
    const source = await this.sql.transaction(async (tx) => {
      const raw = await tx.get<RawGroup>(
        `select * from scim_group where id = ? and tenant_id = ? ${this.sql.forUpdate}`,
        [id, ctx.tenant.id],
      );
      if (!raw) throw notFound(id);
      ctx.audit.targetName = raw.display_name;
      checkIfMatch(ifMatch, Number(raw.version));
      // scim_group before group_member, the order every write takes them in (tenant-source.ts locks them so).
      await tx.run('delete from scim_group where id = ?', [id]);
      await tx.run('delete from group_member where group_id = ?', [id]);
      await tx.run('delete from group_member where member_id = ? and tenant_id = ?', [id, ctx.tenant.id]);
      const dir = await syncTenantSource(tx, ctx.tenant.id, 'group', [id], this.now());
      await commitEvent(tx, ctx);
      return dir;
    });
    this.counts.forget('scim_group', ctx.tenant.id);
    this.sourceChanges.notify(source);
  }

  private async insertMembers(tx: SqlRunner, members: GroupMemberRow[]): Promise<void> {
    for (const m of members)
      await tx.run(INSERT_MEMBER, [m.groupId, m.memberId, m.tenantId, m.memberType, m.display ?? null]);
  }

  /**
   * Keeps the ids that are users of the tenant (and, when the rules allow nested groups, other
   * groups of the tenant); the rest are ignored with a warning, as Entra expects. On PostgreSQL
   * the users found are share-locked until the transaction ends, so a concurrent DELETE of one of
   * them waits and then removes the new membership too.
   */
  private async acceptMembers(
    ctx: ScimContext,
    tx: SqlRunner,
    groupId: string,
    ids: string[],
    displays: Map<string, string | undefined>,
  ): Promise<GroupMemberRow[]> {
    if (!ids.length) return [];
    const share = (alias: string) => (tx.kind === 'postgresql' ? ` for share of ${alias}` : '');
    const users = await tx.all<{ id: string }>(
      `select u.id from ${listDriven(tx.kind, 'j')} scim_user u on u.id = j.value where u.tenant_id = ?${share('u')}`,
      [listParam(tx.kind, ids), ctx.tenant.id],
    );
    const userIds = new Set(users.map((u) => u.id));
    const rest = ids.filter((i) => !userIds.has(i));
    const groups = rest.length
      ? await tx.all<{ id: string }>(
          `select g.id from ${listDriven(tx.kind, 'j')} scim_group g on g.id = j.value where g.tenant_id = ?${share('g')}`,
          [listParam(tx.kind, rest), ctx.tenant.id],
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

  async membersOf(groupIds: readonly string[], q: SqlRunner = this.sql): Promise<Map<string, MemberRef[]>> {
    const out = new Map<string, MemberRef[]>();
    if (!groupIds.length) return out;
    const sql = `select m.group_id, m.member_id, m.member_type, coalesce(m.display, u.display_name, u.user_name) as user_display,
       coalesce(m.display, g.display_name) as group_display
       from group_member m left join scim_user u on u.id = m.member_id left join scim_group g on g.id = m.member_id
       where ${inList(q.kind, 'm.group_id')} order by m.group_id, m.member_id`;
    const rows = await q.all<MemberRowRaw>(sql, [listParam(q.kind, groupIds)]);
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
