import { Pool } from 'undici';
import type { HttpPolicy } from './policy.js';
import { type Answer, SendFailure } from './retry.js';

/** A SCIM answer larger than this is refused (a list page of `count` 2 is a few KiB). */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** Before the request left: nothing reached the target, so any method may be sent again. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved now',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  UND_ERR_SOCKET: 'the connection was closed before an answer',
  UND_ERR_CONNECT_TIMEOUT: 'no connection within the timeout',
  UND_ERR_HEADERS_TIMEOUT: 'no answer within the timeout',
  UND_ERR_BODY_TIMEOUT: 'the answer stalled within the timeout',
  UND_ERR_CLOSED: 'the client was closed',
  UND_ERR_DESTROYED: 'the client was closed',
};

function errorCode(e: unknown): string | undefined {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const c = cur as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof c.code === 'string') return c.code;
    cur = Array.isArray(c.errors) && c.errors.length ? c.errors[0] : c.cause;
  }
  return undefined;
}

/** An undici or socket error as a SendFailure with a reason an admin can read. */
export function classifyError(e: unknown, timedOut = false): SendFailure {
  const code = errorCode(e);
  if (timedOut) return new SendFailure('timeout', 'no answer within the timeout', false);
  const reason = code ? `${REASONS[code] ?? (e as Error).message} (${code})` : String((e as Error)?.message ?? e);
  if (code && TIMEOUT_CODES.has(code)) return new SendFailure('timeout', reason, CONNECT_CODES.has(code));
  if (code && CONNECT_CODES.has(code)) return new SendFailure('network', reason, true);
  const tls = !!code && (code.startsWith('ERR_TLS_') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code));
  const closed = code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED';
  return new SendFailure('network', reason, false, tls || closed);
}

/**
 * One keep-alive pool per target origin. `send` is one attempt: no retries here, answers of every
 * status resolve, only a missing answer rejects (with a SendFailure).
 */
export class HttpSender {
  private readonly pool: Pool;

  constructor(
    origin: string,
    private readonly token: string,
    private readonly policy: HttpPolicy,
  ) {
    this.pool = new Pool(origin, {
      connections: policy.maxConcurrency,
      connect: { timeout: policy.timeoutMs },
      headersTimeout: policy.timeoutMs,
      bodyTimeout: policy.timeoutMs,
      keepAliveTimeout: 30_000,
    });
  }

  /**
   * One attempt, at most `timeoutMs` (default: the policy's) from start to the last byte. undici's own
   * headers and body timeouts run on its coarse timers (about 1 s resolution), so an abort signal on a
   * native timer is the precise bound; theirs stay as a backstop.
   */
  async send(method: string, path: string, body?: string, timeoutMs = this.policy.timeoutMs): Promise<Answer> {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const res = await this.pool.request({
        method: method as 'GET',
        path,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'application/scim+json, application/json',
          'user-agent': 'scimdesk',
          ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
        },
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_ANSWER_BYTES) {
          res.body.destroy();
          throw new SendFailure('invalid', `the answer is larger than ${MAX_ANSWER_BYTES} bytes`, false, true);
        }
        chunks.push(chunk as Buffer);
      }
      const text = Buffer.concat(chunks).toString('utf8');
      return { status: res.statusCode, headers: res.headers, body: parseJson(text), text };
    } catch (e) {
      if (e instanceof SendFailure) throw e;
      throw classifyError(e, signal.aborted);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
