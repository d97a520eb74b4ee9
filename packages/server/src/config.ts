import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';
import { z } from 'zod';

/** The one place that reads process.env (STYLE: env parsed once). Every variable is in .env.example. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/scimdesk.db')
    .refine((v) => /^(sqlite:|postgres(ql)?:\/\/)/.test(v), 'must start with sqlite:, postgres:// or postgresql://'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Public base URL used in meta.location and the printed tenant URLs; defaults to http://HOST:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Which peers are reverse proxies whose Host / X-Forwarded-Host / X-Forwarded-Proto / X-Forwarded-For are believed:
   * unset or `false` (none), `true` (every peer), or a comma-separated list of addresses, CIDRs and
   * `loopback` / `linklocal` / `uniquelocal`. Without it, URLs come from PUBLIC_URL or HOST and the bound port.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): true | string[] | undefined => {
      const t = v?.trim();
      if (!t || t.toLowerCase() === 'false') return undefined;
      if (t.toLowerCase() === 'true') return true;
      return t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    })
    .refine(
      (v) => !Array.isArray(v) || compiles(v),
      'must be true, false, or addresses/CIDRs (loopback, linklocal, uniquelocal)',
    ),
  SCIM_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
  SCIM_BULK_MAX_OPERATIONS: z.coerce.number().int().min(1).max(10000).default(1000),
  SCIM_BULK_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** What one request may carry: operations per PATCH, and values per attribute in a body or PATCH operation. */
  SCIM_PATCH_MAX_OPERATIONS: z.coerce.number().int().min(1).default(1000),
  SCIM_MAX_MULTI_VALUES: z.coerce.number().int().min(1).default(1000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** The dashboard's built files; defaults to packages/web/dist of this checkout. */
  WEB_DIST: z.string().optional(),
  /** People in the demo source directory `acme` (the demo apps provision them into the demo tenants). */
  DEMO_DIRECTORY_USERS: z.coerce.number().int().min(10).max(100_000).default(1000),
  /** Admin API (GraphQL at /graphql): how long a dashboard session lasts, and the query limits. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  /** Sign-in throttling: wrong passwords per userName and address before a lock, and its length. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  /** Longest an expression or mapping preview may evaluate before it is stopped (regex backtracking). */
  PREVIEW_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(50_000),
  /** Most aliased fields in one GraphQL operation (each alias repeats a field's work and answer). */
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(100),
  /** Largest GraphQL answer in bytes of JSON; a larger one is refused with RESPONSE_TOO_LARGE. */
  GRAPHQL_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is open (keep it internal). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Rate limits (limits/): requests per RATE_LIMIT_WINDOW_SECONDS, counted by every replica and
   * shared through the database every RATE_LIMIT_SYNC_MS. 0 disables that limit.
   */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  RATE_LIMIT_SYNC_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  SCIM_RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(0).default(6000),
  SCIM_RATE_LIMIT_PER_TENANT: z.coerce.number().int().min(0).default(12_000),
  /** Refused SCIM requests (no valid token, unknown tenant) from one address. */
  SCIM_RATE_LIMIT_REFUSED_PER_ADDRESS: z.coerce.number().int().min(0).default(300),
  GRAPHQL_RATE_LIMIT_PER_SESSION: z.coerce.number().int().min(0).default(1200),
  GRAPHQL_RATE_LIMIT_PER_API_TOKEN: z.coerce.number().int().min(0).default(1200),
  /** Anonymous GraphQL requests (signIn, a bad token or cookie) from one address. */
  GRAPHQL_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).default(300),
  /** The provisioning engine (cycles): see the README's "Provisioning engine". */
  ENGINE_RUNNER: z.enum(['on', 'off']).default('on'),
  ENGINE_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(250),
  ENGINE_LOCAL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  ENGINE_SLICE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  ENGINE_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(300),
  ENGINE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Follow changes: how long a source change waits for more before its cycle is queued. */
  ENGINE_FOLLOW_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(250),
  ENGINE_PGBOSS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  ENGINE_EVALUATION_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /**
   * Escrow: minutes after the 1st, 2nd, ... failure of an object before a cycle retries it (the
   * last value repeats). A change of the object in the source retries it at once.
   */
  /** Quarantine: a cycle with at least this many failed objects, making more than this share of its objects. */
  ENGINE_QUARANTINE_MIN_FAILURES: z.coerce.number().int().min(1).default(10),
  ENGINE_QUARANTINE_FAILURE_RATIO: z.coerce.number().min(0).max(1).default(0.4),
  /** The longest wait between cycles of a quarantined app (minutes; the wait doubles per cycle up to it). */
  ENGINE_QUARANTINE_MAX_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(1440),
  /** Webhook deliveries: tries (the first included), the first backoff (doubling), and one try's timeout. */
  ENGINE_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  ENGINE_WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  ENGINE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  ENGINE_RETRY_SCHEDULE_MINUTES: z
    .string()
    .default('0,30,120,360,720,1440')
    .transform((v, ctx) => {
      const list = v.split(',').map((x) => Number(x.trim()));
      if (!list.length || list.some((n) => !Number.isFinite(n) || n < 0)) {
        ctx.addIssue({ code: 'custom', message: 'a comma-separated list of minutes, each 0 or more' });
        return z.NEVER;
      }
      return list;
    }),
  /**
   * Key sealing external targets' tokens at rest (AES-256-GCM, apps/secret-box.ts): 32 bytes as base64 or
   * hex. Unset: generated once into `<data dir>/engine-secret.key` (mode 600). Replicas must share one key.
   */
  ENGINE_SECRET_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || decodeSecretKey(v) !== undefined, 'must be 32 bytes as base64 or 64 hex digits'),
  /** Outbound SCIM to external targets (outbound/policy.ts): attempts per request, backoff, timeouts, concurrency. */
  ENGINE_HTTP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  ENGINE_HTTP_BASE_DELAY_MS: z.coerce.number().int().min(0).default(500),
  ENGINE_HTTP_MAX_DELAY_MS: z.coerce.number().int().min(0).default(30_000),
  ENGINE_HTTP_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(0).default(120_000),
  ENGINE_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  ENGINE_HTTP_INITIAL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  ENGINE_HTTP_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Provisioning log entries older than this many days are purged (provisioning/log.retention.ts). */
  PROVISIONING_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export type Config = z.infer<typeof schema>;

/** A secret an app file names by variable (`"tokenEnv": "VAR"`): the one read of the environment outside loadConfig. */
export function secretFromEnv(name: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const v = env[name];
  return v ? v : undefined;
}

/** Named ranges or IP[/prefix] in dotted or colon form (ipaddr.js alone would read a hop count `1` as 0.0.0.1). */
function compiles(list: string[]): boolean {
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  if (!list.every((a) => named.has(a) || isIP(a.split('/')[0]) !== 0)) return false;
  try {
    proxyAddr.compile(list);
    return true;
  } catch {
    return false;
  }
}

/** A 32-byte key written as 64 hex digits or as base64 / base64url; undefined when it is neither. */
export function decodeSecretKey(text: string): Buffer | undefined {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}={0,2}$/.test(t)) return undefined;
  const key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === 32 ? key : undefined;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgresql';
}

/** `sqlite:./data/x.db` -> `./data/x.db`; `sqlite::memory:` -> `:memory:`. */
export function sqlitePath(url: string): string {
  return url.slice('sqlite:'.length);
}
