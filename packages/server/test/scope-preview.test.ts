import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../src/apps/app.entity.js';
import type { StoredScope } from '../src/apps/app.types.js';
import { previewScopeOf, previewSide } from '../src/apps/scope.preview.js';
import { DirectoryService } from '../src/directory/directory.service.js';
import { importRows } from '../src/directory/import/import.js';
import { codeOf, type GqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer } from './harness.js';

const N = 2500;
const id = (i: number) => `u${String(i).padStart(4, '0')}`;
const upn = (i: number) => `${id(i)}@sp.example`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
/** Sales 1..1500, Eng 1501..2400, Temp 2401..2500; employeeId is the number. */
const department = (i: number) => (i <= 1500 ? 'Sales' : i <= 2400 ? 'Eng' : 'Temp');

const PREVIEW = `query($app: String!, $scope: JSON, $sample: Int) {
  scopePreview(app: $app, scope: $scope, sample: $sample) {
    proposed
    users { total inScopeNow inScopeProposed entering leaving attributes
      enteringSample { objectId name reason } leavingSample { objectId name reason } }
    groups { total inScopeNow inScopeProposed entering leaving
      enteringSample { objectId name reason } leavingSample { objectId name reason } }
    diagnostics { path code severity message }
  }
}`;

const clause = (attribute: string, operator: string, value?: string) => ({ attribute, operator, value });

/**
 * The scope page's preview over real GraphQL on SQLite: counts now and under a proposal, who
 * enters and leaves (with the engine's reasons), diagnostics of a bad proposal, who may ask, and
 * the chunked scan giving the event loop back between chunks.
 */
describe('scopePreview over GraphQL on SQLite', () => {
  let server: TestServer;
  let owner: GqlClient;
  let viewer: GqlClient;
  let admin: GqlClient;
  let stranger: GqlClient;
  let directoryId = '';
  const APP = 'sp-app';

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const t = await server.addTenant('sp-target', { rules: 'egnyte', sso: true });
    const other = await server.addTenant('sp-other');
    await addAdmin(server, t, 'pat.owner', 'viewer', true);
    await addAdmin(server, t, 'vic.viewer', 'viewer');
    await addAdmin(server, t, 'ada.admin', 'admin');
    await addAdmin(server, other, 'sam.stranger', 'admin');
    owner = await signedInClient(server, 'pat.owner', PASSWORD);
    viewer = await signedInClient(server, 'vic.viewer', PASSWORD);
    admin = await signedInClient(server, 'ada.admin', PASSWORD);
    stranger = await signedInClient(server, 'sam.stranger', PASSWORD);

    const dirs = new DirectoryService(server.rt.services.sql);
    const d = await dirs.createDirectory({ slug: 'sp' });
    directoryId = d.id;
    const row = (values: Record<string, unknown>, line: number) => ({ file: 'test', line, values });
    await importRows(server.rt.services.sql, d.id, {
      users: range(1, N).map((i) =>
        row({ objectId: id(i), userPrincipalName: upn(i), department: department(i), employeeId: String(i) }, i),
      ),
      groups: [
        row({ objectId: 'g-team', displayName: 'Team', members: [...range(1, 100).map(id), 'g-nested'] }, 1),
        row({ objectId: 'g-nested', displayName: 'Nested', members: range(101, 150).map(id) }, 2),
        row({ objectId: 'g-other', displayName: 'Other', members: range(2401, 2410).map(id) }, 3),
      ],
    });
    await dirs.softDeleteUser(d.id, id(2));
    const applied = await owner(
      'mutation($f: JSON!) { applyApp(file: $f, testConnection: false) { app { name } diagnostics { code } } }',
      {
        f: {
          name: APP,
          source: { directory: 'sp' },
          target: { tenant: 'sp-target' },
          scope: {
            mode: 'assigned',
            assignments: { users: [upn(2450)], groups: ['Team'] },
            userFilter: { groups: [{ clauses: [clause('department', 'NOT EQUALS', 'Temp')] }] },
          },
          schedule: { enabled: false },
        },
      },
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyApp.app).toEqual({ name: APP });
  }, 60_000);
  afterAll(async () => server?.close());

  it('a viewer sees the counts now: direct members of the assigned group, the filter applied, soft-deleted left out', async () => {
    const r = await viewer(PREVIEW, { app: APP });
    expect(r.errors).toBeUndefined();
    const p = r.data.scopePreview;
    expect(p.proposed).toBe(false);
    // Team's direct members 1..100 without the soft-deleted u0002; u2450 is assigned but in Temp;
    // Nested's members (101..150) are only nested members of Team.
    expect(p.users).toMatchObject({
      total: N - 1,
      inScopeNow: 99,
      inScopeProposed: null,
      entering: 0,
      leaving: 0,
      enteringSample: [],
      leavingSample: [],
    });
    expect(p.users.attributes).toEqual(
      expect.arrayContaining(['accountEnabled', 'department', 'employeeId', 'objectId', 'userPrincipalName']),
    );
    expect(p.groups).toMatchObject({ total: 3, inScopeNow: 1, inScopeProposed: null });
    expect(p.diagnostics).toEqual([]);
  });

  it('a proposed "sync all" with two OR-ed groups of AND-ed clauses: who enters and who leaves, with the reasons', async () => {
    const scope = {
      mode: 'all',
      userFilter: {
        groups: [
          { clauses: [clause('department', 'EQUALS', 'Sales'), clause('employeeId', 'GREATER_THAN', '1000')] },
          { clauses: [clause('department', 'EQUALS', 'Eng'), clause('employeeId', 'LESS_THAN_OR_EQUALS', '1600')] },
        ],
      },
    };
    const r = await owner(PREVIEW, { app: APP, scope, sample: 3 });
    expect(r.errors).toBeUndefined();
    const p = r.data.scopePreview;
    expect(p.proposed).toBe(true);
    expect(p.users).toMatchObject({ total: N - 1, inScopeNow: 99, inScopeProposed: 600, entering: 600, leaving: 99 });
    expect(p.users.enteringSample).toEqual(
      [1001, 1002, 1003].map((i) => ({ objectId: id(i), name: upn(i), reason: 'The app syncs all users and groups.' })),
    );
    expect(p.users.leavingSample).toEqual(
      [1, 3, 4].map((i) => ({
        objectId: id(i),
        name: upn(i),
        reason: 'Out of scope: group 1: employeeId GREATER_THAN 1000 failed; group 2: department EQUALS Eng failed.',
      })),
    );
    expect(p.groups).toMatchObject({ total: 3, inScopeNow: 1, inScopeProposed: 3, entering: 2, leaving: 0 });
    expect(p.groups.enteringSample.map((g: { name: string }) => g.name)).toEqual(['Nested', 'Other']);
    expect(p.diagnostics).toEqual([]);
  });

  it('assigning the nested group brings its direct members in; the old group members leave', async () => {
    const r = await owner(PREVIEW, {
      app: APP,
      scope: { mode: 'assigned', assignments: { groups: ['Nested'] } },
      sample: 1,
    });
    expect(r.errors).toBeUndefined();
    const u = r.data.scopePreview.users;
    expect(u).toMatchObject({ inScopeNow: 99, inScopeProposed: 50, entering: 50, leaving: 99 });
    expect(u.enteringSample).toEqual([
      { objectId: id(101), name: upn(101), reason: 'Direct member of assigned group "Nested".' },
    ]);
    expect(u.leavingSample).toEqual([
      {
        objectId: id(1),
        name: upn(1),
        reason: 'The user is not assigned to the app, directly or through a group.',
      },
    ]);
  });

  it('a bad proposal gives every diagnostic at its app-file path and no proposed counts', async () => {
    const r = await owner(PREVIEW, {
      app: APP,
      scope: {
        mode: 'assigned',
        assignments: { users: ['nobody@sp.example'] },
        userFilter: { groups: [{ clauses: [clause('department', 'SORTA EQUALS', 'x')] }] },
        groupFilter: { groups: [{ clauses: [clause('displayName', 'GREATER_THAN', 'abc')] }] },
      },
    });
    expect(r.errors).toBeUndefined();
    const p = r.data.scopePreview;
    expect(p.proposed).toBe(false);
    expect(p.users).toMatchObject({ inScopeNow: 99, inScopeProposed: null, entering: 0, leaving: 0 });
    expect(p.diagnostics.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['scope.userFilter.groups[0].clauses[0].operator', 'SCOPE_UNKNOWN_OPERATOR'],
      ['scope.groupFilter.groups[0].clauses[0].value', 'SCOPE_INVALID_VALUE'],
      ['scope.assignments.users[0]', 'APP_UNKNOWN_USER'],
    ]);
    const shape = await owner(PREVIEW, { app: APP, scope: { mode: 'some' } });
    expect(shape.data.scopePreview.diagnostics).toMatchObject([{ path: 'scope.mode', code: 'APP_INVALID' }]);
  });

  it('only a platform owner previews a proposal; other tenants do not see the app', async () => {
    const scope = { mode: 'all' };
    expect(codeOf(await viewer(PREVIEW, { app: APP, scope }))).toBe('FORBIDDEN');
    expect(codeOf(await admin(PREVIEW, { app: APP, scope }))).toBe('FORBIDDEN');
    expect((await admin(PREVIEW, { app: APP })).data.scopePreview.users.inScopeNow).toBe(99);
    expect(codeOf(await stranger(PREVIEW, { app: APP }))).toBe('NOT_FOUND');
    expect(codeOf(await owner(PREVIEW, { app: APP, sample: 51 }))).toBe('BAD_USER_INPUT');
  });

  it('reads in chunks and yields between them; the answer does not depend on the chunk size', async () => {
    const app = await server.rt.db.orm.em.fork().findOneOrFail(App, { name: APP });
    const now = previewScopeOf(JSON.parse(app.scope) as StoredScope);
    const proposed = previewScopeOf({
      mode: 'all',
      users: [],
      groups: [],
      userFilter: { groups: [{ clauses: [clause('department', 'EQUALS', 'Eng')] }] },
      groupFilter: { groups: [] },
    });
    let pauses = 0;
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const chunked = await previewSide(server.rt.services.sql, directoryId, 'user', now, proposed, {
      chunk: 100,
      pause: async () => {
        pauses++;
        await new Promise<void>((resolve) => setImmediate(resolve));
      },
    });
    ticking = false;
    // 2,499 active users in chunks of 100: 24 full chunks and a last one of 99.
    expect(pauses).toBe(24);
    expect(turns).toBeGreaterThanOrEqual(24);
    const whole = await previewSide(server.rt.services.sql, directoryId, 'user', now, proposed, { chunk: 5000 });
    expect(chunked).toEqual(whole);
    expect(whole).toMatchObject({ total: N - 1, inScopeNow: 99, inScopeProposed: 900, entering: 900, leaving: 99 });
  });
});
