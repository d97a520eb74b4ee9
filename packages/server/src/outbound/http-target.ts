import { randomUUID } from 'node:crypto';
import { type DeclaredTypes, declaredTypes } from '@scimdesk/scim';
import type { Logger } from 'pino';
import { AdaptiveLimit, type Feedback } from './adaptive-limit.js';
import { explainAnswer, explainFailure } from './connection-test.js';
import { HttpSender } from './http-send.js';
import { type HttpPolicy, resolvePolicy } from './policy.js';
import { type Answer, RetriesExhausted, retryAfterOf, SendFailure, withRetries } from './retry.js';
import {
  type ConnectionTest,
  endpointOf,
  type ScimTarget,
  type TargetCall,
  TargetError,
  type TargetObjectType,
  type TargetResource,
  type TargetResult,
} from './target.js';

export interface HttpScimTargetOptions {
  /** The SCIM base URL (`https://example.com/scim/v2`), with or without a trailing slash. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; never logged. */
  token: string;
  /** Overrides of DEFAULT_HTTP_POLICY (the engine passes `httpPolicyFrom(config)`). */
  policy?: Partial<HttpPolicy>;
  /** Retries are logged at debug (method, path without the query, delay, reason). */
  log?: Logger;
}

/** The base URL cannot be used (not http(s), has a query, unparsable). */
export class TargetUrlError extends Error {
  override name = 'TargetUrlError';
}

/** The connection test gives one attempt at most this long. */
const TEST_TIMEOUT_MS = 10_000;

/** An external SCIM 2.0 service over HTTP: undici keep-alive pool, cockatiel retries, AIMD concurrency. */
export class HttpScimTarget implements ScimTarget {
  readonly kind = 'url' as const;
  /** Normalised: no trailing slash. */
  readonly baseUrl: string;
  readonly policy: HttpPolicy;
  private readonly basePath: string;
  private readonly sender: HttpSender;
  private readonly limit: AdaptiveLimit;
  private readonly log?: Logger;
  private declared?: Promise<DeclaredTypes | undefined>;

  constructor(opts: HttpScimTargetOptions) {
    let url: URL;
    try {
      url = new URL(opts.baseUrl);
    } catch {
      throw new TargetUrlError(`Not a URL: ${opts.baseUrl}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new TargetUrlError(`A SCIM base URL must be http or https, not ${url.protocol}`);
    if (url.search || url.hash) throw new TargetUrlError('A SCIM base URL has no query or fragment');
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.baseUrl = `${url.origin}${this.basePath}`;
    this.policy = resolvePolicy(opts.policy);
    this.sender = new HttpSender(url.origin, opts.token, this.policy);
    this.limit = new AdaptiveLimit(this.policy.initialConcurrency, this.policy.maxConcurrency);
    this.log = opts.log;
  }

  /** The current concurrency limit (AIMD), for metrics and tests. */
  get concurrency(): number {
    return this.limit.concurrency;
  }

  /** Requests in flight now. */
  get active(): number {
    return this.limit.active;
  }

  async testConnection(): Promise<ConnectionTest> {
    const filter = `userName eq "${randomUUID()}"`;
    const path = `${this.basePath}/Users?filter=${encodeURIComponent(filter)}`;
    const timeoutMs = Math.min(this.policy.timeoutMs, TEST_TIMEOUT_MS);
    try {
      return explainAnswer(this.baseUrl, await this.sender.send('GET', path, undefined, timeoutMs));
    } catch (e) {
      if (e instanceof SendFailure) return explainFailure(this.baseUrl, e, timeoutMs);
      throw e;
    }
  }

  async find(type: TargetObjectType, filter: string, count = 2): Promise<TargetResult<TargetResource[]>> {
    const path = `${endpointOf(type)}?filter=${encodeURIComponent(filter)}&count=${count}`;
    const { answer, call } = await this.call('GET', path);
    if (answer.status !== 200) throw failed(call, answer);
    const list = answer.body as { totalResults?: unknown; Resources?: unknown } | undefined;
    if (Array.isArray(list?.Resources)) return { value: list.Resources as TargetResource[], call };
    if (list && list.totalResults === 0) return { value: [], call };
    throw invalid(call, 'answered 200 but not with a SCIM ListResponse');
  }

  async get(type: TargetObjectType, id: string): Promise<TargetResult<TargetResource | null>> {
    const { answer, call } = await this.call('GET', `${endpointOf(type)}/${encodeURIComponent(id)}`);
    if (answer.status === 404) return { value: null, call };
    if (answer.status !== 200) throw failed(call, answer);
    return { value: resource(call, answer), call };
  }

  async create(type: TargetObjectType, body: Record<string, unknown>): Promise<TargetResult<TargetResource>> {
    const { answer, call } = await this.call('POST', endpointOf(type), body);
    if (answer.status !== 201 && answer.status !== 200) throw failed(call, answer);
    return { value: resource(call, answer), call };
  }

  async patch(
    type: TargetObjectType,
    id: string,
    body: Record<string, unknown>,
  ): Promise<TargetResult<TargetResource | null>> {
    const { answer, call } = await this.call('PATCH', `${endpointOf(type)}/${encodeURIComponent(id)}`, body);
    if (answer.status === 204) return { value: null, call };
    if (answer.status !== 200) throw failed(call, answer);
    return { value: answer.body === undefined ? null : resource(call, answer), call };
  }

  async delete(type: TargetObjectType, id: string): Promise<TargetResult<void>> {
    const { answer, call } = await this.call('DELETE', `${endpointOf(type)}/${encodeURIComponent(id)}`);
    if (answer.status === 204 || answer.status === 200 || answer.status === 404) return { value: undefined, call };
    throw failed(call, answer);
  }

  async declaredTypes(): Promise<DeclaredTypes | undefined> {
    this.declared ??= this.call('GET', '/Schemas').then(
      ({ answer }) => {
        if (answer.status !== 200) return undefined;
        const types = declaredTypes(answer.body);
        return types.size ? types : undefined;
      },
      (e) => {
        if (e instanceof TargetError) return undefined;
        throw e;
      },
    );
    return this.declared;
  }

  async close(): Promise<void> {
    this.limit.close();
    await this.sender.close();
  }

  /** A 429 halves and holds the target; other 5xx are failures (a 503's Retry-After holds too); the rest count as served. */
  private feedbackOf(answer: Answer): Feedback {
    const after = retryAfterOf(answer);
    const pauseMs = after === undefined ? undefined : Math.min(after, this.policy.maxRetryAfterMs);
    if (answer.status === 429) return { kind: 'throttled', pauseMs };
    if (answer.status >= 500) return { kind: 'failure', pauseMs };
    return { kind: 'success' };
  }

  /** One request with retries, each attempt holding a concurrency slot (not while it waits to retry). */
  private async call(method: string, path: string, body?: unknown): Promise<{ answer: Answer; call: TargetCall }> {
    const started = performance.now();
    const text = body === undefined ? undefined : JSON.stringify(body);
    const callOf = (status: number, retries: number): TargetCall => ({
      method,
      path,
      status,
      retries,
      durationMs: Math.round(performance.now() - started),
      ...(body !== undefined ? { body } : {}),
    });
    try {
      const { answer, retries } = await withRetries(
        this.policy,
        method,
        () =>
          this.limit.run(
            () => this.sender.send(method, this.basePath + path, text),
            (a) => this.feedbackOf(a),
          ),
        (info) => this.log?.debug({ method, path: path.split('?')[0], ...info }, 'SCIM target call retried'),
      );
      return { answer, call: callOf(answer.status, retries) };
    } catch (e) {
      if (!(e instanceof RetriesExhausted)) throw e;
      const f = e.failure;
      const call = callOf(0, e.retries);
      if (f.kind === 'invalid') throw new TargetError('INVALID_RESPONSE', `${method} ${path}: ${f.message}`, call);
      const host = new URL(this.baseUrl).host;
      if (f.kind === 'timeout')
        throw new TargetError(
          'TIMEOUT',
          `${host} did not answer ${method} ${path.split('?')[0]} within ${this.policy.timeoutMs / 1000} s`,
          call,
        );
      throw new TargetError('NETWORK', `Could not reach ${host}: ${f.message}`, call);
    }
  }
}

/** A SCIM error answer as a TargetError: the body's detail is the message, its scimType kept. */
function failed(call: TargetCall, answer: Answer): TargetError {
  const err = answer.body as { detail?: unknown; scimType?: unknown } | undefined;
  const detail =
    typeof err?.detail === 'string' && err.detail
      ? err.detail
      : `${call.method} ${call.path.split('?')[0]} answered ${answer.status}${snippet(answer)}`;
  const scimType = typeof err?.scimType === 'string' ? err.scimType : undefined;
  return new TargetError(`SCIM_${answer.status}`, detail, call, answer.status, scimType);
}

function invalid(call: TargetCall, what: string): TargetError {
  return new TargetError('INVALID_RESPONSE', `${call.method} ${call.path.split('?')[0]} ${what}`, call, call.status);
}

function resource(call: TargetCall, answer: Answer): TargetResource {
  const b = answer.body;
  if (!b || typeof b !== 'object' || Array.isArray(b))
    throw invalid(call, `answered ${answer.status} without a SCIM resource`);
  return b as TargetResource;
}

function snippet(answer: Answer): string {
  const t = answer.text.trim().replace(/\s+/g, ' ');
  return t && answer.body === undefined ? `: ${t.slice(0, 200)}` : '';
}
