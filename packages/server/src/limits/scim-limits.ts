import { ScimError } from '@scimdesk/scim';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * The SCIM door's limits: per token and per tenant for authenticated requests, per client
 * address for refused ones (a wrong, missing or revoked token, an unknown tenant). Refused
 * requests are counted per tenant, day and reason instead of being written to the event log.
 */
export class ScimLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: Pick<
      Config,
      'SCIM_RATE_LIMIT_PER_TOKEN' | 'SCIM_RATE_LIMIT_PER_TENANT' | 'SCIM_RATE_LIMIT_REFUSED_PER_ADDRESS'
    >,
  ) {}

  private address(req: FastifyRequest) {
    return { key: `scim:refused:${req.ip}`, limit: this.config.SCIM_RATE_LIMIT_REFUSED_PER_ADDRESS };
  }

  /** Before the token is checked: an address that keeps sending refused requests gets 429 without costing a lookup. */
  beforeAuth(req: FastifyRequest, reply: FastifyReply): void {
    tooMany(reply, this.limiter.over([this.address(req)]), 'Too many refused requests from this address');
  }

  /** A refusal: counted against the address and, when the tenant is known, in its report. */
  refused(req: FastifyRequest, tenantId: string | null, reason: string): void {
    this.limiter.add(this.address(req).key);
    if (tenantId) this.limiter.countRefused(tenantId, reason);
  }

  /** After authentication: one hit on the token and on the tenant, or 429 when either is spent. */
  authenticated(reply: FastifyReply, tenantId: string, tokenId: string): void {
    const wait = this.limiter.take([
      { key: `scim:token:${tokenId}`, limit: this.config.SCIM_RATE_LIMIT_PER_TOKEN },
      { key: `scim:tenant:${tenantId}`, limit: this.config.SCIM_RATE_LIMIT_PER_TENANT },
    ]);
    tooMany(reply, wait, 'Too many requests for this token or tenant');
  }
}

/** 429 with Retry-After and a SCIM error body (RFC 7644 §3.12 has no scimType for it). */
function tooMany(reply: FastifyReply, waitSeconds: number, what: string): void {
  if (!waitSeconds) return;
  reply.header('Retry-After', String(waitSeconds));
  throw new ScimError(429, undefined, `${what}: retry in ${waitSeconds} s`);
}
