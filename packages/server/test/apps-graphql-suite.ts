import { type MappingSet, mappingPresets } from '@scimdesk/scim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { App } from '../src/apps/app.entity.js';
import { startCycle } from '../src/cycles/cycle.service.js';
import { DirectoryService } from '../src/directory/directory.service.js';
import { codeOf, type GqlClient, type GqlReply, gqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { type DbKind, startTestServer, type TestServer, type TestTenant } from './harness.js';

const APP_FIELDS = `name state directory mappingsPreset deletionThreshold watermark
  target { tenant url tokenStored tokenEnv }
  scope { mode users { objectId name } groups { objectId name } userFilter { groups { clauses { attribute operator value } } } }
  schedule { intervalMinutes enabled nextRunAt }
  currentCycle { id status kind trigger done total }`;
const DIAG = 'diagnostics { path code severity message expression { line column offset } }';
const APPLY = `mutation($f: JSON!, $t: Boolean) { applyApp(file: $f, testConnection: $t) { created reevaluate app { ${APP_FIELDS} } ${DIAG} } }`;
const VALIDATE = `mutation($f: JSON!) { validateApp(file: $f) { ok ${DIAG} } }`;
const APP = `query($n: String!) { app(name: $n) { ${APP_FIELDS} } }`;
const CYCLE = `query($id: ID!) { cycle(id: $id) { id app status kind phase done total rate durationMs finishedAt error
  counts { created updated disabled deleted skipped failed } } }`;
const steer = (op: string, extra = '') =>
  `mutation($n: String!) { ${op}(app: $n${extra}) { name state watermark currentCycle { id status kind trigger } } }`;

/** SPEC G1: apps and cycles over GraphQL, who may do what, and the token never leaving, on either database. */
export function defineAppsGraphqlSuite(kind: DbKind): void {
  let server: TestServer;
  let a: TestTenant;
  let owner: GqlClient;
  let adminA: GqlClient;
  let viewerA: GqlClient;
  let adminB: GqlClient;
  const replies: GqlReply[] = [];
  const NAME = `corp-to-a-${kind}`;
  const EXT = `corp-ext-${kind}`;

  /** Every reply is kept: the last test searches them all for the target's token. */
  const recorded = (c: GqlClient): GqlClient => {
    const call = (async (q, v, h) => {
      const r = await c(q, v, h);
      replies.push(r);
      return r;
    }) as GqlClient;
    return Object.assign(call, { cookies: c.cookies, csrf: c.csrf, bearer: c.bearer });
  };
  const signIn = async (userName: string) => recorded(await signedInClient(server, userName, PASSWORD));

  const appFile = (over: Record<string, unknown> = {}) => ({
    name: NAME,
    source: { directory: 'corp' },
    target: { tenant: a.tenant.slug },
    mappings: 'seed',
    scope: { mode: 'assigned', assignments: { users: ['carol@corp.example'], groups: ['Engineering'] } },
    schedule: { intervalMinutes: 60, enabled: false },
    ...over,
  });

  async function finished(c: GqlClient, id: string) {
    for (let i = 0; i < 200; i++) {
      const r = await c(CYCLE, { id });
      expect(r.errors).toBeUndefined();
      if (!['QUEUED', 'RUNNING'].includes(r.data.cycle.status)) return r.data.cycle;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error(`cycle ${id} did not finish`);
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    await server.rt.startRunner({ schedule: false });
    a = await server.addTenant(`apps-a-${kind}`, { rules: 'egnyte', sso: true });
    const b = await server.addTenant(`apps-b-${kind}`);
    await addAdmin(server, a, 'pat.owner', 'viewer', true);
    await addAdmin(server, a, 'ada.admin', 'admin');
    await addAdmin(server, a, 'vic.viewer', 'viewer');
    await addAdmin(server, b, 'bea.admin', 'admin');
    owner = await signIn('pat.owner');
    adminA = await signIn('ada.admin');
    viewerA = await signIn('vic.viewer');
    adminB = await signIn('bea.admin');

    const dirs = new DirectoryService(server.rt.services.sql);
    const d = await dirs.createDirectory({ slug: 'corp' });
    const ids: string[] = [];
    for (const n of ['alice', 'bob', 'carol', 'dave']) {
      const u = await dirs.createUser(d.id, {
        userPrincipalName: `${n}@corp.example`,
        displayName: `${n[0].toUpperCase()}${n.slice(1)} Example`,
        mail: `${n}@corp.example`,
        accountEnabled: true,
        attributes: { givenName: n, surname: 'Example' },
      });
      ids.push(u.objectId);
    }
    const g = await dirs.createGroup(d.id, { displayName: 'Engineering' });
    await dirs.addMembers(d.id, g.objectId, ids.slice(0, 2));
  });
  afterAll(async () => server?.close());

  it('applyApp with an unknown function and a bad scoping operator reports both with positions and saves nothing', async () => {
    const seed = structuredClone(mappingPresets.seed) as MappingSet;
    seed.user.mappings[0].source = 'Wordd([userPrincipalName], 1, "@")';
    const file = appFile({
      mappings: seed,
      scope: {
        mode: 'all',
        userFilter: { groups: [{ clauses: [{ attribute: 'department', operator: 'SORTA EQUALS', value: 'x' }] }] },
      },
    });
    const r = await owner(APPLY, { f: file });
    expect(r.errors).toBeUndefined();
    expect(r.data.applyApp.app).toBeNull();
    expect(r.data.applyApp.created).toBe(false);
    const byCode = Object.fromEntries(r.data.applyApp.diagnostics.map((d: { code: string }) => [d.code, d]));
    expect(byCode.EXPR_UNKNOWN_FUNCTION).toMatchObject({
      path: 'mappings.user.mappings[0].source',
      severity: 'error',
      expression: { line: 1, column: 1, offset: 0 },
    });
    expect(byCode.SCOPE_UNKNOWN_OPERATOR).toMatchObject({
      path: 'scope.userFilter.groups[0].clauses[0].operator',
      severity: 'error',
      expression: null,
    });
    const v = await owner(VALIDATE, { f: file });
    expect(v.data.validateApp.ok).toBe(false);
    expect(v.data.validateApp.diagnostics.map((d: { code: string }) => d.code).sort()).toEqual(
      Object.keys(byCode).sort(),
    );
    const shape = await owner(VALIDATE, { f: { name: NAME } });
    expect(shape.data.validateApp.ok).toBe(false);
    expect(shape.data.validateApp.diagnostics[0]).toMatchObject({ code: 'APP_INVALID', path: 'source' });
    expect((await owner('{ apps { name } }')).data.apps).toEqual([]);
  });

  it('validateApp of a clean file is ok and saves nothing; applyApp creates the app', async () => {
    const v = await owner(VALIDATE, { f: appFile() });
    expect(v.data.validateApp).toEqual({ ok: true, diagnostics: [] });
    expect((await owner('{ apps { name } }')).data.apps).toEqual([]);
    const r = await owner(APPLY, { f: appFile() });
    expect(r.errors).toBeUndefined();
    expect(r.data.applyApp).toMatchObject({ created: true, reevaluate: false, diagnostics: [] });
    const app = r.data.applyApp.app;
    expect(app).toMatchObject({
      name: NAME,
      state: 'RUNNING',
      directory: 'corp',
      mappingsPreset: 'seed',
      deletionThreshold: 500,
      watermark: null,
      target: { tenant: a.tenant.slug, url: null, tokenStored: false, tokenEnv: null },
      schedule: { intervalMinutes: 60, enabled: false },
      currentCycle: null,
    });
    expect(app.scope.mode).toBe('ASSIGNED');
    expect(app.scope.users.map((u: { name: string }) => u.name)).toEqual(['carol@corp.example']);
    expect(app.scope.groups).toEqual([{ objectId: expect.any(String), name: 'Engineering' }]);
    const again = await owner(APPLY, { f: appFile({ scope: { mode: 'all' } }) });
    expect(again.data.applyApp).toMatchObject({ created: false, reevaluate: true });
    await owner(APPLY, { f: appFile() });
  });

  it('applyApp with onlyNew refuses an existing name with APP_EXISTS and changes nothing', async () => {
    const ONLY_NEW = `mutation($f: JSON!) { applyApp(file: $f, onlyNew: true) { created app { name } ${DIAG} } }`;
    const r = await owner(ONLY_NEW, { f: appFile({ scope: { mode: 'all' }, deletionThreshold: 7 }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.applyApp).toMatchObject({ created: false, app: null });
    expect(r.data.applyApp.diagnostics).toEqual([
      expect.objectContaining({ path: 'name', code: 'APP_EXISTS', severity: 'error' }),
    ]);
    const app = (await owner(APP, { n: NAME })).data.app;
    expect(app.scope.mode).toBe('ASSIGNED');
    expect(app.deletionThreshold).toBe(500);
  });

  it('startCycle queues a cycle whose progress app.currentCycle and cycle(id) show until it succeeds', async () => {
    const s = await adminA(steer('startCycle'), { n: NAME });
    expect(s.errors).toBeUndefined();
    const current = s.data.startCycle.currentCycle;
    expect(current).toMatchObject({ kind: 'INITIAL', trigger: 'manual' });
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(current?.status ?? 'SUCCEEDED');
    const done = await finished(viewerA, current.id);
    expect(done).toMatchObject({ app: NAME, status: 'SUCCEEDED', kind: 'INITIAL', phase: 'DONE', error: null });
    // alice and bob (Engineering's members), carol (assigned), and the Engineering group; dave is out of scope
    expect(done.counts).toMatchObject({ created: 4, failed: 0 });
    expect(done.finishedAt).not.toBeNull();
    const users = await server.scim(a, 'GET', '/Users?count=50');
    const names = users.body.Resources.map((u: { userName: string }) => u.userName);
    expect(names).toEqual(expect.arrayContaining(['alice', 'bob', 'carol']));
    expect(names).not.toContain('dave');
    const app = await viewerA(
      `query($n: String!) { app(name: $n) { watermark currentCycle { id }
      lastCycle { id status counts { created } }
      report { successes failures successRate cycles { cycleId successes failures successRate } failuresByErrorCode { errorCode count } } } }`,
      { n: NAME },
    );
    expect(app.data.app.currentCycle).toBeNull();
    expect(app.data.app.watermark).toEqual(expect.any(Number));
    expect(app.data.app.lastCycle).toMatchObject({ id: current.id, status: 'SUCCEEDED', counts: { created: 4 } });
    expect(app.data.app.report).toMatchObject({ failures: 0, successRate: 1, failuresByErrorCode: [] });
    expect(app.data.app.report.cycles[0]).toMatchObject({ cycleId: current.id, failures: 0, successRate: 1 });
    expect(app.data.app.report.successes).toBeGreaterThanOrEqual(4);
  });

  it('pauseApp refuses new cycles, resumeApp lets them run, stopApp ends the open cycle', async () => {
    const p = await adminA(steer('pauseApp'), { n: NAME });
    expect(p.data.pauseApp.state).toBe('PAUSED');
    const refused = await adminA(steer('startCycle'), { n: NAME });
    expect(codeOf(refused)).toBe('CONFLICT');
    // a cycle queued while paused (as the scheduler may) waits; stopping the app ends it
    const em = server.rt.db.orm.em.fork();
    const entity = (await em.findOne(App, { name: NAME })) as App;
    const { cycle } = await startCycle(server.rt.services, entity, 'manual');
    await new Promise((res) => setTimeout(res, 300));
    expect((await viewerA(CYCLE, { id: cycle.id })).data.cycle.status).toBe('QUEUED');
    const st = await adminA(steer('stopApp'), { n: NAME });
    expect(st.data.stopApp.state).toBe('STOPPED');
    expect((await finished(adminA, cycle.id)).status).toBe('STOPPED');
    const r = await adminA(steer('resumeApp'), { n: NAME });
    expect(r.data.resumeApp).toMatchObject({ state: 'RUNNING', currentCycle: null });
    const s = await adminA(steer('startCycle'), { n: NAME });
    const next = s.data.startCycle.currentCycle;
    expect(next.kind).toBe('INCREMENTAL');
    expect((await finished(adminA, next.id)).counts).toMatchObject({ created: 0, failed: 0 });
  });

  it('restartApp clears the watermark and runs an initial cycle; cycles pages newest first', async () => {
    const r = await adminA(steer('restartApp', ', full: true'), { n: NAME });
    expect(r.errors).toBeUndefined();
    expect(r.data.restartApp).toMatchObject({ state: 'RUNNING', watermark: null });
    expect(r.data.restartApp.currentCycle).toMatchObject({ kind: 'INITIAL', trigger: 'restart' });
    const done = await finished(adminA, r.data.restartApp.currentCycle.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', kind: 'INITIAL' });
    expect(done.counts.failed).toBe(0);
    const page = `query($n: String!, $after: String) { app(name: $n) { cycles(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status trigger queuedAt durationMs } } } } }`;
    const all: { id: string; trigger: string; queuedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const p: GqlReply = await viewerA(page, { n: NAME, after });
      expect(p.errors).toBeUndefined();
      const c = p.data.app.cycles;
      expect(c.totalCount).toBe(4);
      all.push(...c.edges.map((e: { node: (typeof all)[number] }) => e.node));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(all.map((c) => c.trigger)).toEqual(['restart', 'manual', 'manual', 'manual']);
    expect(all[0].id).toBe(done.id);
    expect([...all].sort((x, y) => y.queuedAt.localeCompare(x.queuedAt)).map((c) => c.id)).toEqual(
      all.map((c) => c.id),
    );
  });

  it('an admin of the target tenant steers but does not manage; a viewer reads; another tenant sees nothing', async () => {
    expect((await adminA('{ apps { name } }')).data.apps).toEqual([{ name: NAME }]);
    expect(codeOf(await adminA(APPLY, { f: appFile() }))).toBe('FORBIDDEN');
    expect(codeOf(await adminA(VALIDATE, { f: appFile() }))).toBe('FORBIDDEN');
    expect(codeOf(await adminA('mutation($n: String!) { deleteApp(name: $n) }', { n: NAME }))).toBe('FORBIDDEN');

    expect((await viewerA('{ apps { name } }')).data.apps).toEqual([{ name: NAME }]);
    expect((await viewerA(APP, { n: NAME })).data.app.name).toBe(NAME);
    for (const op of ['startCycle', 'pauseApp', 'resumeApp', 'stopApp', 'restartApp'])
      expect(codeOf(await viewerA(steer(op), { n: NAME }))).toBe('FORBIDDEN');

    const last = (await viewerA(`query($n: String!) { app(name: $n) { lastCycle { id } } }`, { n: NAME })).data.app
      .lastCycle.id;
    expect((await adminB('{ apps { name } }')).data.apps).toEqual([]);
    const hidden = await adminB(APP, { n: NAME });
    const missing = await adminB(APP, { n: 'no-such-app' });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message).toBe(`App "${NAME}" not found`);
    expect(codeOf(await adminB(steer('startCycle'), { n: NAME }))).toBe('NOT_FOUND');
    expect(codeOf(await adminB(CYCLE, { id: last }))).toBe('NOT_FOUND');
    expect(codeOf(await adminB(CYCLE, { id: 'no-such-cycle' }))).toBe('NOT_FOUND');
    expect(codeOf(await gqlClient(server)('{ apps { name } }'))).toBe('UNAUTHENTICATED');
  });

  it("an external target's token is stored sealed and never in any response", async () => {
    const file = appFile({ name: EXT, target: { url: a.url, token: a.token } });
    const r = await owner(APPLY, { f: file, t: true });
    expect(r.errors).toBeUndefined();
    expect(r.data.applyApp.diagnostics).toEqual([]);
    expect(r.data.applyApp.app.target).toEqual({ tenant: null, url: a.url, tokenStored: true, tokenEnv: null });
    expect((await owner('{ apps { name } }')).data.apps.map((x: { name: string }) => x.name)).toEqual([EXT, NAME]);
    // an external target belongs to no tenant: only platform owners see it
    expect((await adminA('{ apps { name } }')).data.apps).toEqual([{ name: NAME }]);
    expect(codeOf(await adminA(APP, { n: EXT }))).toBe('NOT_FOUND');
    await owner(`{ apps { ${APP_FIELDS} mappings } }`);
    expect(await owner('mutation($n: String!) { deleteApp(name: $n) }', { n: EXT })).toMatchObject({
      data: { deleteApp: true },
    });
    expect(codeOf(await owner(APP, { n: EXT }))).toBe('NOT_FOUND');
    expect(codeOf(await owner('mutation($n: String!) { deleteApp(name: $n) }', { n: EXT }))).toBe('NOT_FOUND');
    const everything = JSON.stringify(replies.map((x) => ({ data: x.data, errors: x.errors })));
    expect(replies.length).toBeGreaterThan(40);
    expect(everything).not.toContain(a.token);
  });
}
