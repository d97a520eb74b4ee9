import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DEFAULT_HTTP_POLICY, httpPolicyFrom, resolvePolicy } from './policy.js';
import { parseRetryAfter, retryableStatus, retryDelay } from './retry.js';

describe('retry decisions', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(['0'], now)).toBe(0);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('backs off with full jitter under a growing ceiling, and caps Retry-After', () => {
    const p = resolvePolicy({ baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 });
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(p, n, undefined, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(retryDelay(p, 3, undefined, () => 0)).toBe(0);
    expect(retryDelay(p, 1, 2000)).toBe(2000);
    expect(retryDelay(p, 1, 60_000)).toBe(5000);
  });

  it('retries a POST only where the target did nothing', () => {
    expect([429, 500, 502, 503, 504, 400, 409].map((s) => retryableStatus('POST', s))).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect([429, 500, 502, 503, 504, 400, 404].map((s) => retryableStatus('PATCH', s))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('builds the policy from config', () => {
    expect(httpPolicyFrom(loadConfig({}))).toEqual(DEFAULT_HTTP_POLICY);
    const p = httpPolicyFrom(
      loadConfig({
        ENGINE_HTTP_MAX_ATTEMPTS: '2',
        ENGINE_HTTP_INITIAL_CONCURRENCY: '32',
        ENGINE_HTTP_MAX_CONCURRENCY: '8',
      }),
    );
    expect([p.maxAttempts, p.initialConcurrency, p.maxConcurrency]).toEqual([2, 8, 8]);
    expect(() => loadConfig({ ENGINE_HTTP_TIMEOUT_MS: '5' })).toThrow(/ENGINE_HTTP_TIMEOUT_MS/);
  });
});
