import type { LocationQuery } from 'vue-router';
import type { DirectoryOrder } from '../graphql/generated';

/**
 * A directory's users or groups list as kept in the address: search, filters, order and the page
 * (its cursor and number), so a filtered page can be linked, reloaded and come back to with Back.
 */
export interface DirectoryListState {
  search: string;
  /** live (not soft-deleted, the default), deleted (the recycle bin) or all. */
  status: DirectoryStatus;
  /** Users only: accountEnabled yes / no / any. */
  enabled: '' | 'yes' | 'no';
  sort: DirectoryOrder;
  dir: 'ASC' | 'DESC';
  /** The cursor the page starts after ('' on the first page). */
  after: string;
  page: number;
}
export type DirectoryStatus = 'live' | 'deleted' | 'all';

export const DEFAULT_LIST: DirectoryListState = {
  search: '',
  status: 'live',
  enabled: '',
  sort: 'NAME',
  dir: 'ASC',
  after: '',
  page: 1,
};

const KEYS: Record<keyof DirectoryListState, string> = {
  search: 'q',
  status: 'status',
  enabled: 'enabled',
  sort: 'sort',
  dir: 'dir',
  after: 'after',
  page: 'page',
};

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export function listFromQuery(q: LocationQuery): DirectoryListState {
  const status = one(q[KEYS.status]);
  const enabled = one(q[KEYS.enabled]);
  const after = one(q[KEYS.after]);
  const page = Number.parseInt(one(q[KEYS.page]), 10);
  return {
    search: one(q[KEYS.search]),
    status: status === 'deleted' || status === 'all' ? status : 'live',
    enabled: enabled === 'yes' || enabled === 'no' ? enabled : '',
    sort: one(q[KEYS.sort]) === 'CHANGED' ? 'CHANGED' : 'NAME',
    dir: one(q[KEYS.dir]) === 'DESC' ? 'DESC' : 'ASC',
    after,
    // A page number without its cursor is page 1 (the cursor is what the server pages by).
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the defaults, so the plain list has a plain address. */
export function queryFromList(s: DirectoryListState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(KEYS) as (keyof DirectoryListState)[])
    if (s[k] !== DEFAULT_LIST[k] && s[k] !== '') out[KEYS[k]] = String(s[k]);
  if (!s.after) delete out[KEYS.page];
  return out;
}

/** A change of search, filter or order starts again at page 1 (a cursor belongs to one order). */
export const withFilters = (s: DirectoryListState, patch: Partial<DirectoryListState>): DirectoryListState => ({
  ...s,
  ...patch,
  after: '',
  page: 1,
});

export const atPage = (s: DirectoryListState, after: string, page: number): DirectoryListState => ({
  ...s,
  after: page > 1 ? after : '',
  page: Math.max(page, 1),
});

/** Whether the list is narrowed (an empty page then says "no match", not "no users yet"). */
export const isFiltered = (s: DirectoryListState) => !!s.search.trim() || s.status !== 'live' || !!s.enabled;

/** The GraphQL arguments of `Directory.users` / `Directory.groups` for this state. */
export function listVariables(s: DirectoryListState, withEnabled: boolean) {
  return {
    after: s.after || null,
    search: s.search.trim() || null,
    includeDeleted: s.status === 'all' ? true : null,
    onlyDeleted: s.status === 'deleted' ? true : null,
    ...(withEnabled ? { accountEnabled: s.enabled === '' ? null : s.enabled === 'yes' } : {}),
    orderBy: s.sort,
    descending: s.dir === 'DESC',
  };
}

/**
 * The cursors of the pages seen, per list (directory + filters + order), kept for this tab: the
 * API pages forward only, so "Previous" goes back to a cursor seen before; a page opened from a
 * link, whose previous cursor was never seen, goes back to the first page.
 */
const trails = new Map<string, Map<number, string>>();
const trailKey = (scope: string, s: DirectoryListState) =>
  JSON.stringify([scope, s.search.trim(), s.status, s.enabled, s.sort, s.dir]);

export function rememberPage(scope: string, s: DirectoryListState): void {
  const key = trailKey(scope, s);
  const trail = trails.get(key) ?? new Map<number, string>();
  trail.set(s.page, s.after);
  trails.set(key, trail);
}

export function previousPage(scope: string, s: DirectoryListState): DirectoryListState {
  const cursor = s.page > 2 ? trails.get(trailKey(scope, s))?.get(s.page - 1) : undefined;
  return cursor ? atPage(s, cursor, s.page - 1) : atPage(s, '', 1);
}

/** For tests: forget every trail. */
export const forgetTrails = () => trails.clear();
