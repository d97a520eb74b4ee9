/**
 * Assignment scope (azure.md §4.2): "sync all", or only assigned users, direct members of
 * assigned groups, and assigned groups themselves. Members reached only through a nested group
 * are out of scope, as in Entra; the explanation says so.
 */

export type AssignmentMode = 'assigned' | 'all';

/** What the scope decision needs to know about the source directory. */
export interface AssignmentDirectory {
  /** Is this user or group assigned to the app? */
  isAssigned(objectId: string): boolean;
  /** Ids of the groups the object is a direct member of. */
  groupsOf(objectId: string): readonly string[];
  /** A display name for explanations. */
  nameOf?(objectId: string): string | undefined;
}

export interface AssignmentDecision {
  inScope: boolean;
  reason: string;
  /** The assigned group that brought the object into scope, or that it is only nested under. */
  viaGroup?: string;
}

const MAX_NESTING = 32;

function nestedAssignedGroup(dir: AssignmentDirectory, start: readonly string[]): string | undefined {
  const seen = new Set(start);
  let frontier = [...start];
  for (let depth = 0; depth < MAX_NESTING && frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const parent of dir.groupsOf(id)) {
        if (seen.has(parent)) continue;
        if (dir.isAssigned(parent)) return parent;
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return undefined;
}

export function assignmentScope(
  mode: AssignmentMode,
  dir: AssignmentDirectory,
  object: { id: string; type: 'user' | 'group' },
): AssignmentDecision {
  const label = (id: string) => `"${dir.nameOf?.(id) ?? id}"`;
  if (mode === 'all') return { inScope: true, reason: 'The app syncs all users and groups.' };
  if (dir.isAssigned(object.id)) return { inScope: true, reason: `The ${object.type} is assigned to the app.` };
  if (object.type === 'group') return { inScope: false, reason: 'The group is not assigned to the app.' };
  const direct = dir.groupsOf(object.id);
  const via = direct.find((g) => dir.isAssigned(g));
  if (via) return { inScope: true, reason: `Direct member of assigned group ${label(via)}.`, viaGroup: via };
  const nested = nestedAssignedGroup(dir, direct);
  if (nested) {
    return {
      inScope: false,
      reason: `Only a nested member of assigned group ${label(nested)}; members of nested groups are not in scope.`,
      viaGroup: nested,
    };
  }
  return { inScope: false, reason: 'The user is not assigned to the app, directly or through a group.' };
}
