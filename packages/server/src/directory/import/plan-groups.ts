import { randomUUID } from 'node:crypto';
import { type GroupValues, groupNameKey, type Problem, readGroupValues, upnKeyOf } from '../directory.fields.js';
import { mergeGroup, sameGroup } from '../directory.merge.js';
import type { MemberLink, ObjectType } from '../directory.store.js';
import type { DirGroup } from '../directory.view.js';
import type { Diagnostics } from './diagnostics.js';
import { type Counts, noCounts, type UserPlan } from './plan-users.js';
import type { SourceRow } from './read-file.js';

export interface GroupPlan {
  writes: DirGroup[];
  created: string[];
  counts: Counts;
  /** Membership rows to add and, per group, member ids to remove. */
  add: MemberLink[];
  remove: Map<string, string[]>;
  /** Members whose membership changed (they take a new seq too), by type. */
  touched: { user: Set<string>; group: Set<string> };
}

interface Row {
  src: SourceRow;
  values: GroupValues;
  target: string;
  match?: DirGroup;
  members?: string[];
}

/** Current membership: group -> member id -> type. */
export type Memberships = Map<string, Map<string, ObjectType>>;

/**
 * Groups from a JSON file: matched by objectId, else folded displayName (a name several groups
 * share must be told apart by objectId). `members` (when given) replaces the membership; each
 * entry names a user (objectId, userPrincipalName) or a group (objectId, displayName) of the file
 * or the directory. Nesting may not loop.
 */
export function planGroups(
  directoryId: string,
  existing: readonly DirGroup[],
  memberships: Memberships,
  users: UserPlan,
  src: readonly SourceRow[],
  opts: { softDeleteMissing: boolean; now: Date },
  diag: Diagnostics,
): GroupPlan {
  const byId = new Map(existing.map((g) => [g.objectId, g]));
  const byName = new Map<string, DirGroup[]>();
  for (const g of existing) byName.set(g.nameKey, [...(byName.get(g.nameKey) ?? []), g]);
  const bad = (r: SourceRow, field: string, problem: string) => diag.add(r.file, r.line, field, problem);
  const rows: Row[] = [];
  const fileIds = new Map<string, Row>();
  const fileNames = new Map<string, Row>();

  for (const s of src) {
    const problems: Problem[] = [];
    const values = readGroupValues(s.values, problems, ['members']);
    if (!('displayName' in s.values)) problems.push({ field: 'displayName', problem: 'is missing' });
    const m = s.values.members;
    if (m !== undefined && !(Array.isArray(m) && m.every((x) => typeof x === 'string')))
      problems.push({ field: 'members', problem: 'must be an array of strings' });
    for (const p of problems) bad(s, p.field, p.problem);
    if (problems.length || !values.displayName) continue;
    const key = groupNameKey(values.displayName);
    let match = values.objectId ? byId.get(values.objectId) : undefined;
    if (!values.objectId) {
      const named = byName.get(key) ?? [];
      if (named.length > 1) {
        bad(s, 'displayName', `${named.length} groups are called "${values.displayName}": give its objectId`);
        continue;
      }
      match = named[0];
    }
    const row: Row = {
      src: s,
      values,
      target: match?.objectId ?? values.objectId ?? randomUUID(),
      match,
      members: m as string[] | undefined,
    };
    const dup = fileNames.get(key) ?? fileIds.get(row.target);
    if (dup) {
      bad(s, 'displayName', `"${values.displayName}" is also on line ${dup.src.line}`);
      continue;
    }
    if (users.byId.has(row.target)) {
      bad(s, 'objectId', `${row.target} is a user's objectId`);
      continue;
    }
    fileNames.set(key, row);
    fileIds.set(row.target, row);
    rows.push(row);
  }

  const resolve = (r: Row, ref: string): [string, ObjectType] | undefined => {
    const t = ref.trim();
    if (fileIds.has(t) || byId.has(t)) return [t, 'group'];
    if (users.byId.has(t)) return [t, 'user'];
    const upn = t.includes('@') ? users.byUpn.get(upnKeyOf(t)) : undefined;
    if (upn) return [upn, 'user'];
    const named = fileNames.get(groupNameKey(t))?.target ?? byName.get(groupNameKey(t));
    if (typeof named === 'string') return [named, 'group'];
    if (named?.length === 1) return [named[0].objectId, 'group'];
    bad(
      r.src,
      'members',
      named?.length ? `"${t}" names ${named.length} groups: use its objectId` : `no user or group "${t}"`,
    );
    return undefined;
  };

  // The membership after the import: the file's lists replace those of the groups it names.
  const next: Memberships = new Map(memberships);
  for (const r of rows) {
    if (!r.members) continue;
    const list = new Map<string, ObjectType>();
    for (const ref of r.members) {
      const hit = resolve(r, ref);
      if (!hit) continue;
      if (hit[0] === r.target) bad(r.src, 'members', 'a group cannot be a member of itself');
      else list.set(hit[0], hit[1]);
    }
    next.set(r.target, list);
  }
  for (const r of rows) {
    const loop = cycleFrom(next, r.target);
    if (loop) bad(r.src, 'members', `nesting loops: ${loop.map((id) => nameOf(id, fileIds, byId)).join(' > ')}`);
  }

  const plan: GroupPlan = {
    writes: [],
    created: [],
    counts: noCounts(),
    add: [],
    remove: new Map(),
    touched: { user: new Set(), group: new Set() },
  };
  for (const r of rows) {
    const g = mergeGroup(directoryId, r.target, r.match, r.values, opts.now);
    g.deletedAt = null;
    let membersChanged = false;
    if (r.members) {
      const before = memberships.get(r.target) ?? new Map<string, ObjectType>();
      const after = next.get(r.target) ?? new Map<string, ObjectType>();
      const gone = [...before.keys()].filter((id) => !after.has(id));
      for (const [id, type] of after)
        if (!before.has(id)) {
          plan.add.push({ groupId: r.target, memberId: id, memberType: type });
          plan.touched[type].add(id);
        }
      for (const id of gone) plan.touched[before.get(id) as ObjectType].add(id);
      if (gone.length) plan.remove.set(r.target, gone);
      membersChanged = gone.length > 0 || after.size > before.size - gone.length;
    }
    if (!r.match) {
      plan.created.push(g.objectId);
      plan.counts.created += 1;
      plan.writes.push(g);
    } else if (sameGroup(r.match, g) && !membersChanged) plan.counts.unchanged += 1;
    else {
      plan.counts.updated += 1;
      plan.writes.push(g);
    }
  }
  if (opts.softDeleteMissing)
    for (const g of existing)
      if (!fileIds.has(g.objectId) && g.deletedAt === null) {
        plan.writes.push({ ...g, deletedAt: opts.now, updatedAt: opts.now });
        plan.counts.softDeleted += 1;
      }
  return plan;
}

const nameOf = (id: string, file: Map<string, Row>, existing: Map<string, DirGroup>) =>
  file.get(id)?.values.displayName ?? existing.get(id)?.displayName ?? id;

/** A path start > ... > start through nested groups, or undefined when there is none. */
function cycleFrom(m: Memberships, start: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const [child, type] of m.get(id) ?? []) {
      if (type !== 'group') continue;
      if (child === start) return [...path, child];
      if (seen.has(child)) continue;
      seen.add(child);
      const found = walk(child, [...path, child]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
