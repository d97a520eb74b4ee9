import pg from 'pg';

/** The channel the triggers of migration Migration20261203160000 notify on. */
export const AUTH_CHANNEL = 'scimdesk_auth';

/** How long to wait before listening again after the connection is lost. */
const RECONNECT_MS = 1000;

export interface AuthNotices {
  /**
   * A number that moves whenever a token or an admin account may have changed: on each notice,
   * on `changed()`, and whenever the listening connection is lost or comes back. Undefined while
   * not listening (before the first LISTEN has answered, or while reconnecting): then nothing may
   * be reused.
   */
  version(): number | undefined;
  /** This process changed a token or an admin: move on now, before the notice comes back. */
  changed(): void;
  close(): Promise<void>;
}

/**
 * PostgreSQL's invalidation for the token verification rows the hot path reuses: one connection of
 * its own that LISTENs on `scimdesk_auth`, which triggers on `scim_token` and `admin_account`
 * notify at every commit that changes them, whichever process or tool commits (this server, another
 * replica, the CLI, psql). Started on first use, so short-lived processes (the CLI) never open it.
 *
 * A change committed elsewhere is seen when its notice arrives: PostgreSQL sends it to the listeners
 * at commit, so a request that reaches another replica in the milliseconds before may still pass
 * with the row as it was. The process that made the change sees it at once (`changed()`).
 */
export function pgAuthNotices(url: string, onError: (err: Error) => void): AuthNotices {
  let epoch = 0;
  let listening = false;
  let started = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = undefined;
    listening = false;
    epoch += 1;
    c.end().catch(() => undefined);
    if (!closed) retry = setTimeout(listen, RECONNECT_MS).unref();
  };

  async function listen(): Promise<void> {
    retry = undefined;
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', () => {
      epoch += 1;
    });
    c.on('error', (err) => {
      onError(err);
      lost(c);
    });
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`listen ${AUTH_CHANNEL}`);
      if (client !== c) return;
      // Whatever changed while nobody listened is unknown: start from a new number.
      epoch += 1;
      listening = true;
    } catch (err) {
      onError(err as Error);
      lost(c);
    }
  }

  return {
    version() {
      if (!started) {
        started = true;
        void listen();
      }
      return listening ? epoch : undefined;
    },
    changed() {
      epoch += 1;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = undefined;
      listening = false;
      await c?.end().catch(() => undefined);
    },
  };
}
