import { DelegateBackoff, handleWhen, type IRetryBackoffContext, retry } from 'cockatiel';
import type { HttpPolicy } from './policy.js';

/** One answer from the target (any status). */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when empty or not JSON. */
  body: unknown;
  text: string;
}

export type FailureKind = 'network' | 'timeout' | 'invalid';

/**
 * An attempt that got no usable answer. `beforeSend`: the request never left (connection refused,
 * DNS, connect timeout), so even a POST is safe to send again. `permanent`: retrying cannot help (TLS).
 */
export class SendFailure extends Error {
  override name = 'SendFailure';
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly beforeSend: boolean,
    readonly permanent = false,
  ) {
    super(message);
  }
}

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * Which answers are worth another try. A POST only when the target said it did nothing (429, 503):
 * after a 500 or a timeout the user may exist, and the engine's matching step finds it next time.
 */
export function retryableStatus(method: string, status: number): boolean {
  if (method === 'POST') return status === 429 || status === 503;
  return RETRIED_STATUSES.has(status);
}

export function retryableFailure(method: string, failure: SendFailure): boolean {
  if (failure.permanent || failure.kind === 'invalid') return false;
  return method !== 'POST' || failure.beforeSend;
}

/** Retry-After as milliseconds from `now`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The Retry-After an answer asks for, on the statuses where it means "try again then" (429, 503). */
export function retryAfterOf(answer: Answer): number | undefined {
  if (answer.status !== 429 && answer.status !== 503) return undefined;
  return parseRetryAfter(answer.headers['retry-after']);
}

/** Delay before retry number `retry` (1-based): Retry-After when given (capped), else full-jitter exponential. */
export function retryDelay(
  policy: HttpPolicy,
  retryNumber: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.floor(random() * ceiling);
}

export interface Retried {
  answer: Answer;
  retries: number;
}

/** A retry error that carries how many retries were spent before it. */
export class RetriesExhausted extends Error {
  override name = 'RetriesExhausted';
  constructor(
    readonly failure: SendFailure,
    readonly retries: number,
  ) {
    super(failure.message);
  }
}

export interface RetryInfo {
  retry: number;
  delayMs: number;
  reason: string;
}

/**
 * Runs `attempt` under cockatiel's retry policy (a policy object per call is cheap). Its backoff is a
 * delegate that sees the last result, so the Retry-After of a 429/503 sets the delay; other retries
 * back off exponentially with full jitter.
 */
export async function withRetries(
  policy: HttpPolicy,
  method: string,
  attempt: () => Promise<Answer>,
  onRetry?: (info: RetryInfo) => void,
): Promise<Retried> {
  const backoff = new DelegateBackoff((ctx: IRetryBackoffContext<unknown>) => {
    const answer = 'value' in ctx.result ? (ctx.result.value as Answer) : undefined;
    return retryDelay(policy, ctx.attempt, answer ? retryAfterOf(answer) : undefined);
  });
  const retrying = retry(
    handleWhen((e) => e instanceof SendFailure && retryableFailure(method, e)).orWhenResult((r) =>
      retryableStatus(method, (r as Answer).status),
    ),
    { maxAttempts: policy.maxAttempts - 1, backoff },
  );
  if (onRetry)
    retrying.onRetry((e) => {
      const reason = 'error' in e ? (e.error as Error).message : `status ${(e.value as Answer).status}`;
      onRetry({ retry: e.attempt, delayMs: e.delay, reason });
    });
  let retries = 0;
  try {
    const answer = await retrying.execute((ctx) => {
      retries = ctx.attempt;
      return attempt();
    });
    return { answer, retries };
  } catch (e) {
    if (e instanceof SendFailure) throw new RetriesExhausted(e, retries);
    throw e;
  }
}
