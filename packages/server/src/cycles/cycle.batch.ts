/** Builds the work items of one batch: source rows, direct groups, links and references, in a few statements. */

import { toDateOrNull } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import { sourceGroup, sourceUser } from '../directory/directory.view.js';
import { groupsOf, loadGroups, loadUsers, type ObjectType, userMembers } from './cycle.reader.js';
import type { WorkItem } from './cycle.reconcile.js';
import { loadLinks, provisionedTargets } from './links.js';

export async function buildItems(
  q: SqlRunner,
  directoryId: string,
  appId: string,
  type: ObjectType,
  ids: readonly string[],
  /** A plan's own outcomes so far: source id -> planned target id (a create), or null (a disable or delete). */
  overlay?: ReadonlyMap<string, string | null>,
): Promise<WorkItem[]> {
  const [links, groups] = await Promise.all([loadLinks(q, appId, type, ids), groupsOf(q, directoryId, ids)]);
  if (type === 'user') {
    const rows = await loadUsers(q, directoryId, ids);
    const managers = [...new Set([...rows.values()].map((r) => r.manager_id).filter((m): m is string => !!m))];
    const managerTargets = overlaid(await provisionedTargets(q, appId, 'user', managers), managers, overlay);
    return ids.map((id) => {
      const row = rows.get(id);
      return {
        type,
        id,
        source: row ? sourceUser(row) : null,
        softDeleted: !!row && toDateOrNull(row.deleted_at) !== null,
        seq: row ? Number(row.seq) : null,
        name: row?.user_principal_name ?? id,
        groups: groups.get(id) ?? [],
        link: links.get(id) ?? null,
        references: managerTargets,
      };
    });
  }
  const rows = await loadGroups(q, directoryId, ids);
  const members = await userMembers(q, directoryId, ids);
  const memberIds = [...new Set([...members.values()].flat())];
  const memberTargets = overlaid(await provisionedTargets(q, appId, 'user', memberIds), memberIds, overlay);
  return ids.map((id) => {
    const row = rows.get(id);
    const source = row ? { ...sourceGroup(row), members: (members.get(id) ?? []).map((value) => ({ value })) } : null;
    return {
      type,
      id,
      source,
      softDeleted: !!row && toDateOrNull(row.deleted_at) !== null,
      seq: row ? Number(row.seq) : null,
      name: row?.display_name ?? id,
      groups: groups.get(id) ?? [],
      link: links.get(id) ?? null,
      references: memberTargets,
    };
  });
}

function overlaid(
  targets: Map<string, string>,
  ids: readonly string[],
  overlay: ReadonlyMap<string, string | null> | undefined,
): Map<string, string> {
  if (!overlay?.size) return targets;
  for (const id of ids) {
    const planned = overlay.get(id);
    if (planned === undefined) continue;
    if (planned === null) targets.delete(id);
    else targets.set(id, planned);
  }
  return targets;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
