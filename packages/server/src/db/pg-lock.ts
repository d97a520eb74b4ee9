import pg from 'pg';

/** Keys of the PostgreSQL advisory locks scimdesk takes (any constants, one per purpose). */
export const LOCK_KEYS = { migrations: 7_316_402_911, runnerSetup: 7_316_402_912 } as const;

/**
 * Runs `fn` while holding a session advisory lock on a connection of its own, so that replicas
 * started together take turns at one-time setup (migrations, pg-boss queues) instead of racing
 * into 42P07 "already exists" or 40P01 deadlocks. Ending the session releases the lock even if
 * this process dies mid-way.
 */
export async function withAdvisoryLock<T>(url: string, key: number, fn: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: url, application_name: 'scimdesk-setup-lock' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [key]);
    return await fn();
  } finally {
    await lock.end().catch(() => undefined);
  }
}
