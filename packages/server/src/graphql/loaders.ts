import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { AdminAccount } from '../admins/admin.entity.js';
import type { Services } from '../scim/services.js';
import type { GroupRef } from '../users/user.mapper.js';

/** Per-request batch loaders: a page of N users with their groups is one statement for the groups, not N. */
export interface Loaders {
  groupsOfUser: DataLoader<string, GroupRef[]>;
  admin: DataLoader<string, AdminAccount | null>;
  /** User members per group: one grouped count for a whole page of groups. */
  userMemberCount: DataLoader<string, number>;
}

export function newLoaders(services: Services, em: EntityManager): Loaders {
  return {
    groupsOfUser: new DataLoader(async (ids: readonly string[]) => {
      const map = await services.users.groupsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    admin: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(AdminAccount, { id: { $in: [...ids] } }, { disableIdentityMap: true });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    userMemberCount: new DataLoader(async (ids: readonly string[]) => {
      const marks = ids.map(() => '?').join(', ');
      const rows: { group_id: string; n: number | string }[] = await em
        .getConnection()
        .execute(
          `select group_id, count(*) as n from group_member where member_type = 'User' and group_id in (${marks}) group by group_id`,
          [...ids],
        );
      const byId = new Map(rows.map((r) => [r.group_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}
