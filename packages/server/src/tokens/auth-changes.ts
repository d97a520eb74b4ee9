import type { EventSubscriber, MikroORM } from '@mikro-orm/core';
import { AdminAccount } from '../admins/admin.entity.js';
import type { Sql } from '../db/sql.js';
import { ScimToken } from './token.entity.js';

/**
 * Tells the hot path (`Sql.authChanged`) when this process writes a token or an admin account
 * through MikroORM, so its reused verification rows (tokens/token.service.ts) are dropped at once
 * instead of when PostgreSQL's notice comes back: a revoke, then a request, answers 401 on the
 * same replica without a window. Told after each written row and again after the flush and the
 * transaction commit, so a verification that read the row between the write and the commit
 * cannot keep it either.
 */
export function tellAuthChanges(orm: MikroORM, sql: Sql): void {
  const changed = sql.authChanged;
  if (!changed) return;
  let pending = false;
  const wrote = () => {
    pending = true;
    changed();
  };
  const subscriber: EventSubscriber<ScimToken | AdminAccount> = {
    getSubscribedEntities: () => [ScimToken, AdminAccount],
    afterCreate: wrote,
    afterUpdate: wrote,
    afterDelete: wrote,
    // A flush inside `em.transactional` ends before its commit: only the commit settles it.
    afterFlush: () => {
      if (pending) changed();
    },
    afterTransactionCommit: () => {
      if (!pending) return;
      pending = false;
      changed();
    },
    afterTransactionRollback: () => {
      pending = false;
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
}
