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
  SCIM_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
  SCIM_BULK_MAX_OPERATIONS: z.coerce.number().int().min(1).max(10000).default(1000),
  SCIM_BULK_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** The dashboard's built files; defaults to packages/web/dist of this checkout. */
  WEB_DIST: z.string().optional(),
  DEMO_USERS_PER_TENANT: z.coerce.number().int().min(0).default(300),
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
});

export type Config = z.infer<typeof schema>;

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
