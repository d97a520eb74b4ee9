import type { Logger } from 'pino';
import { ApiTokenService } from '../auth/api-token.service.js';
import { SessionService } from '../auth/session.service.js';
import { SignInThrottle } from '../auth/sign-in-throttle.js';
import type { Config } from '../config.js';
import type { Database } from '../db/orm.js';
import type { EventRecorder } from '../events/event.recorder.js';
import { GroupService } from '../groups/group.service.js';
import { buildLimits, type Limits } from '../limits/limits.js';
import { TenantCache } from '../tenants/tenant.cache.js';
import { TokenService } from '../tokens/token.service.js';
import { UserService } from '../users/user.service.js';
import { dialectFor } from './sql/dialect.js';

/** Everything the HTTP layer and the CLI need, built once at start and passed down (no singletons). */
export interface Services {
  config: Config;
  db: Database;
  events: EventRecorder;
  users: UserService;
  groups: GroupService;
  tokens: TokenService;
  tenants: TenantCache;
  /** Admin API: dashboard sessions and personal API tokens. */
  sessions: SessionService;
  apiTokens: ApiTokenService;
  signInThrottle: SignInThrottle;
  /** Rate limits of the SCIM and GraphQL doors, shared by the replicas (limits/). */
  limits: Limits;
}

export function buildServices(config: Config, db: Database, events: EventRecorder, log: Logger): Services {
  const dialect = dialectFor(db.kind);
  return {
    config,
    db,
    events,
    users: new UserService(dialect),
    groups: new GroupService(dialect),
    tokens: new TokenService(),
    tenants: new TenantCache(),
    sessions: new SessionService(config.SESSION_TTL_HOURS * 3_600_000),
    apiTokens: new ApiTokenService(),
    signInThrottle: new SignInThrottle(db.orm, {
      maxFailures: config.SIGNIN_MAX_FAILURES,
      maxFailuresPerAddress: config.SIGNIN_MAX_FAILURES * 10,
      lockMs: config.SIGNIN_LOCK_MINUTES * 60_000,
    }),
    limits: buildLimits(config, db, log),
  };
}
