import { usernameKey, userResourceType } from '@scimdesk/scim';
import type { TableMap } from '../scim/sql/filter-sql.js';

/** Where User attributes live in SQL: indexed columns first, the rest in `u.data`. */
export const userTable: TableMap = {
  rt: userResourceType,
  alias: 'u',
  data: 'u.data',
  columns: {
    id: { sql: 'u.id', kind: 'text' },
    userName: { sql: 'u.user_name_lower', kind: 'lower', key: usernameKey, unique: true },
    externalId: { sql: 'u.external_id', kind: 'text' },
    active: { sql: 'u.active', kind: 'bool' },
    'meta.created': { sql: 'u.created_at', kind: 'timestamp' },
    'meta.lastModified': { sql: 'u.updated_at', kind: 'timestamp' },
  },
  membership: {
    attr: 'groups',
    exists: (cond) => `exists (select 1 from group_member m where m.member_id = u.id and ${cond})`,
    valueColumn: 'm.group_id',
  },
};
