import type { TestServer } from './harness.js';

export interface GqlReply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field
  data: any;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** A GraphQL caller over real HTTP: anonymous, a signed-in browser (cookies + CSRF header), or an API token. */
export interface GqlClient {
  (query: string, variables?: Record<string, unknown>, extraHeaders?: Record<string, string>): Promise<GqlReply>;
  cookies: Map<string, string>;
  csrf?: string;
  bearer?: string;
}

export function gqlClient(server: TestServer, opts: { bearer?: string } = {}): GqlClient {
  const cookies = new Map<string, string>();
  const call = (async (query, variables, extraHeaders = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (call.csrf) headers['x-csrf-token'] = call.csrf;
    if (call.bearer) headers.authorization = `Bearer ${call.bearer}`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair.split('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || !v) cookies.delete(k);
      else cookies.set(k, v);
    }
    const text = await res.text();
    const body = text ? JSON.parse(text) : {};
    return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
  }) as GqlClient;
  call.cookies = cookies;
  call.bearer = opts.bearer;
  return call;
}

/** Signs in through the API; the client then carries the session cookie and echoes the CSRF token. */
export async function signedInClient(server: TestServer, userName: string, password: string): Promise<GqlClient> {
  const c = gqlClient(server);
  const res = await c(
    'mutation($u: String!, $p: String!) { signIn(userName: $u, password: $p) { csrfToken me { userName } } }',
    { u: userName, p: password },
  );
  if (res.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  c.csrf = res.data.signIn.csrfToken;
  return c;
}

export const codeOf = (r: GqlReply) => r.errors?.[0]?.extensions?.code;
