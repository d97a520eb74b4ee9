import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AdminAccount } from '../admins/admin.entity.js';
import { newId } from '../http/ids.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { ScimUserRow } from '../users/user.entity.js';
import { ScimToken } from './token.entity.js';

const PREFIX = 'scd';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** `scd_<token id>_<secret>`: the id finds the row, the secret is compared by hash in constant time. */
export function formatToken(id: string, secret: string): string {
  return `${PREFIX}_${id}_${secret}`;
}

export function parseToken(raw: string): { id: string; secret: string } | undefined {
  const m = /^scd_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,})$/.exec(raw);
  return m ? { id: m[1], secret: m[2] } : undefined;
}

export interface CreatedToken {
  token: ScimToken;
  /** The whole secret token; shown once, never stored. */
  secret: string;
}

export type TokenRejection = 'malformed' | 'unknown' | 'wrong-tenant' | 'revoked' | 'expired' | 'owner-inactive';

export class TokenService {
  /** Last-use timestamps are written at most once a minute per token, so reads stay read-only. */
  private readonly lastUseWritten = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async create(
    em: EntityManager,
    tenant: Tenant,
    owner: AdminAccount,
    opts: { expiresInMs?: number; description?: string } = {},
  ): Promise<CreatedToken> {
    const secretPart = randomBytes(32).toString('base64url');
    const token = Object.assign(new ScimToken(), {
      id: newId(),
      tenantId: tenant.id,
      ownerId: owner.id,
      secretHash: sha256(secretPart),
      description: opts.description ?? null,
      createdAt: this.now(),
      expiresAt: opts.expiresInMs !== undefined ? new Date(this.now().getTime() + opts.expiresInMs) : null,
    });
    await em.persistAndFlush(token);
    return { token, secret: formatToken(token.id, secretPart) };
  }

  async revoke(em: EntityManager, id: string): Promise<ScimToken | null> {
    const token = await em.findOne(ScimToken, { id });
    if (!token) return null;
    token.revokedAt ??= this.now();
    await em.flush();
    return token;
  }

  list(em: EntityManager, tenantId: string): Promise<ScimToken[]> {
    return em.find(ScimToken, { tenantId }, { orderBy: { createdAt: 'desc' } });
  }

  /** Checks a bearer token for a tenant. Every failure is the same 401 to the client; the reason is logged. */
  async verify(
    em: EntityManager,
    tenant: Tenant,
    raw: string,
  ): Promise<{ ok: true; token: ScimToken } | { ok: false; reason: TokenRejection }> {
    const parsed = parseToken(raw);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const token = await em.findOne(ScimToken, { id: parsed.id }, { disableIdentityMap: true });
    if (!token) return { ok: false, reason: 'unknown' };
    const given = Buffer.from(sha256(parsed.secret), 'hex');
    const stored = Buffer.from(token.secretHash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return { ok: false, reason: 'unknown' };
    if (token.tenantId !== tenant.id) return { ok: false, reason: 'wrong-tenant' };
    const now = this.now();
    if (token.revokedAt) return { ok: false, reason: 'revoked' };
    if (token.expiresAt && token.expiresAt <= now) return { ok: false, reason: 'expired' };
    const owner = await em.findOne(AdminAccount, { id: token.ownerId }, { disableIdentityMap: true });
    if (!owner) return { ok: false, reason: 'owner-inactive' };
    if (owner.userId) {
      const user = await em.findOne(
        ScimUserRow,
        { id: owner.userId, tenantId: tenant.id },
        { fields: ['id', 'active'], disableIdentityMap: true },
      );
      if (!user?.active) return { ok: false, reason: 'owner-inactive' };
    }
    await this.touch(em, token, now);
    return { ok: true, token };
  }

  private async touch(em: EntityManager, token: ScimToken, now: Date): Promise<void> {
    const last = this.lastUseWritten.get(token.id) ?? token.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last < 60_000) return;
    this.lastUseWritten.set(token.id, now.getTime());
    await em.nativeUpdate(ScimToken, { id: token.id }, { lastUsedAt: now });
  }
}
