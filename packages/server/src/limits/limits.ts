import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Sql } from '../db/sql.js';
import { CounterStore } from './counter-store.js';
import { GraphqlLimits } from './graphql-limits.js';
import { RateLimiter } from './rate-limiter.js';
import { ScimLimits } from './scim-limits.js';

/** The rate limits of both doors over one replica-shared limiter. */
export interface Limits {
  limiter: RateLimiter;
  scim: ScimLimits;
  graphql: GraphqlLimits;
  /** Flushes the last counts (at shutdown, before the database closes). */
  close(): Promise<void>;
}

export function buildLimits(config: Config, sql: Sql, log: Pick<Logger, 'error'>): Limits {
  const limiter = new RateLimiter(new CounterStore(sql), log, {
    windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    syncMs: config.RATE_LIMIT_SYNC_MS,
  });
  return {
    limiter,
    scim: new ScimLimits(limiter, config),
    graphql: new GraphqlLimits(limiter, config),
    close: () => limiter.close(),
  };
}
