import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTenantSource } from '../../src/directory/tenant-source.js';
import type { CycleRunner } from '../../src/jobs/runner.js';
import { startRunner } from '../../src/jobs/start.js';
import type { DbKind, TestTenant } from '../harness.js';
import { allUsers, type EngineBox, engineBox, waitFor } from './engine-box.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** A user as Entra ID POSTs it (its objectId as externalId, the enterprise extension). */
const entraUser = (name: string, department: string, manager?: string) => ({
  schemas: [USER, ENT],
  externalId: `entra-${name}`,
  userName: `${name}@contoso.example`,
  active: true,
  displayName: `${name[0].toUpperCase()}${name.slice(1)} Example`,
  name: { givenName: name[0].toUpperCase() + name.slice(1), familyName: 'Example' },
  emails: [{ primary: true, type: 'work', value: `${name}@contoso.example` }],
  [ENT]: { department, ...(manager ? { manager: { value: manager } } : {}) },
});

/**
 * A tenant as a source (issue 10 item 5): Entra provisions `upstream` over SCIM; the app
 * `fanout` reads it (`"source": {"tenant": "upstream"}`) and pushes into the tenant `downstream`
 * over HTTP, as an external SCIM target. Incremental cycles read only what SCIM changed; with
 * followChanges a change reaches downstream with no cycle asked for.
 */
export function defineTenantSourceSuite(kind: DbKind): void {
  let box: EngineBox;
  let up: TestTenant;
  let down: TestTenant;
  let runner: CycleRunner | undefined;
  const ids: Record<string, string> = {};
  const APP = 'fanout';
  const appFile = (extra: Record<string, unknown> = {}) => ({
    name: APP,
    source: { tenant: 'upstream' },
    target: { url: `${box.server.url}/scim/v2/downstream`, token: down.token },
    scope: { mode: 'all' },
    schedule: { enabled: false },
    ...extra,
  });
  const downUser = async (userName: string) =>
    (await box.server.scim(down, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`)).body
      .Resources[0];
  const downGroup = async (displayName: string) =>
    (
      await box.server.scim(
        down,
        'GET',
        `/Groups?filter=${encodeURIComponent(`displayName eq "${displayName}"`)}&attributes=members,externalId`,
      )
    ).body.Resources[0];
  const post = async (path: string, body: unknown) => {
    const r = await box.server.scim(up, 'POST', path, body);
    expect(r.status).toBe(201);
    return r.body.id as string;
  };

  beforeAll(async () => {
    box = await engineBox(kind, { ENGINE_FOLLOW_DELAY_MS: '50' });
    up = await box.server.addTenant('upstream');
    down = await box.server.addTenant('downstream');
    ids.ada = await post('/Users', entraUser('ada', 'Research'));
    ids.bob = await post('/Users', entraUser('bob', 'Research', ids.ada));
    ids.cy = await post('/Users', entraUser('cy', 'Sales', ids.ada));
    ids.eng = await post('/Groups', {
      schemas: [GROUP],
      displayName: 'Engineering',
      externalId: 'entra-eng',
      members: [{ value: ids.ada }, { value: ids.bob }],
    });
  });
  afterAll(async () => {
    await runner?.stop();
    await box?.close();
  });

  it('CLI: an app with a tenant as its source; its first cycle copies users, manager and group downstream', async () => {
    const applied = await box.cli(['app', 'apply', '--file', box.file('fanout.json', JSON.stringify(appFile()))]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const show = JSON.parse((await box.cli(['app', 'show', APP, '--json'])).stdout);
    expect(show.app.source).toEqual({ tenant: 'upstream' });
    expect(show.app.mappings).toBe('scim');

    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { created: 4, failed: 0 } });
    const ada = await downUser('ada@contoso.example');
    const bob = await downUser('bob@contoso.example');
    expect(ada).toMatchObject({
      externalId: 'entra-ada',
      active: true,
      displayName: 'Ada Example',
      name: { givenName: 'Ada', familyName: 'Example' },
      emails: [expect.objectContaining({ type: 'work', value: 'ada@contoso.example' })],
      [ENT]: { department: 'Research' },
    });
    expect(bob[ENT]).toMatchObject({ department: 'Research', manager: { value: ada.id } });
    const eng = await downGroup('Engineering');
    expect(eng.externalId).toBe('entra-eng');
    expect(eng.members.map((m: { value: string }) => m.value).sort()).toEqual([ada.id, bob.id].sort());
  });

  it('the mirror is read-only: a directory import into it is refused, naming SCIM', async () => {
    const rows = box.file('x.json', JSON.stringify([{ userPrincipalName: 'x@contoso.example' }]));
    const r = await box.cli(['directory', 'import', 'tenant-upstream', '--users', rows]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('mirrors a tenant');
  });

  it('SCIM changes upstream: the next incremental cycle reads only them (update, delete, membership)', async () => {
    const patched = await box.server.scim(up, 'PATCH', `/Users/${ids.bob}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'replace', path: `${ENT}:department`, value: 'Platform' },
        { op: 'replace', path: 'name.givenName', value: 'Robert' },
      ],
    });
    expect([200, 204]).toContain(patched.status);
    expect((await box.server.scim(up, 'DELETE', `/Users/${ids.cy}`)).status).toBe(204);
    expect(
      (
        await box.server.scim(up, 'PATCH', `/Groups/${ids.eng}`, {
          schemas: [PATCH],
          Operations: [{ op: 'remove', path: `members[value eq "${ids.ada}"]` }],
        })
      ).status,
    ).toBeLessThan(300);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({
      kind: 'incremental',
      status: 'succeeded',
      counts: { updated: 2, deleted: 1, failed: 0 },
    });
    // Read: bob, cy (a tombstone) and the group; not ada, not the rest of the tenant.
    const read = await box.sql.all<{ source_id: string }>(
      'select distinct source_id from provisioning_log where cycle_id = ? order by source_id',
      [c.cycleId],
    );
    expect(read.map((r) => r.source_id)).toEqual([ids.bob, ids.cy, ids.eng].sort());
    const bob = await downUser('bob@contoso.example');
    expect(bob.name.givenName).toBe('Robert');
    expect(bob[ENT].department).toBe('Platform');
    expect(await downUser('cy@contoso.example')).toBeUndefined();
    expect((await downGroup('Engineering')).members.map((m: { value: string }) => m.value)).toEqual([bob.id]);
  });

  it('CLI on-demand finds a tenant user by its userName', async () => {
    const r = await box.cli(['app', 'on-demand', APP, '--user', 'ada@contoso.example', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
    expect(result.object).toMatchObject({ sourceId: ids.ada, status: 'Skipped' });
    const imp = result.object.steps.find((s: { step: string }) => s.step === 'import');
    expect(imp.details.source).toMatchObject({
      userName: 'ada@contoso.example',
      'name.givenName': 'Ada',
      'emails[type eq "work"].value': 'ada@contoso.example',
      [`${ENT}:department`]: 'Research',
    });
  });

  it('SCIM writes racing the making of a mirror are all in it (none lost between the copy and the first sync)', async () => {
    const racy = await box.server.addTenant('racy');
    const write = (i: number) =>
      box.server.scim(racy, 'POST', '/Users', { schemas: [USER], userName: `racer${i}@contoso.example` });
    const early = Array.from({ length: 20 }, (_, i) => write(i));
    const made = createTenantSource(box.server.rt.services.sql, { id: racy.tenant.id, slug: 'racy' });
    const late = Array.from({ length: 20 }, (_, i) => write(20 + i));
    const replies = await Promise.all([...early, ...late]);
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const { directoryId } = await made;
    const inTenant = await box.sql.all<{ id: string }>('select id from scim_user where tenant_id = ? order by id', [
      racy.tenant.id,
    ]);
    const inMirror = await box.sql.all<{ id: string }>(
      'select object_id as id from directory_user where directory_id = ? order by object_id',
      [directoryId],
    );
    expect(inTenant).toHaveLength(40);
    expect(inMirror).toEqual(inTenant);
  });

  it('SCIM PATCHes racing the making of a mirror are all in it', async () => {
    const racy = await box.server.addTenant('racy-patch');
    const ids2: { id: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await box.server.scim(racy, 'POST', '/Users', { schemas: [USER], userName: `p${i}@x.example` });
      expect(r.status).toBe(201);
      ids2.push({ id: r.body.id });
    }
    const rename = (id: string, i: number) =>
      box.server.scim(racy, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'displayName', value: `Renamed ${i}` }],
      });
    const early = ids2.slice(0, 20).map((r, i) => rename(r.id, i));
    const mirror = createTenantSource(box.server.rt.services.sql, { id: racy.tenant.id, slug: 'racy-patch' });
    const late = ids2.slice(20).map((r, i) => rename(r.id, 20 + i));
    const replies = await Promise.all([...early, ...late]);
    expect(replies.map((r) => r.status).filter((s) => s !== 204)).toEqual([]);
    const { directoryId } = await mirror;
    const inTenant = await box.sql.all<{ id: string; name: string }>(
      'select id, display_name as name from scim_user where tenant_id = ? order by id',
      [racy.tenant.id],
    );
    const inMirror = await box.sql.all<{ id: string; name: string }>(
      'select object_id as id, display_name as name from directory_user where directory_id = ? order by object_id',
      [directoryId],
    );
    expect(inTenant.filter((u) => u.name?.startsWith('Renamed'))).toHaveLength(40);
    expect(inMirror).toEqual(inTenant);
  });

  it('GraphQL: followChanges on; a SCIM create upstream reaches downstream with no cycle asked for', async () => {
    const owner = await box.owner();
    const r = await owner(
      'mutation($f: JSON!) { applyApp(file: $f) { app { name sourceTenant schedule { followChanges } } diagnostics { code message } } }',
      { f: appFile({ schedule: { enabled: false, followChanges: true } }) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.applyApp.app).toEqual({ name: APP, sourceTenant: 'upstream', schedule: { followChanges: true } });
    const dirs = await owner('{ directories { slug sourceTenant } }');
    expect(dirs.data.directories).toContainEqual({ slug: 'tenant-upstream', sourceTenant: 'upstream' });
    const edit = await owner(
      'mutation($s: String!, $id: ID!) { softDeleteDirectoryUser(slug: $s, objectId: $id) { objectId } }',
      {
        s: 'tenant-upstream',
        id: ids.ada,
      },
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      directoryCode: 'DIRECTORY_READ_ONLY',
    });
    // `serve`'s runner, in the server's process: it hears the SCIM commits.
    runner = await startRunner(box.server.rt.services, pino({ level: 'silent' }), { schedule: true });
    const before = Date.now();
    ids.dee = await post('/Users', entraUser('dee', 'Support', ids.ada));
    const dee = await waitFor(
      'dee downstream',
      async () => (await downUser('dee@contoso.example')) ?? undefined,
      30_000,
    );
    const latency = Date.now() - before;
    expect(dee[ENT]).toMatchObject({
      department: 'Support',
      manager: { value: (await downUser('ada@contoso.example')).id },
    });
    const cycles = await box.sql.all<{ trigger: string; kind: string }>(
      "select trigger, kind from cycle where app_id = (select id from app where name = ?) and trigger = 'follow'",
      [APP],
    );
    expect(cycles.length).toBeGreaterThanOrEqual(1);
    expect(cycles[0].kind).toBe('incremental');
    console.log(`follow changes (${kind}): a SCIM create upstream was downstream after ${latency} ms`);
    // The users of both tenants agree (ada, bob, dee; cy deleted).
    const names = async (t: TestTenant) =>
      (await allUsers(box.server, t)).map((u: { userName: string }) => u.userName).sort();
    expect(await names(down)).toEqual(await names(up));
  });
}
