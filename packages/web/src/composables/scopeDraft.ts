/**
 * The SCOPE page's draft: what the admin edits (mode, assignments, two scoping filters) and its
 * exact app-file form (`ScopeFile` of composables/appProposal.ts, the `scope` of
 * packages/server/src/apps/app.file.ts). Groups of clauses are OR-ed, clauses inside a group AND-ed.
 * The conversion keeps every group and clause, blank ones too, in order, so a diagnostic's path
 * (`scope.userFilter.groups[1].clauses[0].value`) points at the row the admin sees.
 */
import { compileScopingFilter, scopingOperator } from '@scimdesk/scim';
import type { ProposalApp, ScopeFile, ScopingClauseFile, ScopingFilterFile } from './appProposal';
import { takesValue } from './scopeOperators';

export type ScopeMode = ScopeFile['mode'];
export type FilterKind = 'userFilter' | 'groupFilter';
export type AssignmentKind = 'users' | 'groups';

export interface ClauseDraft {
  /** For v-for only; never sent. */
  key: number;
  attribute: string;
  operator: string;
  value: string;
}

export interface GroupDraft {
  key: number;
  title: string;
  clauses: ClauseDraft[];
}

export interface FilterDraft {
  groups: GroupDraft[];
}

export interface AssignmentDraft {
  /** Null until the server resolved it (a name typed in an app file). */
  objectId: string | null;
  /** What the app file says: userPrincipalName or group displayName (objectId when a name is ambiguous). */
  name: string;
  /** Shown beside the name (a user's displayName, a group's description) when known. */
  detail: string | null;
}

export interface ScopeDraft {
  mode: ScopeMode;
  users: AssignmentDraft[];
  groups: AssignmentDraft[];
  userFilter: FilterDraft;
  groupFilter: FilterDraft;
}

let lastKey = 0;
const key = () => ++lastKey;

export const newClause = (operator = 'EQUALS'): ClauseDraft => ({ key: key(), attribute: '', operator, value: '' });
export const newGroup = (): GroupDraft => ({ key: key(), title: '', clauses: [newClause()] });

/** A filter from its app-file form; operators in Entra's other spellings (`Greater_Than`) become the engine's. */
export function filterDraftOf(f: ScopingFilterFile): FilterDraft {
  return {
    groups: f.groups.map((g) => ({
      key: key(),
      title: g.title ?? '',
      clauses: g.clauses.map((c) => ({
        key: key(),
        attribute: c.attribute,
        operator: scopingOperator(c.operator) ?? c.operator,
        value: c.value ?? '',
      })),
    })),
  };
}

function clauseFile(c: ClauseDraft): ScopingClauseFile {
  const attribute = c.attribute.trim();
  return takesValue(c.operator)
    ? { attribute, operator: c.operator, value: c.value }
    : { attribute, operator: c.operator };
}

/** The filter as the app file takes it: a title only when one is given, a value only for operators that take one. */
export function filterFileOf(d: FilterDraft): ScopingFilterFile {
  return {
    groups: d.groups.map((g) => {
      const title = g.title.trim();
      return { ...(title ? { title } : {}), clauses: g.clauses.map(clauseFile) };
    }),
  };
}

export function scopeDraftOf(app: ProposalApp): ScopeDraft {
  const assigned = (a: { objectId: string; name: string }): AssignmentDraft => ({
    objectId: a.objectId,
    name: a.name,
    detail: null,
  });
  const filter = (f: ProposalApp['scope']['userFilter']): FilterDraft =>
    filterDraftOf({
      groups: f.groups.map((g) => ({
        ...(g.title ? { title: g.title } : {}),
        clauses: g.clauses.map((c) => ({ attribute: c.attribute, operator: c.operator, value: c.value })),
      })),
    });
  return {
    mode: app.scope.mode === 'ALL' ? 'all' : 'assigned',
    users: app.scope.users.map(assigned),
    groups: app.scope.groups.map(assigned),
    userFilter: filter(app.scope.userFilter),
    groupFilter: filter(app.scope.groupFilter),
  };
}

/** The `scope` of the app file (what planApp's proposal and scopePreview take). */
export function scopeFileOf(d: ScopeDraft): ScopeFile {
  return {
    mode: d.mode,
    assignments: { users: d.users.map((u) => u.name), groups: d.groups.map((g) => g.name) },
    userFilter: filterFileOf(d.userFilter),
    groupFilter: filterFileOf(d.groupFilter),
  };
}

export const sameScope = (a: ScopeFile, b: ScopeFile): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface ScopeProblem {
  path: string;
  code: string;
  severity: string;
  message: string;
}

/**
 * Where a problem goes on the page, from its app-file path: `userFilter.1.0.value` (a clause's
 * field), `userFilter.1` (a group), `users.3` (an assignment), else `scope` (the page's list).
 */
export function placeOf(path: string): string {
  const f =
    /^scope\.(userFilter|groupFilter)\.groups\[(\d+)\](?:\.clauses\[(-?\d+)\](?:\.(attribute|operator|value))?)?$/.exec(
      path,
    );
  if (f) {
    const [, filter, group, clause, field] = f;
    if (clause === undefined || Number(clause) < 0) return `${filter}.${group}`;
    return field ? `${filter}.${group}.${clause}.${field}` : `${filter}.${group}.${clause}.attribute`;
  }
  const a = /^scope\.assignments\.(users|groups)\[(\d+)\]$/.exec(path);
  if (a) return `${a[1]}.${a[2]}`;
  return 'scope';
}

/** Problems by place, one per place and code (the page's own check and the server's often agree). */
export function problemsByPlace(problems: readonly ScopeProblem[]): Map<string, ScopeProblem[]> {
  const out = new Map<string, ScopeProblem[]>();
  for (const p of problems) {
    const place = placeOf(p.path);
    const list = out.get(place) ?? [];
    if (!list.some((q) => q.code === p.code)) list.push(p);
    out.set(place, list);
  }
  return out;
}

/**
 * The engine's own check of the draft's filters, at once, in the browser (its regexes run on
 * JavaScript's engine: the server, on RE2, may refuse a few more, and says so in the preview).
 */
export function localProblems(d: ScopeDraft): ScopeProblem[] {
  const out: ScopeProblem[] = [];
  for (const kind of ['userFilter', 'groupFilter'] as const) {
    for (const x of compileScopingFilter(filterFileOf(d[kind])).diagnostics) {
      const at = `scope.${kind}.groups[${x.group}]`;
      out.push({
        path: x.clause < 0 ? at : `${at}.clauses[${x.clause}].${x.field}`,
        code: x.code,
        severity: x.severity,
        message: x.message,
      });
    }
  }
  return out;
}
