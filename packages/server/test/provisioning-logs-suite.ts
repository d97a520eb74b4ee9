import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/apps/app.entity.js';
import { purgeLogs } from '../src/provisioning/log.retention.js';
import type { LogEntry } from '../src/provisioning/log.types.js';
import { codeOf, type GqlClient, type GqlReply, gqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from './harness.js';
import { addApp, addCycle, entry, writeLogs } from './provisioning-logs-fixture.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const BULK = 25_000;
const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000);
const ODD_NAME = 'Doe, "Jane"\nsecond line Zoë 日本 🙂';

const LIST = `query($app: String!, $first: Int, $after: String, $filter: ProvisioningLogFilter) {
  provisioningLogs(app: $app, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id sourceId sourceName action status errorCode cycleId createdAt } }
  }
}`;
const ONE = `query($id: ID!) { provisioningLog(id: $id) {
  id app sourceId sourceName targetName objectType action status errorCode errorMessage responseStatus retryCount durationMs
  request { method path } modified { attribute old new } steps { step status details }
} }`;
const REPORT = `query($id: ID!) { cycleReport(cycleId: $id) {
  app cycleId total successes failures skipped warnings successRate byAction { action count } failuresByErrorCode { errorCode count }
} }`;

/** Provisioning logs (SPEC E9): writer, GraphQL reads and reports, access, HTTP and CLI export, retention. */
export function defineProvisioningLogsSuite(kind: DbKind): void {
  let server: TestServer;
  let a: TestTenant;
  let b: TestTenant;
  let appA: App;
  let appBulk: App;
  let appExternal: App;
  let cycle1: string;
  let cycle2: string;
  let ownerA: GqlClient;
  let viewerA: GqlClient;
  let adminB: GqlClient;
  let platform: GqlClient;
  let apiTokenA = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await server.addTenant(`logs-a-${kind}`);
    b = await server.addTenant(`logs-b-${kind}`);
    await addAdmin(server, a, 'vic.viewer', 'viewer');
    await addAdmin(server, b, 'bob.admin', 'admin');
    await addAdmin(server, b, 'pat.platform', 'owner', true);
    ownerA = await signedInClient(server, a.adminUserName, PASSWORD);
    viewerA = await signedInClient(server, 'vic.viewer', PASSWORD);
    adminB = await signedInClient(server, 'bob.admin', PASSWORD);
    platform = await signedInClient(server, 'pat.platform', PASSWORD);
    const tok = await ownerA(`mutation { createApiToken(tenant: "${a.tenant.slug}") { secret } }`);
    apiTokenA = tok.data.createApiToken.secret;

    appA = await addApp(server, `hr-to-a-${kind}`, { tenantId: a.tenant.id });
    appBulk = await addApp(server, `bulk-to-a-${kind}`, { tenantId: a.tenant.id });
    appExternal = await addApp(server, `hr-to-saas-${kind}`, { url: 'https://saas.example.com/scim/v2' });
    cycle1 = (await addCycle(server, appA.id)).id;
    cycle2 = (await addCycle(server, appA.id)).id;
    const c1 = { appId: appA.id, cycleId: cycle1 };
    const specific: [string, LogEntry][] = [
      [
        'e1',
        entry(appA.id, {
          ...c1,
          sourceId: 'src-1',
          sourceName: 'Adele Vance',
          targetName: 'adele@contoso.com',
          at: at(1),
          request: { method: 'POST', path: '/Users' },
          responseStatus: 201,
          steps: [
            { step: 'import', status: 'Success', details: { source: 'src-1' } },
            { step: 'action', status: 'Success', details: {} },
          ],
        }),
      ],
      [
        'e2',
        entry(appA.id, {
          ...c1,
          action: 'Update',
          sourceId: 'src-2',
          sourceName: 'MÜLLER, Jürgen',
          at: at(2),
          modified: [{ attribute: 'title', old: 'Engineer', new: 'Lead' }],
        }),
      ],
      [
        'e3',
        entry(appA.id, {
          ...c1,
          status: 'Failure',
          sourceId: 'src-3',
          errorCode: 'EntryConflict',
          errorMessage: 'userName taken',
          responseStatus: 409,
          retryCount: 2,
          at: at(3),
        }),
      ],
      [
        'e4',
        entry(appA.id, {
          ...c1,
          action: 'Update',
          status: 'Failure',
          sourceId: 'src-4',
          errorCode: 'EntryConflict',
          at: at(4),
        }),
      ],
      [
        'e5',
        entry(appA.id, {
          ...c1,
          action: 'Disable',
          status: 'Failure',
          sourceId: 'src-5',
          errorCode: 'Timeout',
          at: at(5),
        }),
      ],
      [
        'e6',
        entry(appA.id, {
          cycleId: cycle2,
          objectType: 'group',
          action: 'Skip',
          status: 'Skipped',
          sourceId: 'grp-1',
          sourceName: 'Sales 100%',
          errorCode: 'RedundantExport',
          at: at(6),
        }),
      ],
      [
        'e7',
        entry(appA.id, {
          action: 'Other',
          status: 'Warning',
          sourceId: 'src-7',
          sourceName: '=HYPERLINK("x")',
          at: at(7),
        }),
      ],
      [
        'e8',
        entry(appA.id, {
          action: 'Update',
          sourceId: 'src-8',
          sourceName: ODD_NAME,
          targetName: 'comma,target',
          at: at(8),
          modified: [{ attribute: 'displayName', old: null, new: 'Zoë "Z"' }],
        }),
      ],
    ];
    await writeLogs(
      server,
      specific.map(([, e]) => e),
    );
    const rows = await server.rt.services.sql.all<{ id: string; source_id: string }>(
      'select id, source_id from provisioning_log where app_id = ?',
      [appA.id],
    );
    for (const [name, e] of specific) ids[name] = rows.find((r) => r.source_id === e.sourceId)!.id;
    // 25k entries, ten per millisecond (the keyset must break ties on the id)
    const bulk = Array.from({ length: BULK }, (_, i) =>
      entry(appBulk.id, { sourceId: `bulk-${i}`, sourceName: `User ${i}`, at: new Date(T0 + Math.floor(i / 10)) }),
    );
    await writeLogs(server, bulk);
    await writeLogs(server, [entry(appExternal.id, { sourceId: 'ext-1' })]);
  }, 120_000);
  afterAll(async () => server?.close());

  const sourceIds = (r: { data: { provisioningLogs: { edges: { node: { sourceId: string } }[] } } }) =>
    r.data.provisioningLogs.edges.map((e) => e.node.sourceId);

  it('pages newest first on (createdAt, id) with cursors and an exact totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: GqlReply = await ownerA(LIST, { app: appA.name, first: 3, after });
      expect(r.errors).toBeUndefined();
      expect(r.data.provisioningLogs.totalCount).toBe(8);
      expect(r.data.provisioningLogs.pageInfo.hasPreviousPage).toBe(!!after);
      seen.push(...sourceIds(r));
      if (!r.data.provisioningLogs.pageInfo.hasNextPage) break;
      after = r.data.provisioningLogs.pageInfo.endCursor;
    }
    expect(seen).toEqual(['src-8', 'src-7', 'grp-1', 'src-5', 'src-4', 'src-3', 'src-2', 'src-1']);
    expect(codeOf(await ownerA(LIST, { app: appA.name, first: 201 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ownerA(LIST, { app: appA.name, after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('filters by cycle, actions, statuses, identity (any case, Unicode, % literal), type and time', async () => {
    const q = async (filter: Record<string, unknown>) => {
      const r = await ownerA(LIST, { app: appA.name, first: 50, filter });
      expect(r.errors).toBeUndefined();
      return { ids: sourceIds(r), total: r.data.provisioningLogs.totalCount as number };
    };
    expect(await q({ cycleId: cycle1 })).toEqual({ ids: ['src-5', 'src-4', 'src-3', 'src-2', 'src-1'], total: 5 });
    expect((await q({ cycleId: cycle2 })).ids).toEqual(['grp-1']);
    expect((await q({ actions: ['CREATE'] })).ids).toEqual(['src-3', 'src-1']);
    expect((await q({ actions: ['UPDATE', 'DISABLE'] })).ids).toEqual(['src-8', 'src-5', 'src-4', 'src-2']);
    expect((await q({ statuses: ['FAILURE'] })).total).toBe(3);
    expect((await q({ statuses: ['SKIPPED', 'WARNING'] })).ids).toEqual(['src-7', 'grp-1']);
    expect((await q({ actions: ['UPDATE'], statuses: ['FAILURE'] })).ids).toEqual(['src-4']);
    expect((await q({ identity: 'müller' })).ids).toEqual(['src-2']);
    expect((await q({ identity: 'ADELE@CONTOSO' })).ids).toEqual(['src-1']);
    expect((await q({ identity: 'SRC-3' })).ids).toEqual(['src-3']);
    expect((await q({ identity: '100%' })).ids).toEqual(['grp-1']);
    expect((await q({ identity: '%' })).ids).toEqual(['grp-1']);
    expect((await q({ identity: '_' })).ids).toEqual([]);
    expect((await q({ objectType: 'GROUP' })).ids).toEqual(['grp-1']);
    expect((await q({ from: at(3).toISOString(), to: at(6).toISOString() })).ids).toEqual(['src-5', 'src-4', 'src-3']);
    expect(codeOf(await ownerA(LIST, { app: appA.name, filter: { identity: 'x'.repeat(257) } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('provisioningLog returns one entry with its steps, modified properties and request', async () => {
    const r = await viewerA(ONE, { id: ids.e1 });
    expect(r.errors).toBeUndefined();
    expect(r.data.provisioningLog).toEqual({
      id: ids.e1,
      app: appA.name,
      sourceId: 'src-1',
      sourceName: 'Adele Vance',
      targetName: 'adele@contoso.com',
      objectType: 'USER',
      action: 'CREATE',
      status: 'SUCCESS',
      errorCode: null,
      errorMessage: null,
      responseStatus: 201,
      retryCount: 0,
      durationMs: 12,
      request: { method: 'POST', path: '/Users' },
      modified: [],
      steps: [
        { step: 'import', status: 'Success', details: { source: 'src-1' } },
        { step: 'action', status: 'Success', details: {} },
      ],
    });
    const two = await viewerA(ONE, { id: ids.e2 });
    expect(two.data.provisioningLog.modified).toEqual([{ attribute: 'title', old: 'Engineer', new: 'Lead' }]);
  });

  it('a list page reads steps and modified only when the query asks for them (directly or in a fragment)', async () => {
    const detail = `id steps { step status details } modified { attribute old new }`;
    const queries = [
      `query($app: String!) { provisioningLogs(app: $app, first: 200) { edges { node { ${detail} } } } }`,
      `query($app: String!) { provisioningLogs(app: $app, first: 200) { edges { ...E } } }
       fragment E on ProvisioningLogEdge { node { ... on ProvisioningLogEntry { ...D } } }
       fragment D on ProvisioningLogEntry { ${detail} }`,
    ];
    for (const query of queries) {
      const r = await viewerA(query, { app: appA.name });
      expect(r.errors).toBeUndefined();
      const byId = new Map(r.data.provisioningLogs.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
      for (const key of ['e1', 'e2']) {
        const one = await viewerA(ONE, { id: ids[key] });
        expect(byId.get(ids[key])).toEqual({
          id: ids[key],
          steps: one.data.provisioningLog.steps,
          modified: one.data.provisioningLog.modified,
        });
      }
      expect((byId.get(ids.e1) as { steps: unknown[] }).steps).toHaveLength(2);
      expect((byId.get(ids.e2) as { modified: unknown[] }).modified).toHaveLength(1);
    }
    // without them, the rows are the same rows
    const light = await viewerA(LIST, { app: appA.name, first: 200 });
    expect(light.data.provisioningLogs.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ids.e1);
  });

  it('cycleReport: success rate, counts by action, failures by error code', async () => {
    const r = await ownerA(REPORT, { id: cycle1 });
    expect(r.errors).toBeUndefined();
    const rep = r.data.cycleReport;
    expect(rep).toMatchObject({
      app: appA.name,
      cycleId: cycle1,
      total: 5,
      successes: 2,
      failures: 3,
      skipped: 0,
      warnings: 0,
    });
    expect(rep.successRate).toBeCloseTo(0.4, 10);
    expect(rep.failuresByErrorCode).toEqual([
      { errorCode: 'EntryConflict', count: 2 },
      { errorCode: 'Timeout', count: 1 },
    ]);
    expect(new Map(rep.byAction.map((x: { action: string; count: number }) => [x.action, x.count]))).toEqual(
      new Map([
        ['CREATE', 2],
        ['UPDATE', 2],
        ['DISABLE', 1],
      ]),
    );
    const two = await ownerA(REPORT, { id: cycle2 });
    expect(two.data.cycleReport).toMatchObject({ total: 1, skipped: 1, successRate: null, failuresByErrorCode: [] });
    const all = await ownerA(
      `query($app: String!) { provisioningLogReport(app: $app, filter: { statuses: [FAILURE, SUCCESS] }) { total successRate } }`,
      { app: appA.name },
    );
    expect(all.data.provisioningLogReport.total).toBe(6);
    expect(all.data.provisioningLogReport.successRate).toBeCloseTo(0.5, 10);
  });

  it('access: platform owners see every app, members of the target tenant theirs, others get NOT_FOUND', async () => {
    const total = async (c: GqlClient, app: string) => {
      const r = await c(LIST, { app, first: 1 });
      return r.errors ? codeOf(r) : r.data.provisioningLogs.totalCount;
    };
    expect(await total(platform, appA.name)).toBe(8);
    expect(await total(platform, appExternal.name)).toBe(1);
    expect(await total(viewerA, appA.name)).toBe(8);
    expect(await total(gqlClient(server, { bearer: apiTokenA }), appA.name)).toBe(8);
    expect(await total(adminB, appA.name)).toBe('NOT_FOUND');
    expect(await total(ownerA, appExternal.name)).toBe('NOT_FOUND');
    expect(await total(gqlClient(server), appA.name)).toBe('UNAUTHENTICATED');
    // not seeing an app reads exactly like its absence
    const hidden = await adminB(LIST, { app: appA.name });
    const absent = await adminB(LIST, { app: 'no-such-app' });
    expect(hidden.errors?.[0].message).toBe(`App "${appA.name}" not found`);
    expect(absent.errors?.[0].message).toBe('App "no-such-app" not found');
    const entryHidden = await adminB(ONE, { id: ids.e1 });
    expect(codeOf(entryHidden)).toBe('NOT_FOUND');
    expect(entryHidden.errors?.[0].message).toBe(`Provisioning log entry ${ids.e1} not found`);
    expect(codeOf(await adminB(REPORT, { id: cycle1 }))).toBe('NOT_FOUND');
    expect((await adminB(REPORT, { id: cycle1 })).errors?.[0].message).toBe(`Cycle ${cycle1} not found`);
    expect(codeOf(await platform(REPORT, { id: cycle1 }))).toBeUndefined();
  });

  const exportUrl = (app: string, query = '') =>
    `${server.url}/api/apps/${encodeURIComponent(app)}/provisioning-logs/export${query}`;
  const cookieOf = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  it('CSV export with the session cookie: BOM, header, RFC 4180 quoting, non-ASCII, defused formulas', async () => {
    const res = await fetch(exportUrl(appA.name, '?format=csv'), { headers: { cookie: cookieOf(viewerA) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename="${appA.name}-provisioning-logs.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'createdAt,id,cycleId,objectType,action,status,sourceId,sourceName,targetId,targetName,modified,steps,request,responseStatus,errorCode,errorMessage,retryCount,durationMs',
    );
    expect(text).toContain('"Doe, ""Jane""\nsecond line Zoë 日本 🙂"');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.sourceId)).toEqual([
      'src-8',
      'src-7',
      'grp-1',
      'src-5',
      'src-4',
      'src-3',
      'src-2',
      'src-1',
    ]);
    expect(rows[0]).toMatchObject({
      sourceName: ODD_NAME,
      targetName: 'comma,target',
      modified: 'displayName: null -> "Zoë \\"Z\\""',
    });
    expect(rows[1].sourceName).toBe(`'=HYPERLINK("x")`);
    expect(rows[5]).toMatchObject({
      status: 'Failure',
      errorCode: 'EntryConflict',
      errorMessage: 'userName taken',
      responseStatus: '409',
      retryCount: '2',
    });
    expect(rows[7]).toMatchObject({
      request: 'POST /Users',
      steps: 'import: Success; action: Success',
      createdAt: at(1).toISOString(),
    });

    const filtered = await fetch(exportUrl(appA.name, `?cycle=${cycle1}&status=Failure&action=Create,Update`), {
      headers: { cookie: cookieOf(ownerA) },
    });
    const frows = parse((await filtered.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(frows.map((r) => r.sourceId)).toEqual(['src-4', 'src-3']);
    const ident = await fetch(exportUrl(appA.name, '?identity=m%C3%BCller'), { headers: { cookie: cookieOf(ownerA) } });
    expect((parse((await ident.text()).replace(/^\uFEFF/, ''), { columns: true }) as unknown[]).length).toBe(1);
  });

  it('JSON export with an API token; refusals are 401, 404 and 400', async () => {
    const res = await fetch(exportUrl(appA.name, '?format=json'), {
      headers: { authorization: `Bearer ${apiTokenA}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename="${appA.name}-provisioning-logs.json"`);
    const body = (await res.json()) as Record<string, unknown>[];
    expect(body.map((r) => r.sourceId)).toEqual([
      'src-8',
      'src-7',
      'grp-1',
      'src-5',
      'src-4',
      'src-3',
      'src-2',
      'src-1',
    ]);
    expect(body[0]).toMatchObject({
      id: ids.e8,
      sourceName: ODD_NAME,
      modified: [{ attribute: 'displayName', old: null, new: 'Zoë "Z"' }],
    });
    expect(body[7]).toMatchObject({
      request: { method: 'POST', path: '/Users' },
      createdAt: at(1).toISOString(),
      cycleId: cycle1,
    });
    const empty = await fetch(exportUrl(appA.name, '?format=json&identity=nobody'), {
      headers: { authorization: `Bearer ${apiTokenA}` },
    });
    expect(await empty.json()).toEqual([]);

    const status = async (url: string, headers: Record<string, string> = {}) => (await fetch(url, { headers })).status;
    expect(await status(exportUrl(appA.name))).toBe(401);
    expect(await status(exportUrl(appA.name), { authorization: 'Bearer sdp_nope' })).toBe(401);
    expect(await status(exportUrl(appA.name), { cookie: cookieOf(adminB) })).toBe(404);
    expect(await status(exportUrl('no-such-app'), { cookie: cookieOf(adminB) })).toBe(404);
    expect(await status(exportUrl(appExternal.name), { authorization: `Bearer ${apiTokenA}` })).toBe(404);
    expect(await status(exportUrl(appExternal.name), { cookie: cookieOf(platform) })).toBe(200);
    const bad = await fetch(exportUrl(appA.name, '?format=xml'), { headers: { cookie: cookieOf(ownerA) } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    expect(await status(exportUrl(appA.name, '?status=Great'), { cookie: cookieOf(ownerA) })).toBe(400);
    expect(await status(exportUrl(appA.name, '?from=yesterday'), { cookie: cookieOf(ownerA) })).toBe(400);
  });

  it(`exports all ${BULK} entries of an app, CSV and JSON, newest first without a repeat`, {
    timeout: 120_000,
  }, async () => {
    const csv = await fetch(exportUrl(appBulk.name), { headers: { cookie: cookieOf(ownerA) } });
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines.length).toBe(BULK + 1);
    const json = await fetch(exportUrl(appBulk.name, '?format=json'), {
      headers: { authorization: `Bearer ${apiTokenA}` },
    });
    const rows = (await json.json()) as { id: string; sourceId: string; createdAt: string }[];
    expect(rows.length).toBe(BULK);
    expect(new Set(rows.map((r) => r.sourceId)).size).toBe(BULK);
    for (let i = 1; i < rows.length; i++) {
      const p = rows[i - 1];
      const c = rows[i];
      expect(p.createdAt > c.createdAt || (p.createdAt === c.createdAt && p.id > c.id)).toBe(true);
    }
    // written in one batch, ten to a millisecond: UUIDv7 ids keep the write order within the millisecond
    expect(rows[0].sourceId).toBe(`bulk-${BULK - 1}`);
    expect(rows[BULK - 1].sourceId).toBe('bulk-0');
  });

  const cli = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: SERVER_DIR,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATABASE_URL: server.databaseUrl,
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('scimdesk app logs writes the same export to stdout', { timeout: 120_000 }, async () => {
    const json = await cli('app', 'logs', appA.name, '--format', 'json');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const http = await fetch(exportUrl(appA.name, '?format=json'), {
      headers: { authorization: `Bearer ${apiTokenA}` },
    });
    expect(json.stdout).toBe(await http.text());
    const csv = await cli('app', 'logs', appA.name, '--cycle', cycle1);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.sourceId)).toEqual(['src-5', 'src-4', 'src-3', 'src-2', 'src-1']);
    const missing = await cli('app', 'logs', 'no-such-app');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: No app "no-such-app"\n');
    const bad = await cli('app', 'logs', appA.name, '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --format: /);
  });

  it('insertLogs fits every field to its column: a 1000-character name, NUL bytes, oversized codes', async () => {
    const app = await addApp(server, `fit-${kind}`, { tenantId: a.tenant.id });
    await writeLogs(server, [
      entry(app.id, {
        sourceId: `nul\u0000id-${'x'.repeat(100)}`,
        sourceName: 'n'.repeat(999) + '🙂',
        targetName: `t\u0000n`,
        errorCode: 'E'.repeat(100),
        errorMessage: `bad\u0000message`,
        modified: [{ attribute: 'a\u0000b', old: 'x\u0000', new: 'y'.repeat(10_000) }],
        steps: [{ step: 'action', status: 'Failure', details: { body: '\u0000' } }],
        request: { method: 'PATCH', path: `/Users/${'p'.repeat(1000)}` },
      }),
    ]);
    const list = await ownerA(LIST, { app: app.name });
    const id = list.data.provisioningLogs.edges[0].node.id;
    const r = (await ownerA(ONE, { id })).data.provisioningLog;
    expect(r.sourceId).toBe(`nul\uFFFDid-${'x'.repeat(64 - 7)}`);
    expect(r.sourceName).toBe('n'.repeat(256));
    expect(r.targetName).toBe('t\uFFFDn');
    expect(r.errorCode).toBe('E'.repeat(64));
    expect(r.errorMessage).toBe('bad\uFFFDmessage');
    expect(r.modified).toEqual([{ attribute: 'a\uFFFDb', old: 'x\uFFFD', new: 'y'.repeat(4096) }]);
    expect(r.steps[0].details).toEqual({ body: '\uFFFD' });
    expect(r.request.method).toBe('PATCH');
    expect(`${r.request.method} ${r.request.path}`.length).toBe(600);
  });

  it('purgeLogs deletes entries older than the cutoff, in batches, and keeps the rest', async () => {
    const app = await addApp(server, `purge-${kind}`, { tenantId: a.tenant.id });
    const old = Date.now() - 40 * 86_400_000;
    await writeLogs(server, [
      ...Array.from({ length: 12 }, (_, i) => entry(app.id, { sourceId: `old-${i}`, at: new Date(old + i) })),
      ...Array.from({ length: 3 }, (_, i) => entry(app.id, { sourceId: `new-${i}` })),
    ]);
    const before = (await ownerA(LIST, { app: appA.name, first: 1 })).data.provisioningLogs.totalCount;
    const cutoff = new Date(Date.now() - 30 * 86_400_000);
    expect(await purgeLogs(server.rt.services.sql, cutoff, 5)).toBe(12);
    const left = await ownerA(LIST, { app: app.name });
    expect(sourceIds(left).sort()).toEqual(['new-0', 'new-1', 'new-2']);
    expect((await ownerA(LIST, { app: appA.name, first: 1 })).data.provisioningLogs.totalCount).toBe(before);
    expect(await purgeLogs(server.rt.services.sql, cutoff)).toBe(0);
  });
}
