import type { Logger } from 'pino';
import { loadSecretBox, type SecretBox } from '../apps/secret-box.js';
import { ApiTokenService } from '../auth/api-token.service.js';
import { SessionService } from '../auth/session.service.js';
import { SignInThrottle } from '../auth/sign-in-throttle.js';
import type { Config } from '../config.js';
import type { Database } from '../db/orm.js';
import type { Sql } from '../db/sql.js';
import { SourceChanges } from '../directory/source-changes.js';
import type { EventRecorder } from '../events/event.recorder.js';
import { GroupService } from '../groups/group.service.js';
import { PublicOrigin } from '../http/origin.js';
import type { CycleRunner } from '../jobs/runner.js';
import { buildLimits, type Limits } from '../limits/limits.js';
import { Metrics } from '../metrics/metrics.js';
import { type HttpPolicy, httpPolicyFrom } from '../outbound/policy.js';
import { TenantCache } from '../tenants/tenant.cache.js';
import { TokenService } from '../tokens/token.service.js';
import { UserService } from '../users/user.service.js';
import { dialectFor } from './sql/dialect.js';

/** Everything the HTTP layer and the CLI need, built once at start and passed down (no singletons). */
export interface Services {
  config: Config;
  db: Database;
  /** The hot path's statements (SCIM, tokens, events): prepared once, see db/sql.ts. */
  sql: Sql;
  events: EventRecorder;
  users: UserService;
  groups: GroupService;
  /** Commits that changed a tenant source (the follower queues cycles of apps that follow changes). */
  sourceChanges: SourceChanges;
  tokens: TokenService;
  tenants: TenantCache;
  /** Admin API: dashboard sessions and personal API tokens. */
  sessions: SessionService;
  apiTokens: ApiTokenService;
  signInThrottle: SignInThrottle;
  /** Where handed-out URLs point (PUBLIC_URL, the listener, or a TRUST_PROXY peer's forwarded host). */
  origin: PublicOrigin;
  /** Prometheus metrics (GET /metrics): this process's registry, and the typed API the HTTP door and the engine call. */
  metrics: Metrics;
  /** Rate limits of the SCIM and GraphQL doors, shared by the replicas (limits/). */
  limits: Limits;
  /** Runs provisioning cycles (set when the runner starts: `serve`, or a CLI that waits). */
  runner?: CycleRunner;
  /** Seals external targets' tokens at rest (the key is read or generated on first use). */
  secrets: SecretBox;
  /** Retries, timeouts and concurrency of calls to external SCIM targets. */
  httpPolicy: HttpPolicy;
}

/** The secret box, opened when a token is first sealed or opened (so a server without external targets writes no key file). */
function lazySecretBox(config: Config): SecretBox {
  let box: SecretBox | undefined;
  const get = () => {
    box ??= loadSecretBox(config);
    return box;
  };
  return {
    get keyId() {
      return get().keyId;
    },
    get keySource() {
      return get().keySource;
    },
    seal: (plain) => get().seal(plain),
    open: (sealed) => get().open(sealed),
  };
}

export function buildServices(config: Config, db: Database, sql: Sql, events: EventRecorder, log: Logger): Services {
  const dialect = dialectFor(db.kind);
  const sourceChanges = new SourceChanges();
  return {
    config,
    db,
    sql,
    events,
    users: new UserService(sql, dialect, undefined, undefined, sourceChanges),
    groups: new GroupService(sql, dialect, undefined, undefined, sourceChanges),
    sourceChanges,
    tokens: new TokenService(sql),
    tenants: new TenantCache(sql),
    sessions: new SessionService(config.SESSION_TTL_HOURS * 3_600_000),
    apiTokens: new ApiTokenService(),
    signInThrottle: new SignInThrottle(sql, {
      maxFailures: config.SIGNIN_MAX_FAILURES,
      maxFailuresPerAddress: config.SIGNIN_MAX_FAILURES * 10,
      lockMs: config.SIGNIN_LOCK_MINUTES * 60_000,
    }),
    origin: new PublicOrigin(config),
    metrics: new Metrics({ events, orm: db.orm, database: db.kind }),
    limits: buildLimits(config, sql, log),
    secrets: lazySecretBox(config),
    httpPolicy: httpPolicyFrom(config),
  };
}
