import { mappingPresets } from '@scimdesk/scim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { purgePlans } from '../../src/plans/plan.apply.js';
import { codeOf } from '../graphql-client.js';
import type { DbKind, TestTenant } from '../harness.js';
import { allUsers, type EngineBox, engineBox, waitFor } from './engine-box.js';

interface Entry {
  objectType: string;
  sourceId: string;
  action: string | null;
  code: string | null;
  targetId: string | null;
  modified: { attribute: string; old: unknown; new: unknown }[];
  requests: { method: string; path: string; body?: unknown }[];
  outcome: string | null;
  replannedBecause: string | null;
  appliedAction: string | null;
}

/**
 * Plan before apply (issue 10 item 2) through the CLI, GraphQL and SCIM: a proposed mapping and
 * scope change is planned per object without a single write to the target; applying it gives
 * exactly the planned target state and saves the proposal; a restart plan applied after the
 * source changed (one user) and the target changed (another) re-plans exactly those two and says
 * why; a stale or dropped plan is refused.
 */
export function definePlanSuite(kind: DbKind): void {
  let box: EngineBox;
  let t: TestTenant;
  const APP = 'pl-app';
  const ids = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
  const user = (id: string, department = id === 'u6' ? 'Temp' : 'Sales', givenName = `Given${id}`) => ({
    objectId: id,
    userPrincipalName: `${id}@pl.example`,
    givenName,
    surname: 'Family',
    department,
  });
  const appFile = (extra: Record<string, unknown> = {}) => ({
    name: APP,
    source: { directory: 'pl' },
    target: { tenant: 'plt' },
    mappings: 'seed',
    scope: { mode: 'all' },
    schedule: { enabled: false },
    ...extra,
  });
  const importUsers = async (list: ReturnType<typeof user>[]) => {
    const r = await box.cli(['directory', 'import', 'pl', '--users', box.file('users.json', JSON.stringify(list))]);
    expect(r.code, r.stderr).toBe(0);
  };
  /** The tenant's users by externalId (the source objectId), as SCIM returns them. */
  // biome-ignore lint/suspicious/noExplicitAny: SCIM resources are read field by field
  const targetUsers = async (): Promise<Map<string, any>> =>
    new Map((await allUsers(box.server, t)).map((u) => [u.externalId as string, u]));
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const at = (r: any, path: string): unknown => path.split('.').reduce((o, k) => o?.[k], r);

  beforeAll(async () => {
    box = await engineBox(kind);
    await box.server.rt.startRunner({ schedule: false });
    t = await box.tenant('plt');
    expect((await box.cli(['directory', 'create', 'pl'])).code).toBe(0);
    const r = await box.cli([
      'directory',
      'import',
      'pl',
      '--users',
      box.file('users.json', JSON.stringify(ids.map((id) => user(id)))),
      '--groups',
      box.file('groups.json', JSON.stringify([{ objectId: 'g-team', displayName: 'Team', members: ids.slice(0, 4) }])),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const applied = await box.cli(['app', 'apply', '--file', box.file('app.json', JSON.stringify(appFile()))]);
    expect(applied.code, applied.stderr).toBe(0);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c.counts).toMatchObject({ created: 7, failed: 0 });
  }, 120_000);
  afterAll(async () => box?.close());

  it('CLI: a proposed mapping and scope change is planned per object with nothing sent; its apply gives exactly the planned state', async () => {
    const seed = mappingPresets.seed;
    const upper = {
      ...seed,
      user: {
        ...seed.user,
        mappings: seed.user.mappings.map((m) =>
          m.target === 'name.givenName' ? { ...m, kind: 'expression', source: 'ToUpper([givenName])' } : m,
        ),
      },
    };
    const proposal = appFile({
      mappings: upper,
      scope: {
        mode: 'all',
        userFilter: { groups: [{ clauses: [{ attribute: 'department', operator: 'NOT EQUALS', value: 'Temp' }] }] },
      },
    });
    const before = await targetUsers();
    const events = async () =>
      Number(
        (
          await box.sql.get<{ n: number | string }>(
            "select count(*) as n from provisioning_event where method <> 'GET'",
          )
        )?.n,
      );
    // Writes in the tenant's event log (this test's own SCIM reads are logged too), once they settle.
    const settled = async () => {
      for (let last = -1; ; await new Promise((r) => setTimeout(r, 300))) {
        const n = await events();
        if (n === last) return n;
        last = n;
      }
    };
    const eventsBefore = await settled();

    const r = await box.cli([
      'app',
      'plan',
      APP,
      '--file',
      box.file('proposed.json', JSON.stringify(proposal)),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      plan: { id: string; status: string; kind: string; totals: object };
      entries: Entry[];
    };
    expect(out.plan).toMatchObject({ status: 'ready', kind: 'proposal' });
    expect(out.plan.totals).toMatchObject({
      create: 0,
      update: 5,
      disable: 1,
      delete: 0,
      fail: 0,
      wouldHoldDeletes: false,
    });
    const byId = new Map(out.entries.map((e) => [e.sourceId, e]));
    expect(byId.get('u1')).toMatchObject({ action: 'Update', targetId: before.get('u1').id });
    expect(byId.get('u1')?.modified).toEqual([{ attribute: 'name.givenName', old: 'Givenu1', new: 'GIVENU1' }]);
    expect(byId.get('u1')?.requests[0]).toMatchObject({ method: 'PATCH', path: `/Users/${before.get('u1').id}` });
    expect(byId.get('u6')).toMatchObject({ action: 'Disable' });
    expect(byId.get('u6')?.modified).toContainEqual({ attribute: 'active', old: true, new: false });
    // The group loses the disabled member? It is not a member (u1-u4 only): its entry is a no-change skip (not listed).
    expect(byId.has('g-team')).toBe(false);

    // Nothing was sent: the target and its event log are as they were, and the app still has its own mappings.
    expect(await targetUsers()).toEqual(before);
    expect(await settled()).toBe(eventsBefore);
    const shown = JSON.parse((await box.cli(['app', 'show', APP, '--json'])).stdout);
    expect(shown.app.mappings).toBe('seed');

    // The human form lists the same changes and how to apply.
    const text = await box.cli(['app', 'plan', APP, '--file', box.file('proposed.json', JSON.stringify(proposal))]);
    expect(text.stdout).toContain('update 5, disable 1');
    expect(text.stdout).toMatch(/Update user u1@pl\.example .*name\.givenName "Givenu1" -> "GIVENU1"/);
    expect(text.stdout).toContain(`--apply`);
    // Only one plan can be applied: the first is stale once the second is applied, so apply the last one.
    const last = /--apply (\S+)/.exec(text.stdout)?.[1] as string;

    const applied = await box.cli(['app', 'plan', APP, '--apply', last, '--wait', '--json']);
    expect(applied.code, applied.stderr).toBe(0);
    const done = JSON.parse(applied.stdout.trim().split('\n').pop() ?? '{}');
    expect(done.plan).toMatchObject({ status: 'applied', outcome: { asPlanned: 7, replanned: 0, failed: 0 } });
    expect(done.replanned).toEqual([]);
    expect(done.cycle.counts).toMatchObject({ updated: 5, disabled: 1, failed: 0 });

    // Exactly the planned state: every planned new value is in the target, everything else is as before.
    const after = await targetUsers();
    for (const e of out.entries)
      for (const m of e.modified)
        expect(at(after.get(e.sourceId), m.attribute), `${e.sourceId} ${m.attribute}`).toEqual(m.new);
    const strip = (u: Record<string, unknown>) => {
      const { meta: _m, name: _n, active: _a, ...rest } = u;
      return rest;
    };
    for (const id of ids) expect(strip(after.get(id))).toEqual(strip(before.get(id)));
    expect(after.get('u5').name.familyName).toBe('Family');
    // The proposal is saved: the app has its mappings now, and the stale first plan is refused.
    expect(JSON.parse((await box.cli(['app', 'show', APP, '--json'])).stdout).app.mappings).toBe('custom');
    const stale = await box.cli(['app', 'plan', APP, '--apply', out.plan.id]);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/PLAN_NOT_READY: The plan is stale/);
    // A plan of the next cycle now plans nothing.
    const next = JSON.parse((await box.cli(['app', 'plan', APP, '--json'])).stdout);
    expect(next.plan.totals).toMatchObject({ create: 0, update: 0, disable: 0, delete: 0 });
    expect(next.entries).toEqual([]);
  }, 120_000);

  it('GraphQL: a restart plan applied after the source and the target changed re-plans exactly those objects', async () => {
    const gql = await box.owner();
    const PLAN = `id status kind total done totals { create update disable delete skip fail } outcome { asPlanned replanned failed } cycleId error`;
    await importUsers(ids.map((id) => user(id, undefined, id === 'u1' ? 'Renamed' : undefined)));
    const made = await gql(
      `mutation($app: String!) { planApp(app: $app, restart: true) { plan { ${PLAN} } diagnostics { code } } }`,
      {
        app: APP,
      },
    );
    expect(made.errors).toBeUndefined();
    const id = made.data.planApp.plan.id as string;
    const plan = await waitFor('the plan', async () => {
      const r = await gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id });
      return r.data?.plan?.status === 'COMPUTING' ? undefined : r.data.plan;
    });
    expect(plan).toMatchObject({ status: 'READY', kind: 'RESTART', total: 7, done: 7 });
    expect(plan.totals).toMatchObject({ update: 1, skip: 6, fail: 0 });
    const entries = async (extra = '') =>
      (
        await gql(
          `query($id: ID!) { plan(id: $id) { entries(first: 1000${extra}) { objectType sourceId action code modified { attribute old new } outcome replannedBecause appliedAction } } }`,
          { id },
        )
      ).data.plan.entries as Entry[];
    const planned = await entries(', changesOnly: true');
    // u6 is out of scope since the proposal and already disabled: a skip with its reason (not "no change").
    expect(planned.map((e) => [e.sourceId, e.action, e.code])).toEqual([
      ['u1', 'Update', null],
      ['u6', 'Skip', 'AlreadyDeprovisioned'],
    ]);
    expect(planned[0].modified).toEqual([{ attribute: 'name.givenName', old: 'GIVENU1', new: 'RENAMED' }]);

    // After the plan: u2 changes in the source, u3 is changed in the target behind the engine's back.
    await importUsers(
      ids.map((id) => user(id, undefined, id === 'u1' ? 'Renamed' : id === 'u2' ? 'Second' : undefined)),
    );
    const u3 = (await targetUsers()).get('u3');
    const patched = await box.server.scim(t, 'PATCH', `/Users/${u3.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'name.givenName', value: 'Tampered' }],
    });
    expect([200, 204]).toContain(patched.status);

    const applied = await gql(`mutation($id: ID!) { applyPlan(id: $id) { plan { status } cycle { id kind } } }`, {
      id,
    });
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyPlan).toMatchObject({ plan: { status: 'APPLYING' }, cycle: { kind: 'INITIAL' } });
    const end = await waitFor('the plan applied', async () => {
      const r = await gql(`query($id: ID!) { plan(id: $id) { ${PLAN} } }`, { id });
      return r.data?.plan?.status === 'APPLYING' ? undefined : r.data.plan;
    });
    expect(end).toMatchObject({ status: 'APPLIED', outcome: { asPlanned: 5, replanned: 2, failed: 0 } });
    const replanned = await entries(', outcome: "replanned"');
    expect(replanned.map((e) => [e.sourceId, e.replannedBecause, e.action, e.appliedAction])).toEqual([
      ['u2', 'source', 'Skip', 'Update'],
      ['u3', 'target', 'Skip', 'Update'],
    ]);
    const after = await targetUsers();
    expect([after.get('u1').name.givenName, after.get('u2').name.givenName, after.get('u3').name.givenName]).toEqual([
      'RENAMED',
      'SECOND',
      'GIVENU3',
    ]);

    // A plan dropped is gone; a plan of an app changed since is refused as stale.
    const other = await gql(`mutation($app: String!) { planApp(app: $app, wait: true) { plan { id status } } }`, {
      app: APP,
    });
    expect(other.data.planApp.plan.status).toBe('READY');
    const dropped = await gql(`mutation($id: ID!) { dropPlan(id: $id) { status } }`, {
      id: other.data.planApp.plan.id,
    });
    expect(dropped.data.dropPlan.status).toBe('DROPPED');
    const again = await gql(`mutation($id: ID!) { applyPlan(id: $id) { plan { id } } }`, {
      id: other.data.planApp.plan.id,
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.reason).toBe('PLAN_NOT_READY');
    const third = await gql(`mutation($app: String!) { planApp(app: $app, wait: true) { plan { id } } }`, { app: APP });
    const changed = await box.cli(['app', 'apply', '--file', box.file('app.json', JSON.stringify(appFile()))]);
    expect(changed.code, changed.stderr).toBe(0);
    const refused = await gql(`mutation($id: ID!) { applyPlan(id: $id) { plan { id } } }`, {
      id: third.data.planApp.plan.id,
    });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions?.reason).toBe('PLAN_STALE');
    // A proposal that does not validate answers its diagnostics and makes no plan.
    const bad = await gql(
      `mutation($app: String!, $p: JSON) { planApp(app: $app, proposal: $p) { plan { id } diagnostics { path code } } }`,
      {
        app: APP,
        p: appFile({ target: { tenant: 'nope' } }),
      },
    );
    expect(bad.data.planApp.plan).toBeNull();
    expect(bad.data.planApp.diagnostics).toContainEqual({ path: 'target.tenant', code: 'APP_UNKNOWN_TENANT' });
  }, 120_000);

  it('plans past the retention go with their entries; one being applied stays', async () => {
    const count = async (table: string) =>
      Number((await box.sql.get<{ n: number | string }>(`select count(*) as n from ${table}`))?.n);
    expect(await count('plan')).toBeGreaterThan(0);
    expect(await count('plan_entry')).toBeGreaterThan(0);
    await box.sql.run(`update plan set status = 'applying' where id = (select min(id) from plan)`);
    const purged = await purgePlans(box.server.rt.services.sql, new Date(Date.now() + 60_000), 2);
    expect(purged).toBeGreaterThan(0);
    expect(await count('plan')).toBe(1);
    const kept = await box.sql.get<{ id: string }>('select id from plan');
    expect(await count('plan_entry')).toBe(
      Number(
        (await box.sql.get<{ n: number }>('select count(*) as n from plan_entry where plan_id = ?', [kept?.id]))?.n,
      ),
    );
  });
}
