/**
 * The scope preview (the dashboard's SCOPE page): how many source objects the scope step lets
 * through now and under a proposed scope, who enters and who leaves, with a sample of each.
 * Every decision is @scimdesk/scim's `decideScope`, as a cycle makes it (cycles/cycle.reconcile.ts),
 * over the directory's objects that are not soft-deleted, read in keyset chunks by objectId. The
 * work yields to the event loop after every chunk, so a 100k-user directory never holds it for
 * long (one chunk is a read of `chunk` rows and their memberships, then `2 * chunk` decisions).
 */
import {
  type AssignmentDirectory,
  type CompiledScopingFilter,
  compileScopingFilter,
  decideScope,
  type ScopeDecision,
} from '@scimdesk/scim';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import {
  DIRECTORY_GROUP_COLUMNS,
  DIRECTORY_USER_COLUMNS,
  type DirectoryGroupRow,
  type DirectoryUserRow,
  sourceGroup,
  sourceUser,
} from '../directory/directory.view.js';
import { serverScopingOptions } from '../expression/context.js';
import type { StoredScope } from './app.types.js';

export type PreviewObjectType = 'user' | 'group';

/** The scope as decisions need it: mode, assigned ids and names, compiled filters. */
export interface PreviewScope {
  mode: StoredScope['mode'];
  assigned: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  userFilter: CompiledScopingFilter;
  groupFilter: CompiledScopingFilter;
}

export function previewScopeOf(scope: StoredScope): PreviewScope {
  const all = [...scope.users, ...scope.groups];
  return {
    mode: scope.mode,
    assigned: new Set(all.map((a) => a.objectId)),
    names: new Map(all.map((a) => [a.objectId, a.name])),
    userFilter: compileScopingFilter(scope.userFilter, serverScopingOptions),
    groupFilter: compileScopingFilter(scope.groupFilter, serverScopingOptions),
  };
}

export interface PreviewObject {
  objectId: string;
  name: string;
  /** Why it is in scope under the proposal (entering) or out of it (leaving). */
  reason: string;
}

export interface PreviewSide {
  /** Source objects looked at (not soft-deleted). */
  total: number;
  inScopeNow: number;
  /** Null without a proposal. */
  inScopeProposed: number | null;
  entering: number;
  leaving: number;
  enteringSample: PreviewObject[];
  leavingSample: PreviewObject[];
  /** Attribute names the objects have a value for (the filter builder's suggestions), sorted. */
  attributes: string[];
}

export interface PreviewOptions {
  /** Objects per read (default 1000). */
  chunk?: number;
  /** Objects listed per sample (default 10). */
  sample?: number;
  /** How to give the event loop back between chunks (default: setImmediate). */
  pause?: () => Promise<void>;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Chunk {
  ids: string[];
  items: { id: string; name: string; source: Record<string, unknown> }[];
}

async function readChunk(
  q: SqlRunner,
  type: PreviewObjectType,
  directoryId: string,
  after: string,
  limit: number,
): Promise<Chunk> {
  if (type === 'user') {
    const rows = await q.all<DirectoryUserRow>(
      `select ${DIRECTORY_USER_COLUMNS} from directory_user where directory_id = ? and deleted_at is null and object_id > ? order by object_id limit ${limit}`,
      [directoryId, after],
    );
    const items = rows.map((r) => ({ id: r.object_id, name: r.user_principal_name, source: sourceUser(r) }));
    return { ids: items.map((i) => i.id), items };
  }
  const rows = await q.all<DirectoryGroupRow>(
    `select ${DIRECTORY_GROUP_COLUMNS} from directory_group where directory_id = ? and deleted_at is null and object_id > ? order by object_id limit ${limit}`,
    [directoryId, after],
  );
  const items = rows.map((r) => ({ id: r.object_id, name: r.display_name, source: sourceGroup(r) }));
  return { ids: items.map((i) => i.id), items };
}

/** Direct groups (not soft-deleted) of each id: the deleted groups are read once per preview, not per chunk. */
async function directGroups(
  q: SqlRunner,
  directoryId: string,
  ids: readonly string[],
  deleted: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = await q.all<{ member_id: string; group_id: string }>(
    `select member_id, group_id from directory_member where directory_id = ? and ${inList(q.kind, 'member_id')}`,
    [directoryId, listParam(q.kind, ids)],
  );
  for (const r of rows) {
    if (deleted.has(r.group_id)) continue;
    const list = out.get(r.member_id);
    if (list) list.push(r.group_id);
    else out.set(r.member_id, [r.group_id]);
  }
  return out;
}

function decide(
  scope: PreviewScope,
  type: PreviewObjectType,
  item: Chunk['items'][number],
  groups: readonly string[],
  parents: ReadonlyMap<string, string[]>,
): ScopeDecision {
  const directory: AssignmentDirectory = {
    isAssigned: (id) => scope.assigned.has(id),
    groupsOf: (id) => (id === item.id ? groups : (parents.get(id) ?? [])),
    nameOf: (id) => scope.names.get(id),
  };
  return decideScope({
    mode: scope.mode,
    directory,
    filter: type === 'user' ? scope.userFilter : scope.groupFilter,
    object: { id: item.id, type, source: item.source },
  });
}

/** One object type of the preview: every active object of the directory, chunk by chunk. */
export async function previewSide(
  q: SqlRunner,
  directoryId: string,
  type: PreviewObjectType,
  now: PreviewScope,
  proposed: PreviewScope | null,
  opts: PreviewOptions = {},
): Promise<PreviewSide> {
  const chunk = opts.chunk ?? 1000;
  const sample = opts.sample ?? 10;
  const pause = opts.pause ?? nextTick;
  const deleted = new Set(
    (
      await q.all<{ object_id: string }>(
        'select object_id from directory_group where directory_id = ? and deleted_at is not null',
        [directoryId],
      )
    ).map((r) => r.object_id),
  );
  // Group-in-group edges, for "only a nested member" (the same answer as a cycle's, never more in scope).
  const parents = new Map<string, string[]>();
  for (const r of await q.all<{ member_id: string; group_id: string }>(
    `select member_id, group_id from directory_member where directory_id = ? and member_type = 'group'`,
    [directoryId],
  )) {
    if (deleted.has(r.group_id)) continue;
    parents.set(r.member_id, [...(parents.get(r.member_id) ?? []), r.group_id]);
  }
  const side: PreviewSide = {
    total: 0,
    inScopeNow: 0,
    inScopeProposed: proposed ? 0 : null,
    entering: 0,
    leaving: 0,
    enteringSample: [],
    leavingSample: [],
    attributes: [],
  };
  const attributes = new Set<string>();
  let after = '';
  for (;;) {
    const { ids, items } = await readChunk(q, type, directoryId, after, chunk);
    if (!items.length) break;
    const groups = type === 'user' ? await directGroups(q, directoryId, ids, deleted) : new Map<string, string[]>();
    for (const item of items) {
      for (const k of Object.keys(item.source)) attributes.add(k);
      const direct = groups.get(item.id) ?? [];
      const before = decide(now, type, item, direct, parents).inScope;
      side.total++;
      if (before) side.inScopeNow++;
      if (!proposed) continue;
      const next = decide(proposed, type, item, direct, parents);
      if (next.inScope) side.inScopeProposed = (side.inScopeProposed ?? 0) + 1;
      if (next.inScope === before) continue;
      const entry = { objectId: item.id, name: item.name, reason: next.reason };
      if (next.inScope) {
        side.entering++;
        if (side.enteringSample.length < sample) side.enteringSample.push(entry);
      } else {
        side.leaving++;
        if (side.leavingSample.length < sample) side.leavingSample.push(entry);
      }
    }
    after = ids[ids.length - 1];
    if (items.length < chunk) break;
    await pause();
  }
  side.attributes = [...attributes].sort((a, b) => a.localeCompare(b));
  return side;
}
