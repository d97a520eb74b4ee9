import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { GqlContext } from '../graphql/context.js';
import { ApiError } from '../graphql/errors.js';
import type { LimitCheck, RateLimiter } from './rate-limiter.js';

type Limits = Pick<
  Config,
  'GRAPHQL_RATE_LIMIT_PER_SESSION' | 'GRAPHQL_RATE_LIMIT_PER_API_TOKEN' | 'GRAPHQL_RATE_LIMIT_PER_ADDRESS'
>;

/**
 * The admin API's limits, checked once per HTTP request (a batch counts once) when Apollo builds
 * the context: per session, per API token, and per address for anonymous callers (signIn, a bad
 * token or an expired cookie). The caller is resolved here; a bad token's UNAUTHENTICATED still
 * surfaces where a resolver asks for the caller.
 */
export class GraphqlLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: Limits,
  ) {}

  async enforce(ctx: GqlContext): Promise<void> {
    const p = await ctx.principal().catch(() => null);
    const check: LimitCheck =
      p?.kind === 'session' && p.sessionSecret
        ? { key: `gql:session:${sessionKey(p.sessionSecret)}`, limit: this.config.GRAPHQL_RATE_LIMIT_PER_SESSION }
        : p?.kind === 'apiToken' && p.apiTokenId
          ? { key: `gql:token:${p.apiTokenId}`, limit: this.config.GRAPHQL_RATE_LIMIT_PER_API_TOKEN }
          : { key: `gql:anon:${ctx.req.ip}`, limit: this.config.GRAPHQL_RATE_LIMIT_PER_ADDRESS };
    const wait = this.limiter.take([check]);
    if (!wait) return;
    throw new ApiError('TOO_MANY_REQUESTS', `Too many requests: try again in ${wait} s`, {
      retryAfterSeconds: wait,
      http: { status: 429, headers: new Map([['retry-after', String(wait)]]) },
    });
  }
}

/** Sessions are keyed by a hash of their secret, never the secret itself. */
const sessionKey = (secret: string) => createHash('sha256').update(secret).digest('base64url').slice(0, 32);
