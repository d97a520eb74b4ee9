import type { EntityManager } from '@mikro-orm/core';
import type { AdminAccount } from '../admins/admin.entity.js';
import { newId } from '../http/ids.js';
import { ApiToken } from './api-token.entity.js';
import { randomSecret, sameHash, sha256hex } from './secrets.js';

/** `sdp_<id>_<secret>` ("scimdesk personal"); SCIM tokens are `scd_...`, so one never passes for the other. */
export const formatApiToken = (id: string, secret: string) => `sdp_${id}_${secret}`;

export function parseApiToken(raw: string): { id: string; secret: string } | undefined {
  const m = /^sdp_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,})$/.exec(raw);
  return m ? { id: m[1], secret: m[2] } : undefined;
}

export type ApiTokenRejection = 'malformed' | 'unknown' | 'revoked' | 'expired';

export class ApiTokenService {
  /** Last-use timestamps are written at most once a minute per token. */
  private readonly lastUseWritten = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async create(
    em: EntityManager,
    admin: AdminAccount,
    opts: { expiresInMs?: number; description?: string | null; createdBy: string },
  ): Promise<{ token: ApiToken; secret: string }> {
    const secretPart = randomSecret();
    const now = this.now();
    const token = Object.assign(new ApiToken(), {
      id: newId(),
      tenantId: admin.tenantId,
      adminId: admin.id,
      secretHash: sha256hex(secretPart),
      description: opts.description ?? null,
      createdBy: opts.createdBy,
      createdAt: now,
      expiresAt: opts.expiresInMs !== undefined ? new Date(now.getTime() + opts.expiresInMs) : null,
    });
    await em.insert(ApiToken, token);
    return { token, secret: formatApiToken(token.id, secretPart) };
  }

  /** Revokes a token of `tenantId` (null when there is none with this id in that tenant). */
  async revoke(em: EntityManager, id: string, tenantId?: string): Promise<ApiToken | null> {
    const token = await em.findOne(ApiToken, tenantId ? { id, tenantId } : { id });
    if (!token) return null;
    token.revokedAt ??= this.now();
    await em.flush();
    return token;
  }

  async verify(
    em: EntityManager,
    raw: string,
  ): Promise<{ ok: true; token: ApiToken } | { ok: false; reason: ApiTokenRejection }> {
    const parsed = parseApiToken(raw);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const token = await em.findOne(ApiToken, { id: parsed.id }, { disableIdentityMap: true });
    if (!token || !sameHash(sha256hex(parsed.secret), token.secretHash)) return { ok: false, reason: 'unknown' };
    const now = this.now();
    if (token.revokedAt) return { ok: false, reason: 'revoked' };
    if (token.expiresAt && token.expiresAt <= now) return { ok: false, reason: 'expired' };
    const last = this.lastUseWritten.get(token.id) ?? token.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last >= 60_000) {
      this.lastUseWritten.set(token.id, now.getTime());
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
      token.lastUsedAt = now;
    }
    return { ok: true, token };
  }
}
