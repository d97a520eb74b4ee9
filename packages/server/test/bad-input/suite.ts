import { ERROR_SCHEMA, MAX_FILTER_DEPTH, MAX_JSON_DEPTH } from '@scimdesk/scim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbKind, type ScimReply, startTestServer, type TestServer, type TestTenant } from '../harness.js';
import { user } from '../scim-suite.js';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
/** Small limits so the caps are cheap to reach. */
const LIMITS = { SCIM_PATCH_MAX_OPERATIONS: '5', SCIM_MAX_MULTI_VALUES: '5' };

/** `[[[ ... ]]]` `n` levels deep, as JSON text. */
const deepJson = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/**
 * Issue 12 item 4 (and the caps of item 2): bad input is a 400 (or 404), never a 500, with an
 * RFC 7644 error body, and it changes nothing.
 */
export function defineBadInputSuite(kind: DbKind) {
  let server: TestServer;
  let t: TestTenant;
  let userId: string;
  let groupId: string;
  const memberIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind, LIMITS);
    t = await server.addTenant('bad');
    const u = await server.scim(t, 'POST', '/Users', user('bad.user', { displayName: 'Bad User' }));
    userId = u.body.id;
    for (let i = 0; i < 11; i++) memberIds.push((await server.scim(t, 'POST', '/Users', user(`member.${i}`))).body.id);
    const g = await server.scim(t, 'POST', '/Groups', {
      schemas: [GROUP],
      displayName: 'Bad Group',
      members: [{ value: userId }],
    });
    groupId = g.body.id;
  });
  afterAll(async () => server?.close());

  /** Everything a refused request must leave as it was. */
  const snapshot = async () => ({
    user: (await server.scim(t, 'GET', `/Users/${userId}`)).body,
    group: (await server.scim(t, 'GET', `/Groups/${groupId}`)).body,
    users: (await server.scim(t, 'GET', '/Users?count=0')).body.totalResults,
    groups: (await server.scim(t, 'GET', '/Groups?count=0')).body.totalResults,
  });

  const expectError = (res: ScimReply, status: number, scimType: string | undefined, detail: string | RegExp) => {
    expect({ status: res.status, schemas: res.body?.schemas, scimType: res.body?.scimType }).toEqual({
      status,
      schemas: [ERROR_SCHEMA],
      scimType,
    });
    expect(res.body.status).toBe(String(status));
    if (typeof detail === 'string') expect(res.body.detail).toContain(detail);
    else expect(res.body.detail).toMatch(detail);
  };

  /** Runs `send`, expects the error, and checks that nothing changed. */
  const refused = async (
    send: () => Promise<ScimReply>,
    status: number,
    scimType: string | undefined,
    detail: string | RegExp,
  ) => {
    const before = await snapshot();
    expectError(await send(), status, scimType, detail);
    expect(await snapshot()).toEqual(before);
  };

  describe('NUL and lone surrogates', () => {
    it('in a userName or displayName of a POST: 400 invalidValue naming the attribute, no row', async () => {
      await refused(
        () => server.scim(t, 'POST', '/Users', user('nul\u0000name')),
        400,
        'invalidValue',
        'Attribute "userName" contains U+0000 (NUL)',
      );
      await refused(
        () => server.scim(t, 'POST', '/Users', user('nul.display', { displayName: 'a\u0000' })),
        400,
        'invalidValue',
        'Attribute "displayName" contains U+0000',
      );
      await refused(
        () => server.scim(t, 'POST', '/Groups', { schemas: [GROUP], displayName: 'g\u0000' }),
        400,
        'invalidValue',
        'Attribute "displayName" contains U+0000',
      );
      // JSON.stringify writes a lone surrogate as the escape "\ud800", as a client would.
      await refused(
        () => server.scim(t, 'POST', '/Users', user('lone\ud800')),
        400,
        'invalidValue',
        'Attribute "userName" contains a lone surrogate U+D800',
      );
      await refused(
        () => server.scim(t, 'POST', '/Users', '{"userName":"k","na\\u0000me":{"givenName":"x"}}'),
        400,
        'invalidSyntax',
        'A member name of the JSON body contains U+0000',
      );
    });

    it('in a PATCH value or path: 400, the user and group unchanged', async () => {
      await refused(
        () =>
          server.scim(t, 'PATCH', `/Users/${userId}`, patch({ op: 'replace', path: 'displayName', value: 'x\u0000' })),
        400,
        'invalidValue',
        'contains U+0000',
      );
      await refused(
        () => server.scim(t, 'PATCH', `/Users/${userId}`, patch({ op: 'replace', value: { displayName: '\udc00' } })),
        400,
        'invalidValue',
        'lone surrogate U+DC00',
      );
      await refused(
        () =>
          server.scim(
            t,
            'PATCH',
            `/Groups/${groupId}`,
            patch({ op: 'add', path: 'members', value: [{ value: 'a\u0000' }] }),
          ),
        400,
        'invalidValue',
        'Attribute "members.value" contains U+0000',
      );
      await refused(
        () => server.scim(t, 'PATCH', `/Users/${userId}`, patch({ op: 'remove', path: 'emails[value eq "\u0000"]' })),
        400,
        'invalidPath',
        'contains U+0000',
      );
    });

    it('in a filter value, raw or escaped: 400 invalidFilter', async () => {
      await refused(
        () => server.scim(t, 'GET', `/Users?filter=${encodeURIComponent('userName eq "a\u0000b"')}`),
        400,
        'invalidFilter',
        'Filter contains U+0000 (NUL) at offset 14',
      );
      await refused(
        () => server.scim(t, 'GET', `/Users?filter=${encodeURIComponent('displayName eq "\\u0000"')}`),
        400,
        'invalidFilter',
        'contains U+0000',
      );
      await refused(
        () => server.scim(t, 'POST', '/Groups/.search', { filter: 'displayName eq "\\ud800"' }),
        400,
        'invalidFilter',
        'lone surrogate U+D800',
      );
    });

    it('in a resource id or tenant slug of the URL: 404 before any query', async () => {
      for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
        const body =
          method === 'PUT' ? user('bad.user') : method === 'PATCH' ? patch({ op: 'remove', path: 'title' }) : undefined;
        // Up to fastify's maxParamLength (100); a longer segment is its 414 URI Too Long, also before any query.
        for (const id of [`${userId}%00`, '%00', 'not-a-uuid', 'x'.repeat(99)])
          await refused(() => server.scim(t, method, `/Users/${id}`, body), 404, undefined, 'ids are UUIDs');
        await refused(() => server.scim(t, method, `/Groups/${groupId}%00`, body), 404, undefined, 'ids are UUIDs');
      }
      for (const slug of ['ba%00d', 'b'.repeat(99), 'BAD'])
        await refused(
          () => server.scim({ ...t, url: t.url.replace(/\/bad$/, `/${slug}`) }, 'GET', '/Users'),
          404,
          undefined,
          'Unknown tenant',
        );
      const bulk = await server.scim(t, 'POST', '/Bulk', {
        schemas: [BULK],
        Operations: [{ method: 'DELETE', path: '/Users/%00' }],
      });
      expect(bulk.body.Operations[0]).toMatchObject({ status: '404' });
    });
  });

  describe('strings longer than their column', () => {
    it('257 characters for userName, displayName, externalId: 400 invalidValue naming the maximum', async () => {
      const long = 'l'.repeat(257);
      await refused(
        () => server.scim(t, 'POST', '/Users', user(long)),
        400,
        'invalidValue',
        'Attribute "userName" is too long (257 characters; the maximum is 256)',
      );
      await refused(
        () => server.scim(t, 'POST', '/Users', user('long.ext', { externalId: long })),
        400,
        'invalidValue',
        'Attribute "externalId" is too long',
      );
      await refused(
        () => server.scim(t, 'POST', '/Groups', { schemas: [GROUP], displayName: long }),
        400,
        'invalidValue',
        'the maximum is 256',
      );
      await refused(
        () => server.scim(t, 'PATCH', `/Users/${userId}`, patch({ op: 'replace', path: 'displayName', value: long })),
        400,
        'invalidValue',
        'Attribute "displayName" is too long (257 characters; the maximum is 256)',
      );
      await refused(
        () => server.scim(t, 'PUT', `/Groups/${groupId}`, { schemas: [GROUP], displayName: long }),
        400,
        'invalidValue',
        'the maximum is 256',
      );
    });

    it('256 characters, or 256 emoji, are stored', async () => {
      const ok = await server.scim(t, 'POST', '/Users', user('😀'.repeat(256), { displayName: 'd'.repeat(256) }));
      expect(ok.status).toBe(201);
      expect(ok.body.userName).toBe('😀'.repeat(256));
      expect((await server.scim(t, 'DELETE', `/Users/${ok.body.id}`)).status).toBe(204);
    });
  });

  describe(`JSON nested 10,000 levels (the limit is ${MAX_JSON_DEPTH})`, () => {
    const detail = `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`;
    it('in emails, a PATCH value, a .search body and a Bulk operation: 400 invalidSyntax', async () => {
      const deep = deepJson(10_000);
      await refused(
        () => server.scim(t, 'POST', '/Users', `{"userName":"deep","emails":${deep}}`),
        400,
        'invalidSyntax',
        detail,
      );
      await refused(
        () =>
          server.scim(
            t,
            'PATCH',
            `/Users/${userId}`,
            `{"schemas":["${PATCH}"],"Operations":[{"op":"add","path":"emails","value":${deep}}]}`,
          ),
        400,
        'invalidSyntax',
        detail,
      );
      await refused(() => server.scim(t, 'POST', '/Users/.search', `{"filter":${deep}}`), 400, 'invalidSyntax', detail);
      await refused(
        () =>
          server.scim(
            t,
            'POST',
            '/Bulk',
            `{"schemas":["${BULK}"],"Operations":[{"method":"POST","bulkId":"a","path":"/Users","data":{"userName":"deep","emails":${deep}}}]}`,
          ),
        400,
        'invalidSyntax',
        detail,
      );
    });

    it(`${MAX_JSON_DEPTH} levels are parsed (and refused by the schema, not the parser)`, async () => {
      const res = await server.scim(
        t,
        'POST',
        '/Users',
        `{"userName":"deep","emails":${deepJson(MAX_JSON_DEPTH - 1)}}`,
      );
      expectError(res, 400, 'invalidValue', 'emails');
    });
  });

  describe('filters the SQL must carry', () => {
    it('100 "or" terms (and the longest filter of terms) answer 200', async () => {
      const terms = Array.from({ length: 100 }, (_, i) => `userName eq "member.${i}"`).join(' or ');
      const res = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(terms)}`);
      expect(res.status).toBe(200);
      expect(res.body.totalResults).toBe(11);
      const many = Array.from({ length: 455 }, () => 'id pr').join(' or ');
      expect(many.length).toBeLessThanOrEqual(4096);
      const all = await server.scim(t, 'POST', '/Users/.search', { filter: many, count: 0 });
      expect(all.status).toBe(200);
      const ands = Array.from({ length: 150 }, (_, i) => `not (title eq "${i}")`).join(' and ');
      expect(ands.length).toBeLessThanOrEqual(4096);
      expect((await server.scim(t, 'POST', '/Users/.search', { filter: ands, count: 0 })).status).toBe(200);
    });

    it(`${MAX_FILTER_DEPTH} levels of or/not/brackets answer 200; one more is 400 invalidFilter naming the limit`, async () => {
      // The deepest SQL per level: `a and not (...)`, ending in a value path with two inner levels.
      const nest = (levels: number, pre = 'name.givenName co "x" and not (') =>
        `${pre.repeat(levels - 3)}emails[type eq "work" and (value co "m" or not (value sw "x"))]${')'.repeat(levels - 3)}`;
      for (const pre of ['title pr or not (', 'userName eq "x" or (', '('])
        expect((await server.scim(t, 'POST', '/Users/.search', { filter: nest(MAX_FILTER_DEPTH, pre) })).status).toBe(
          200,
        );
      const ok = await server.scim(t, 'POST', '/Users/.search', { filter: nest(MAX_FILTER_DEPTH), count: 0 });
      expect(ok.status).toBe(200);
      const groups = await server.scim(t, 'POST', '/Groups/.search', {
        filter: `${'not ('.repeat(MAX_FILTER_DEPTH - 2)}members[value eq "${userId}" or not (type eq "Group")]${')'.repeat(MAX_FILTER_DEPTH - 2)}`,
      });
      expect(groups.status).toBe(200);
      await refused(
        () => server.scim(t, 'POST', '/Users/.search', { filter: nest(MAX_FILTER_DEPTH + 1) }),
        400,
        'invalidFilter',
        `(the maximum depth is ${MAX_FILTER_DEPTH})`,
      );
    });
  });

  describe('what one request may carry (limits 5 and 5)', () => {
    it('6 operations in a PATCH: 400 tooMany naming the limit', async () => {
      const ops = Array.from({ length: 6 }, (_, i) => ({ op: 'replace', path: 'title', value: `t${i}` }));
      await refused(
        () => server.scim(t, 'PATCH', `/Users/${userId}`, patch(...ops)),
        400,
        'tooMany',
        'The PATCH holds 6 operations; at most 5 are accepted',
      );
    });

    it('6 values in one operation or one body: 400 tooMany', async () => {
      const emails = Array.from({ length: 6 }, (_, i) => ({ value: `m${i}@x.org` }));
      await refused(
        () => server.scim(t, 'PATCH', `/Users/${userId}`, patch({ op: 'add', path: 'emails', value: emails })),
        400,
        'tooMany',
        'Operations[0].value holds 6 values; one request may carry at most 5 per attribute',
      );
      await refused(
        () => server.scim(t, 'POST', '/Users', user('many.emails', { emails })),
        400,
        'tooMany',
        '"emails" holds 6 values',
      );
      const bulk = await server.scim(t, 'POST', '/Bulk', {
        schemas: [BULK],
        Operations: [
          { method: 'PATCH', path: `/Users/${userId}`, data: patch({ op: 'add', path: 'emails', value: emails }) },
        ],
      });
      expect(bulk.body.Operations[0]).toMatchObject({ status: '400', response: { scimType: 'tooMany' } });
      expect((await server.scim(t, 'GET', `/Users/${userId}`)).body.emails).toHaveLength(1);
    });

    it("a group's stored members are not capped: batches of 5 grow it to 12", async () => {
      for (const batch of [memberIds.slice(0, 5), memberIds.slice(5, 10), memberIds.slice(10)]) {
        const res = await server.scim(
          t,
          'PATCH',
          `/Groups/${groupId}`,
          patch({ op: 'add', path: 'members', value: batch.map((value) => ({ value })) }),
        );
        expect(res.status).toBe(204);
      }
      expect((await server.scim(t, 'GET', `/Groups/${groupId}`)).body.members).toHaveLength(12);
      const res = await server.scim(
        t,
        'PATCH',
        `/Groups/${groupId}?attributes=displayName`,
        patch({ op: 'replace', path: 'displayName', value: 'Bad Group 2' }),
      );
      expect(res.status).toBe(200);
    });
  });
}
