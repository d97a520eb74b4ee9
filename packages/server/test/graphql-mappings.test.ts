import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlClient, gqlClient } from './graphql-client.js';
import { type TenantFixture, tenantFixture } from './graphql-fixture.js';
import { startTestServer, type TestServer } from './harness.js';

/** The mapping editor's previews over GraphQL: presets, an expression, a mapping set with and without `current`. */
describe('GraphQL mapping previews', () => {
  let server: TestServer;
  let f: TenantFixture;
  let q: GqlClient;
  const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
  const source = {
    objectId: 'o-1',
    userPrincipalName: 'Adele.Vance@contoso.com',
    givenName: 'Adele',
    surname: 'Vance',
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    f = await tenantFixture(server, 'gq-map', 'egnyte');
    q = f.owner;
  });
  afterAll(async () => server?.close());

  it('needs a signed-in caller', async () => {
    expect(codeOf(await gqlClient(server)('{ mappingPresets { name } }'))).toBe('UNAUTHENTICATED');
  });

  it('lists the presets as data', async () => {
    const res = await q('{ mappingPresets { name mappingSet } }');
    expect(res.data.mappingPresets.map((p: { name: string }) => p.name)).toEqual(['seed', 'entra-default', 'scim']);
    expect(res.data.mappingPresets[0].mappingSet.user.mappings[0]).toMatchObject({
      target: 'userName',
      matchingPrecedence: 1,
    });
  });

  it('previews an expression with its value and every diagnostic', async () => {
    const ok = await q(
      'query($s: JSONObject) { previewExpression(expression: "Word([upn], 1, \\"@\\")", source: $s) { value diagnostics { code } } }',
      {
        s: { upn: 'adele@contoso.com' },
      },
    );
    expect(ok.data.previewExpression).toEqual({ value: 'adele', diagnostics: [] });
    const bad = await q(
      '{ previewExpression(expression: "Wrod([a], 1") { value diagnostics { code severity offset line column } } }',
    );
    expect(bad.data.previewExpression.value).toBeNull();
    expect(bad.data.previewExpression.diagnostics).toContainEqual({
      code: 'EXPR_UNKNOWN_FUNCTION',
      severity: 'error',
      offset: 0,
      line: 1,
      column: 1,
    });
    const now = await q('{ previewExpression(expression: "Now()", now: "2021-07-02T15:33:38Z") { value } }');
    expect(now.data.previewExpression.value).toBe('7/2/2021 3:33:38 PM');
  });

  it('previews the seed preset: matching query, POST body, and with current the PATCH', async () => {
    const doc = `query($s: JSONObject!, $c: JSONObject) { previewMapping(source: $s, current: $c) {
      ok matching { precedence filter } resource patch createOutcomes { target status } updateOutcomes { target status old value } } }`;
    const create = (await q(doc, { s: source })).data.previewMapping;
    expect(create.ok).toBe(true);
    expect(create.matching).toEqual([{ precedence: 1, filter: 'userName eq "Adele.Vance"' }]);
    expect(create.resource).toMatchObject({ userName: 'Adele.Vance', [EGN]: { authType: 'sso' } });
    expect(create.patch).toBeNull();
    const update = (await q(doc, { s: { ...source, surname: 'Smith' }, c: create.resource })).data.previewMapping;
    expect(update.patch.Operations).toEqual([{ op: 'replace', path: 'name.familyName', value: 'Smith' }]);
    expect(update.updateOutcomes).toContainEqual({
      target: 'name.familyName',
      status: 'changed',
      old: 'Vance',
      value: 'Smith',
    });
  });

  it('takes a mapping set as JSON, reports its problems, and rejects a malformed one', async () => {
    const doc =
      'query($m: JSONObject, $s: JSONObject!) { previewMapping(mappingSet: $m, source: $s) { ok diagnostics { code mapping field } } }';
    const group = { enabled: true, actions: { create: true, update: true, delete: true }, mappings: [] };
    const set = {
      user: {
        enabled: true,
        actions: group.actions,
        mappings: [
          { kind: 'expression', source: 'Left([a]', target: 'userName', apply: 'always', matchingPrecedence: 1 },
        ],
      },
      group,
    };
    const res = await q(doc, { m: set, s: source });
    expect(res.data.previewMapping.ok).toBe(false);
    expect(res.data.previewMapping.diagnostics[0]).toMatchObject({ mapping: 0, field: 'source' });
    const malformed = await q(doc, { m: { user: { mappings: 'x' } }, s: source });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(codeOf(await q('{ previewMapping(preset: "nope", source: {}) { ok } }'))).toBe('BAD_USER_INPUT');
  });

  it('runs a catastrophic regex on RE2 in linear time, and says which patterns RE2 cannot run', async () => {
    const started = Date.now();
    const fast = await q(
      'query($s: JSONObject) { previewExpression(expression: "Replace([a], , \\"(a+)+b\\", , \\"x\\", , )", source: $s) { value } }',
      { s: { a: `${'a'.repeat(40)}!` } },
    );
    expect(fast.data.previewExpression.value).toBe(`${'a'.repeat(40)}!`);
    expect(Date.now() - started).toBeLessThan(1000);
    const lookahead = await q(
      '{ previewExpression(expression: "Replace(\\"ab\\", , \\"a(?=b)\\", , \\"x\\", , )") { value diagnostics { code message } } }',
    );
    expect(lookahead.data.previewExpression.value).toBeNull();
    expect(lookahead.data.previewExpression.diagnostics).toEqual([
      { code: 'EXPR_UNSUPPORTED_REGEX', message: expect.stringMatching(/^Replace: RE2 cannot run this pattern/) },
    ]);
  });
});
