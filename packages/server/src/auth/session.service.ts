import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AdminAccount } from '../admins/admin.entity.js';
import { verifyPassword } from '../admins/password.js';
import { randomSecret, sha256hex } from './secrets.js';
import { AdminSession } from './session.entity.js';

/** A hash of a real scrypt password, so a sign-in for an unknown userName costs the same time as a wrong password. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$LXItd9mcru583Tx-KQk9JVfN268kUDBAHryAaAG0e48';

export interface NewSession {
  /** The cookie value (shown to the browser once, stored only hashed). */
  secret: string;
  session: AdminSession;
}

/**
 * The CSRF token of a session: derived from the session secret, so it needs no storage and
 * cannot be guessed or planted by another site (a signed double-submit token).
 */
export const csrfTokenOf = (secret: string) =>
  createHash('sha256').update(`scimdesk-csrf\0${secret}`).digest('base64url');

export class SessionService {
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Every admin account with this userName (any letter case, any tenant) whose password
   * verifies joins one session; null when none does.
   */
  async signIn(em: EntityManager, userName: string, password: string): Promise<NewSession | null> {
    const accounts = await em.find(
      AdminAccount,
      { userNameLower: userName.trim().toLowerCase() },
      { disableIdentityMap: true },
    );
    const matched: AdminAccount[] = [];
    for (const a of accounts) if (a.passwordHash && (await verifyPassword(password, a.passwordHash))) matched.push(a);
    if (!accounts.length) await verifyPassword(password, DUMMY_HASH);
    if (!matched.length) return null;
    const now = this.now();
    await em.nativeDelete(AdminSession, { expiresAt: { $lt: now } });
    const secret = randomSecret();
    const session = Object.assign(new AdminSession(), {
      idHash: sha256hex(secret),
      userName: matched[0].userName,
      adminIds: matched.map((a) => a.id),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
    });
    await em.insert(AdminSession, session);
    return { secret, session };
  }

  async find(em: EntityManager, secret: string): Promise<AdminSession | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
    const session = await em.findOne(AdminSession, { idHash: sha256hex(secret) }, { disableIdentityMap: true });
    return session && session.expiresAt > this.now() ? session : null;
  }

  async signOut(em: EntityManager, secret: string): Promise<void> {
    await em.nativeDelete(AdminSession, { idHash: sha256hex(secret) });
  }
}
