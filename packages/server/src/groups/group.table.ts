import { groupResourceType } from '@scimdesk/scim';
import type { TableMap } from '../scim/sql/filter-sql.js';

export const groupTable: TableMap = {
  rt: groupResourceType,
  alias: 'g',
  data: 'g.data',
  columns: {
    id: { sql: 'g.id', kind: 'text' },
    displayName: { sql: 'g.display_name_lower', kind: 'lower' },
    externalId: { sql: 'g.external_id', kind: 'text' },
    'meta.created': { sql: 'g.created_at', kind: 'timestamp' },
    'meta.lastModified': { sql: 'g.updated_at', kind: 'timestamp' },
  },
  membership: {
    attr: 'members',
    exists: (cond) => `exists (select 1 from group_member m where m.group_id = g.id and ${cond})`,
    valueColumn: 'm.member_id',
    typeColumn: 'm.member_type',
  },
};
