import type { DbKind } from './harness.js';
import { defineGraphqlLimits } from './rate-limits/graphql.js';
import { defineReplicaLimits } from './rate-limits/replicas.js';
import { defineRefusedLimits, defineScimTokenLimits } from './rate-limits/scim.js';

/** Issue 12 item 6: limits that answer 429 with Retry-After, shared by replicas through the database. */
export function defineRateLimitSuite(kind: DbKind): void {
  defineScimTokenLimits(kind);
  defineRefusedLimits(kind);
  defineGraphqlLimits(kind);
  defineReplicaLimits(kind);
}
