import type { LocationQuery } from 'vue-router';
import type { SortDirection, UserFilter, UserSort, UserSortField } from '../graphql/generated';

/** The users list's search, filters and order, as kept in the address (so a filtered list can be linked). */
export interface UserListState {
  search: string;
  active: Tri;
  userType: string;
  authType: string;
  serviceAccount: Tri;
  twoFactor: Tri;
  sort: UserSortField;
  dir: SortDirection;
}
export type Tri = '' | 'yes' | 'no';

export const SORT_FIELDS: { value: UserSortField; label: string }[] = [
  { value: 'USER_NAME', label: 'User name' },
  { value: 'DISPLAY_NAME', label: 'Display name' },
  { value: 'CREATED', label: 'Created' },
  { value: 'UPDATED', label: 'Updated' },
];

export const DEFAULT_STATE: UserListState = {
  search: '',
  active: '',
  userType: '',
  authType: '',
  serviceAccount: '',
  twoFactor: '',
  sort: 'USER_NAME',
  dir: 'ASC',
};

const KEYS: Record<keyof UserListState, string> = {
  search: 'q',
  active: 'active',
  userType: 'type',
  authType: 'auth',
  serviceAccount: 'sa',
  twoFactor: '2fa',
  sort: 'sort',
  dir: 'dir',
};

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const tri = (v: string): Tri => (v === 'yes' || v === 'no' ? v : '');

export function stateFromQuery(q: LocationQuery): UserListState {
  const sort = one(q[KEYS.sort]) as UserSortField;
  return {
    search: one(q[KEYS.search]),
    active: tri(one(q[KEYS.active])),
    userType: one(q[KEYS.userType]),
    authType: one(q[KEYS.authType]),
    serviceAccount: tri(one(q[KEYS.serviceAccount])),
    twoFactor: tri(one(q[KEYS.twoFactor])),
    sort: SORT_FIELDS.some((f) => f.value === sort) ? sort : 'USER_NAME',
    dir: one(q[KEYS.dir]) === 'DESC' ? 'DESC' : 'ASC',
  };
}

/** Only what differs from the defaults, so a plain list has a plain address. */
export function queryFromState(s: UserListState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(KEYS) as (keyof UserListState)[])
    if (s[k] !== DEFAULT_STATE[k] && s[k] !== '') out[KEYS[k]] = String(s[k]);
  return out;
}

const bool = (t: Tri) => (t === '' ? undefined : t === 'yes');

export function toFilter(s: UserListState): UserFilter {
  const f: UserFilter = {};
  if (s.search.trim()) f.search = s.search.trim();
  if (s.active) f.active = bool(s.active);
  if (s.userType) f.userType = s.userType;
  if (s.authType) f.authType = s.authType;
  if (s.serviceAccount) f.isServiceAccount = bool(s.serviceAccount);
  if (s.twoFactor) f.twoFactorEnabled = bool(s.twoFactor);
  return f;
}

export const toSort = (s: UserListState): UserSort => ({ field: s.sort, direction: s.dir });
