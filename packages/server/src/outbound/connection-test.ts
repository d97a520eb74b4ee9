import { type Answer, parseRetryAfter, type SendFailure } from './retry.js';
import type { ConnectionTest } from './target.js';

/**
 * Entra's "Test connection", explained: GET `<base>/Users?filter=userName eq "<random uuid>"` must
 * answer 200 with an empty ListResponse. Every other outcome becomes one sentence for the admin.
 */
export function explainAnswer(baseUrl: string, answer: Answer): ConnectionTest {
  const { status } = answer;
  const users = `${baseUrl}/Users`;
  const detail = detailOf(answer);
  if (status === 401 || status === 403)
    return fail(status, `The target refused the token (${status}): it may be wrong, revoked or expired.${detail}`);
  if (status === 404) return fail(status, `No SCIM endpoint at ${users} (404): check the tenant URL.`);
  if (status >= 300 && status < 400) {
    const location = header(answer, 'location');
    return fail(
      status,
      location
        ? `${users} redirects to ${location} (${status}): use the final URL as the tenant URL.`
        : `${users} answered a redirect (${status}): use the final URL as the tenant URL.`,
    );
  }
  if (status === 429) {
    const after = parseRetryAfter(answer.headers['retry-after']);
    const when = after !== undefined ? ` in ${Math.ceil(after / 1000)} s` : ' later';
    return fail(status, `The target is limiting requests (429): test again${when}.`);
  }
  if (status >= 500) return fail(status, `The target failed to answer (${status}).${detail}`);
  if (status !== 200)
    return fail(status, `${users} answered ${status} to a filter on userName, where 200 was expected.${detail}`);
  const list = answer.body as { totalResults?: unknown; Resources?: unknown } | undefined;
  const isList =
    !!list &&
    typeof list === 'object' &&
    !Array.isArray(list) &&
    (typeof list.totalResults === 'number' || Array.isArray(list.Resources));
  if (!isList) {
    const what = answer.body === undefined ? ` (${contentType(answer)})` : '';
    return fail(status, `${users} answered 200 but not with a SCIM ListResponse${what}: is this the SCIM base URL?`);
  }
  const found = Array.isArray(list.Resources) ? list.Resources.length : Number(list.totalResults);
  if (found > 0 || Number(list.totalResults) > 0)
    return fail(
      status,
      `${users} answered a filter on a random userName with ${found} user(s): the target seems to ignore filters, ` +
        'so existing users could not be matched and would be created again.',
    );
  return { ok: true, status, message: `Connected: ${users} answered a filter on userName with an empty list.` };
}

export function explainFailure(baseUrl: string, failure: SendFailure, timeoutMs: number): ConnectionTest {
  const host = hostOf(baseUrl);
  if (failure.kind === 'timeout')
    return { ok: false, status: 0, message: `${host} did not answer within ${timeoutMs / 1000} s.` };
  return { ok: false, status: 0, message: `Could not reach ${host}: ${failure.message}.` };
}

const fail = (status: number, message: string): ConnectionTest => ({ ok: false, status, message });

function detailOf(answer: Answer): string {
  const d = (answer.body as { detail?: unknown } | undefined)?.detail;
  return typeof d === 'string' && d.trim() ? ` The target said: "${d.trim().slice(0, 300)}".` : '';
}

function header(answer: Answer, name: string): string | undefined {
  const v = answer.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function contentType(answer: Answer): string {
  const t = header(answer, 'content-type');
  return t ? `it sent ${t.split(';')[0]}` : 'it sent no content type';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
