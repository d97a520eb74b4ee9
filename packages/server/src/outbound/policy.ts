import type { Config } from '../config.js';

/**
 * How the HTTP target treats one external SCIM service: retries (attempts, backoff, Retry-After),
 * timeouts and concurrency. The engine builds it from config with `httpPolicyFrom`.
 */
export interface HttpPolicy {
  /** Tries per request, the first one included (1: never retry). */
  maxAttempts: number;
  /** Backoff before retry n is a random delay in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))) (full jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After (429, 503) is waited as given, up to this. */
  maxRetryAfterMs: number;
  /** Longest one attempt may take, connecting to the last byte of the answer. */
  timeoutMs: number;
  /** Requests in flight to the target at first, and at most (AIMD: +1 after a run of successes, halved on 429). */
  initialConcurrency: number;
  maxConcurrency: number;
}

export const DEFAULT_HTTP_POLICY: Readonly<HttpPolicy> = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  timeoutMs: 30_000,
  initialConcurrency: 4,
  maxConcurrency: 16,
});

/** A full policy from defaults and overrides; initialConcurrency is kept within [1, maxConcurrency]. */
export function resolvePolicy(overrides: Partial<HttpPolicy> = {}): HttpPolicy {
  const p = { ...DEFAULT_HTTP_POLICY, ...overrides };
  const maxConcurrency = Math.max(1, Math.floor(p.maxConcurrency));
  return {
    ...p,
    maxAttempts: Math.max(1, Math.floor(p.maxAttempts)),
    maxConcurrency,
    initialConcurrency: Math.min(maxConcurrency, Math.max(1, Math.floor(p.initialConcurrency))),
  };
}

export function httpPolicyFrom(
  config: Pick<
    Config,
    | 'ENGINE_HTTP_MAX_ATTEMPTS'
    | 'ENGINE_HTTP_BASE_DELAY_MS'
    | 'ENGINE_HTTP_MAX_DELAY_MS'
    | 'ENGINE_HTTP_MAX_RETRY_AFTER_MS'
    | 'ENGINE_HTTP_TIMEOUT_MS'
    | 'ENGINE_HTTP_INITIAL_CONCURRENCY'
    | 'ENGINE_HTTP_MAX_CONCURRENCY'
  >,
): HttpPolicy {
  return resolvePolicy({
    maxAttempts: config.ENGINE_HTTP_MAX_ATTEMPTS,
    baseDelayMs: config.ENGINE_HTTP_BASE_DELAY_MS,
    maxDelayMs: config.ENGINE_HTTP_MAX_DELAY_MS,
    maxRetryAfterMs: config.ENGINE_HTTP_MAX_RETRY_AFTER_MS,
    timeoutMs: config.ENGINE_HTTP_TIMEOUT_MS,
    initialConcurrency: config.ENGINE_HTTP_INITIAL_CONCURRENCY,
    maxConcurrency: config.ENGINE_HTTP_MAX_CONCURRENCY,
  });
}
