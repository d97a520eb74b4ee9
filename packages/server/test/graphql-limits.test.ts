import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gqlClient, signedInClient } from './graphql-client.js';
import { PASSWORD, type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { startTestServer, type TestServer } from './harness.js';

const INTROSPECTION =
  '{ __schema { queryType { name } types { name fields { name args { name } type { name ofType { name ofType { name } } } } } } }';
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.map((e) => e.extensions?.code);
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const out = await run();
  return [out, performance.now() - started];
};

/** Issue 12 item 2: what one GraphQL request may cost (introspection, aliases, response size, previews, reports). */
describe('GraphQL request limits', () => {
  let server: TestServer;
  let f: TenantFixture;
  const slug = 'gq-limits';

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    f = await tenantFixture(server, slug, 'egnyte');
  });
  afterAll(async () => server?.close());

  it('refuses introspection without signing in (UNAUTHENTICATED); __typename stays free; a session may introspect', async () => {
    const anonymous = gqlClient(server);
    for (const doc of [
      INTROSPECTION,
      '{ __type(name: "Query") { name } }',
      'query { ...F } fragment F on Query { __schema { queryType { name } } }',
    ]) {
      const r = await anonymous(doc);
      expect(codeOf(r), doc).toBe('UNAUTHENTICATED');
      expect(r.data?.__schema).toBeUndefined();
    }
    expect((await anonymous('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const own = await f.owner(INTROSPECTION);
    expect(own.errors).toBeUndefined();
    expect(own.data.__schema.queryType.name).toBe('Query');
  });

  it('caps aliases per operation (TOO_MANY_ALIASES) before executing: 2,900 aliases of __schema', async () => {
    const [r, ms] = await timed(() => f.owner(aliases(2900, '__schema { queryType { name } types { name } }')));
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('TOO_MANY_ALIASES');
    expect(r.data).toBeUndefined();
    expect(ms).toBeLessThan(5000); // parsing and validating 170 kB; nothing is executed
    expect(codeOf(await f.owner(aliases(101, '__typename')))).toBe('TOO_MANY_ALIASES');
    expect((await f.owner(aliases(100, '__typename'))).errors).toBeUndefined();
  });

  it('counts introspection in the cost: 60 aliases of __schema are QUERY_TOO_COMPLEX', async () => {
    const r = await f.owner(aliases(60, '__schema { queryType { name } }'));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses 500 aliases of report by cost, and a handful of reports too many; the dashboard overview passes', async () => {
    const report = `report(tenant: "${slug}") { users eventsPerDay(days: 30) { day total } }`;
    const [many, ms] = await timed(() => f.owner(aliases(500, report)));
    expect(codes(many)).toContain('QUERY_TOO_COMPLEX');
    expect(ms).toBeLessThan(2000);
    expect(codes(await f.owner(aliases(30, report)))).toEqual(['QUERY_TOO_COMPLEX']);
    const overview = await f.owner(`{
      report(tenant: "${slug}") { users lastScimRequestAt active inactive serviceAccounts
        twoFactor { eligible enabled ratio } byUserType { value count } byAuthType { value count }
        eventsPerDay(days: 30) { day total failed } }
      health(tenant: "${slug}") { code message tokenId }
      groups(tenant: "${slug}", first: 1) { totalCount }
      recentFailures: events(tenant: "${slug}", first: 8, filter: { failed: true }) { totalCount
        edges { node { id createdAt action actor method path status scimType error resourceType targetId
          targetName tokenId durationMs warnings modified { attribute old new } } } } }`);
    expect(overview.errors).toBeUndefined();
    expect(overview.data.report.users).toBeGreaterThan(0);
  });

  it('refuses a response larger than GRAPHQL_MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE, data and all', async () => {
    const small = await startTestServer('sqlite', { GRAPHQL_MAX_RESPONSE_BYTES: '20000' });
    try {
      await small.addTenant(slug, { rules: 'egnyte' });
      const c = await signedInClient(small, f.t.adminUserName, PASSWORD);
      for (const doc of [INTROSPECTION, aliases(40, 'mappingPresets { name mappingSet }')]) {
        const r = await c(doc);
        expect(codes(r), doc.slice(0, 40)).toEqual(['RESPONSE_TOO_LARGE']);
        expect(r.data).toBeUndefined();
        expect(r.errors?.[0].message).toMatch(/20000 bytes/);
      }
      expect((await c('{ me { userName } }')).data.me.userName).toBe(f.t.adminUserName);
    } finally {
      await small.close();
    }
  });

  it('gives previews one time budget per request: 5 aliases of (a+)+b on 30 characters answer quickly', async () => {
    const expression = 'Replace([a], , \\"(a+)+b\\", , \\"x\\", , )';
    const doc = `query($s: JSONObject) { ${Array.from(
      { length: 5 },
      (_, i) => `p${i}: previewExpression(expression: "${expression}", source: $s) { value }`,
    ).join(' ')} }`;
    const [r, ms] = await timed(() => f.owner(doc, { s: { a: `${'a'.repeat(30)}!` } }));
    expect(ms).toBeLessThan(1500);
    if (r.errors) expect(codes(r)).toContain('EVALUATION_TIMEOUT');
    else expect(r.data.p4.value).toBe(`${'a'.repeat(30)}!`);
  });

  it('bounds previewMapping: a catastrophic regex in a mapping set answers in well under a second', async () => {
    const actions = { create: true, update: true, delete: true };
    const set = {
      user: {
        enabled: true,
        actions,
        mappings: [
          {
            kind: 'expression',
            source: 'Replace([a], , "(a+)+b", , "x", , )',
            target: 'userName',
            apply: 'always',
            matchingPrecedence: 1,
          },
        ],
      },
      group: { enabled: true, actions, mappings: [] },
    };
    const [r, ms] = await timed(() =>
      f.owner('query($m: JSONObject, $s: JSONObject!) { previewMapping(mappingSet: $m, source: $s) { ok resource } }', {
        m: set,
        s: { a: `${'a'.repeat(29)}!` },
      }),
    );
    expect(ms).toBeLessThan(1000);
    expect(r.errors).toBeUndefined();
    expect(r.data.previewMapping.resource.userName).toBe(`${'a'.repeat(29)}!`);
  });
});
