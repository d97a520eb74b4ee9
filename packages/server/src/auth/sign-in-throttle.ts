import { createHash } from 'node:crypto';
import type { Sql } from '../db/sql.js';

/**
 * Slows password guessing: at most `maxFailures` attempts for one userName from one address
 * within `lockMs` (the lock lasts `lockMs` from the attempt that reached the limit), and an
 * address is also capped across all userNames (a spray).
 *
 * An attempt is reserved before the (slow) password check and only given back when the password
 * was right, so concurrent guesses cannot all pass the check before the first failure is counted:
 * 100 concurrent wrong passwords cost at most `maxFailures` verifications. The counters live in
 * `rate_limit_window` (window_start 0, their end in expires_at) and each reservation is one atomic
 * upsert, so every replica sees the same counts (sign-ins are rare: a round trip each is fine).
 */
export interface ThrottleOptions {
  maxFailures: number;
  lockMs: number;
  /** Attempts from one address over all userNames before it is locked too. */
  maxFailuresPerAddress: number;
  now?: () => number;
}

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

const hash = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 32);

export class SignInThrottle {
  private readonly now: () => number;

  constructor(
    private readonly sql: Sql,
    private readonly opts: ThrottleOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  private keys(userName: string, address: string) {
    return {
      user: `signin:u:${hash(userName.trim().toLowerCase())}:${address}`,
      address: `signin:a:${address}`,
    };
  }

  /** Counts one attempt (as a failure until `succeeded`); refuses it when a limit is already reached. */
  async reserve(userName: string, address: string): Promise<Reservation> {
    const k = this.keys(userName, address);
    // The address is counted only for attempts its userName allows, so hammering one locked
    // userName does not also lock the address for everyone behind it.
    for (const [key, max] of [
      [k.user, this.opts.maxFailures],
      [k.address, this.opts.maxFailuresPerAddress],
    ] as const) {
      const r = await this.bump(key, max);
      if (r.hits > max) return { ok: false, retryAfterMs: Math.max(1000, r.expiresAt - this.now()) };
    }
    return { ok: true };
  }

  /** The password was right: the userName's failures are forgotten and the address gets its attempt back. */
  async succeeded(userName: string, address: string): Promise<void> {
    const k = this.keys(userName, address);
    await this.sql.transaction(async (tx) => {
      await tx.run('delete from rate_limit_window where "key" = ? and window_start = 0', [k.user]);
      await tx.run('update rate_limit_window set hits = hits - 1 where "key" = ? and window_start = 0 and hits > 0', [
        k.address,
      ]);
    });
  }

  /**
   * One atomic upsert: a window that is over starts again at 1; the attempt that reaches `max`
   * starts the lock (`lockMs` from now); later attempts do not extend it.
   */
  private async bump(key: string, max: number): Promise<{ hits: number; expiresAt: number }> {
    const now = this.now();
    const end = now + this.opts.lockMs;
    const rows = await this.sql.transaction((tx) =>
      tx.all<{ hits: number | string; expires_at: number | string }>(
        `insert into rate_limit_window ("key", window_start, hits, expires_at) values (?, 0, 1, ?)
         on conflict ("key", window_start) do update set
           hits = case when rate_limit_window.expires_at <= ? then 1 else rate_limit_window.hits + 1 end,
           expires_at = case
             when rate_limit_window.expires_at <= ? then excluded.expires_at
             when rate_limit_window.hits + 1 = ? then excluded.expires_at
             else rate_limit_window.expires_at end
         returning hits, expires_at`,
        [key, end, now, now, max],
      ),
    );
    return { hits: Number(rows[0]?.hits ?? 1), expiresAt: Number(rows[0]?.expires_at ?? end) };
  }
}
