import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { AdminAccount } from '../admins/admin.entity.js';
import type { Sql } from '../db/sql.js';
import { newId } from '../http/ids.js';
import type { Tenant } from '../tenants/tenant.entity.js';
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

/** Raw row of the verification query; timestamps are numbers on SQLite and Dates on PostgreSQL. */
interface VerifyRow {
  id: string;
  tenant_id: string;
  secret_hash: string;
  revoked_at: Date | number | null;
  expires_at: Date | number | null;
  last_used_at: Date | number | null;
  owner_id: string | null;
  owner_user_id: string | null;
  user_found: string | null;
  user_active: boolean | number | null;
}

export type TokenRejection = 'malformed' | 'unknown' | 'wrong-tenant' | 'revoked' | 'expired' | 'owner-inactive';

export class TokenService {
  /** Last-use timestamps are written at most once a minute per token, so reads stay read-only. */
  private readonly lastUseWritten = new Map<string, number>();
  /**
   * Verification rows, reused while what they were read from cannot have changed. A row whose
   * owner is tied to no user depends on tokens and admins only, so it stays valid while
   * `authVersion` stays the same: on SQLite until another connection (MikroORM's, the CLI's)
   * commits, on PostgreSQL until a trigger's notice (or this process's own change) arrives. Under
   * a stream of SCIM requests the three-table lookup is then not repeated: one round trip fewer
   * per request on PostgreSQL. A row whose owner is tied to a SCIM user (egnyte) also depends on
   * that user, which SCIM writes change: on SQLite it is valid until any commit (`dataVersion`);
   * on PostgreSQL, which has no such counter, it is read every time.
   */
  private readonly rows = new Map<string, { row: VerifyRow; foreign: number; any?: number }>();
  /** Secrets that matched a verification row, by row: gone with the row when it is read again. */
  private readonly matched = new WeakMap<VerifyRow, Buffer>();

  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    tenant: Tenant,
    raw: string,
  ): Promise<{ ok: true; token: { id: string } } | { ok: false; reason: TokenRejection }> {
    const parsed = parseToken(raw);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const row = await this.verifyRow(parsed.id);
    if (!row) return { ok: false, reason: 'unknown' };
    if (!this.secretMatches(row, parsed.secret)) return { ok: false, reason: 'unknown' };
    if (row.tenant_id !== tenant.id) return { ok: false, reason: 'wrong-tenant' };
    const now = this.now();
    if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
    if (row.expires_at !== null && new Date(row.expires_at) <= now) return { ok: false, reason: 'expired' };
    if (!row.owner_id) return { ok: false, reason: 'owner-inactive' };
    if (row.owner_user_id && (!row.user_found || !row.user_active)) return { ok: false, reason: 'owner-inactive' };
    const token = { id: row.id, lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at) };
    await this.touch(token, now);
    return { ok: true, token };
  }

  /**
   * The secret against the row's SHA-256, in constant time. A secret that matched a reused row
   * once is compared with itself (constant time too) on the next requests: the hash and its hex
   * decoding were 1% of a request's CPU.
   */
  private secretMatches(row: VerifyRow, secret: string): boolean {
    const given = Buffer.from(secret);
    const known = this.matched.get(row);
    if (known) return known.length === given.length && timingSafeEqual(known, given);
    const hash = Buffer.from(sha256(secret), 'hex');
    const stored = Buffer.from(row.secret_hash, 'hex');
    if (hash.length !== stored.length || !timingSafeEqual(hash, stored)) return false;
    this.matched.set(row, given);
    return true;
  }

  private async verifyRow(id: string): Promise<VerifyRow | undefined> {
    // Both read before the query, so a commit while it is awaited can only make the row look older.
    const foreign = this.sql.authVersion?.();
    const any = this.sql.dataVersion?.();
    const hit = this.rows.get(id);
    if (hit && foreign !== undefined && hit.foreign === foreign && (hit.any === undefined || hit.any === any))
      return hit.row;
    // One round trip: the token, its owner and the owner's tied user (the hot path of every SCIM request).
    const row = await this.sql.get<VerifyRow>(
      `select t.id, t.tenant_id, t.secret_hash, t.revoked_at, t.expires_at, t.last_used_at,
              a.id as owner_id, a.user_id as owner_user_id, u.id as user_found, u.active as user_active
       from scim_token t
       left join admin_account a on a.id = t.owner_id
       left join scim_user u on u.id = a.user_id and u.tenant_id = t.tenant_id
       where t.id = ?`,
      [id],
    );
    if (row && foreign !== undefined && (!row.owner_user_id || any !== undefined)) {
      if (this.rows.size >= 10_000) this.rows.clear();
      this.rows.set(id, { row, foreign, any: row.owner_user_id ? any : undefined });
    } else this.rows.delete(id);
    return row;
  }

  private async touch(token: { id: string; lastUsedAt: Date | null }, now: Date): Promise<void> {
    const last = this.lastUseWritten.get(token.id) ?? token.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last < 60_000) return;
    this.lastUseWritten.set(token.id, now.getTime());
    await this.sql.run('update scim_token set last_used_at = ? where id = ?', [now, token.id]);
  }
}
