import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeOf } from '../graphql-client.js';
import type { DbKind, TestTenant } from '../harness.js';
import { allUsers, type EngineBox, engineBox } from './engine-box.js';

const EGNYTE = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const STEPS = ['testConnection', 'import', 'scope', 'match', 'action'];

/**
 * Provision on demand (issue 10 item 1) through the CLI and GraphQL: one user with every step,
 * and a group of 200 direct members (plus one the scoping filter keeps out and one reached only
 * through a nested group), then a cycle that finds nothing left to do.
 */
export function defineOnDemandSuite(kind: DbKind): void {
  let box: EngineBox;
  let t: TestTenant;
  const APP = 'od-app';
  const MEMBERS = 200;
  const pad = (i: number) => String(i).padStart(3, '0');
  const users = [
    {
      objectId: 'u-ann',
      userPrincipalName: 'ann@acme.example',
      givenName: 'Ann',
      surname: 'Lee',
      mail: 'ann.lee@acme.example',
    },
    { objectId: 'u-out', userPrincipalName: 'excluded@acme.example', givenName: 'Ex', surname: 'Cluded' },
    { objectId: 'u-nested', userPrincipalName: 'nested@acme.example', givenName: 'Nes', surname: 'Ted' },
    ...Array.from({ length: MEMBERS }, (_, i) => ({
      objectId: `m-${pad(i)}`,
      userPrincipalName: `member${pad(i)}@acme.example`,
      givenName: `Member${pad(i)}`,
      surname: 'Big',
    })),
  ];
  const groups = [
    {
      objectId: 'g-big',
      displayName: 'Big Team',
      members: [...users.slice(3).map((u) => u.objectId), 'u-out', 'g-inner'],
    },
    { objectId: 'g-inner', displayName: 'Inner', members: ['u-nested'] },
  ];
  const logsOnDemand = async () => (await box.logs(APP)).filter((l) => l.cycleId === null);

  beforeAll(async () => {
    box = await engineBox(kind);
    t = await box.tenant('odt');
    expect((await box.cli(['directory', 'create', 'acme'])).code).toBe(0);
    const imp = await box.cli([
      'directory',
      'import',
      'acme',
      '--users',
      box.file('users.json', JSON.stringify(users)),
      '--groups',
      box.file('groups.json', JSON.stringify(groups)),
    ]);
    expect(imp.code).toBe(0);
    const file = box.file(
      'app.json',
      JSON.stringify({
        name: APP,
        source: { directory: 'acme' },
        target: { tenant: 'odt' },
        mappings: 'seed',
        scope: {
          mode: 'assigned',
          assignments: { users: ['ann@acme.example'], groups: ['Big Team'] },
          userFilter: {
            groups: [
              { clauses: [{ attribute: 'userPrincipalName', operator: 'NOT EQUALS', value: 'excluded@acme.example' }] },
            ],
          },
        },
        schedule: { enabled: false },
      }),
    );
    const applied = await box.cli(['app', 'apply', '--file', file]);
    expect(applied.stderr).toBe('');
  });
  afterAll(async () => {
    await box?.close();
  });

  it('CLI: a user, with every step and its details; written to the log and the link', async () => {
    const r = await box.cli(['app', 'on-demand', APP, '--user', 'ANN@acme.example', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const result = lines[1];
    expect(lines[0]).toEqual(result.object);
    expect(result).toMatchObject({ app: APP, objectType: 'user', connected: true, members: [], membership: null });
    const o = result.object;
    expect(o).toMatchObject({
      role: 'object',
      sourceId: 'u-ann',
      action: 'Create',
      status: 'Success',
      errorCode: null,
    });
    expect(o.steps.map((s: { step: string }) => s.step)).toEqual(STEPS);
    const [conn, imp, scope, match, action] = o.steps;
    expect(conn).toMatchObject({ status: 'Success' });
    expect(imp.details.source).toMatchObject({
      userPrincipalName: 'ann@acme.example',
      givenName: 'Ann',
      mail: 'ann.lee@acme.example',
    });
    expect(scope.status).toBe('InScope');
    expect(scope.details.assignment).toMatchObject({ inScope: true });
    expect(scope.details.filter.groups[0].clauses).toEqual([
      expect.objectContaining({
        attribute: 'userPrincipalName',
        operator: 'NOT EQUALS',
        value: 'excluded@acme.example',
        actual: 'ann@acme.example',
        passed: true,
      }),
    ]);
    expect(match).toMatchObject({
      status: 'none',
      details: { attempts: [{ target: 'userName', filter: 'userName eq "ann"', hits: 0 }] },
    });
    expect(action).toMatchObject({ status: 'Success', details: { action: 'Create', targetId: o.targetId } });
    expect(o.request).toMatchObject({
      method: 'POST',
      path: '/Users',
      body: { userName: 'ann', externalId: 'u-ann', active: true },
    });
    expect(o.response).toMatchObject({ status: 201, retries: 0 });
    expect(o.modified).toEqual(expect.arrayContaining([{ attribute: 'userName', old: null, new: 'ann' }]));

    const inTarget = await box.server.scim(t, 'GET', `/Users/${o.targetId}`);
    expect(inTarget.body).toMatchObject({
      userName: 'ann',
      externalId: 'u-ann',
      active: true,
      name: { givenName: 'Ann', familyName: 'Lee' },
      [EGNYTE]: { email: 'ann.lee@acme.example', idpUserId: 'ann@acme.example' },
    });
    const logged = await logsOnDemand();
    expect(logged).toEqual([
      expect.objectContaining({
        sourceId: 'u-ann',
        action: 'Create',
        status: 'Success',
        targetId: o.targetId,
        cycleId: null,
      }),
    ]);

    // Again: linked, nothing to change.
    const again = JSON.parse(
      (await box.cli(['app', 'on-demand', APP, '--user', 'u-ann', '--json'])).stdout.trim().split('\n').pop() ?? '{}',
    );
    expect(again.object).toMatchObject({
      action: 'Skip',
      status: 'Skipped',
      errorCode: 'NoChange',
      targetId: o.targetId,
    });
    expect(again.object.steps[3]).toMatchObject({ status: 'Linked', details: { targetId: o.targetId } });
    expect(again.object.request).toMatchObject({ method: 'GET', path: `/Users/${o.targetId}` });
  });

  it('CLI: an unknown user is a clear error naming it, exit non-zero, nothing written', async () => {
    const r = await box.cli(['app', 'on-demand', APP, '--user', 'nobody@acme.example']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('No user "nobody@acme.example" in the app\'s source directory.');
    const both = await box.cli(['app', 'on-demand', APP]);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('needs one of --user or --group');
    expect(await logsOnDemand()).toHaveLength(2);
  });

  it('GraphQL: a group of 200 members, each member with its steps, the filter and nesting respected', async () => {
    const gql = await box.owner();
    const res = await gql(
      `mutation($app: String!, $group: String) { provisionOnDemand(app: $app, group: $group) {
        app objectType connected durationMs
        object { role action status targetId targetName sourceName steps { step status details } }
        members { role sourceId sourceName action status targetId errorCode steps { step status details } request { method path } response { status } }
        membership { role action status modified { attribute old new } steps { step status } }
      } }`,
      { app: APP, group: 'big team' },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data.provisionOnDemand;
    expect(r).toMatchObject({ app: APP, objectType: 'GROUP', connected: true });
    expect(r.object).toMatchObject({ role: 'object', action: 'CREATE', status: 'SUCCESS', targetName: 'Big Team' });
    expect(r.object.steps.map((s: { step: string }) => s.step)).toEqual(STEPS);
    expect(r.object.steps[2].details.assignment).toMatchObject({ inScope: true });

    // 200 members and the excluded one; the nested-only user is not a direct member.
    expect(r.members).toHaveLength(MEMBERS + 1);
    const bySource = new Map(r.members.map((m: { sourceId: string }) => [m.sourceId, m]));
    expect(bySource.has('u-nested')).toBe(false);
    const out = bySource.get('u-out') as Record<string, unknown> & {
      // biome-ignore lint/suspicious/noExplicitAny: step details are read field by field
      steps: { step: string; status: string; details: any }[];
    };
    expect(out).toMatchObject({
      role: 'member',
      action: 'SKIP',
      status: 'SKIPPED',
      errorCode: 'NotEffectivelyEntitled',
      targetId: null,
    });
    expect(out.steps[2]).toMatchObject({ step: 'scope', status: 'OutOfScope' });
    expect(out.steps[2].details.filter.groups[0].clauses[0]).toMatchObject({
      actual: 'excluded@acme.example',
      passed: false,
    });
    const created = r.members.filter((m: { action: string }) => m.action === 'CREATE');
    expect(created).toHaveLength(MEMBERS);
    for (const m of created) {
      expect(m.status).toBe('SUCCESS');
      expect(m.steps.map((s: { step: string }) => s.step)).toEqual(STEPS);
      expect(m.steps[2].details.assignment).toMatchObject({ inScope: true, viaGroup: 'g-big' });
      expect(m.request).toEqual({ method: 'POST', path: '/Users' });
      expect(m.response).toEqual({ status: 201 });
    }

    // The second pass adds the members the target has now.
    expect(r.membership).toMatchObject({ role: 'membership', action: 'UPDATE', status: 'SUCCESS' });
    const big = await box.server.scim(t, 'GET', `/Groups/${r.object.targetId}?excludedAttributes=`);
    const memberTargets = (big.body.members ?? []).map((m: { value: string }) => m.value).sort();
    expect(memberTargets).toEqual(created.map((m: { targetId: string }) => m.targetId).sort());

    const everyone = (await allUsers(box.server, t)).filter((u) => u.userName !== 'admin.odt');
    expect(everyone.map((u) => u.userName).sort()).toEqual(
      ['ann', ...users.slice(3).map((u) => u.userPrincipalName.split('@')[0])].sort(),
    );

    // The same entries in the log as a cycle writes: the group twice, every member once.
    const logged = await logsOnDemand();
    expect(logged.filter((l) => l.objectType === 'group').map((l) => l.action)).toEqual(
      expect.arrayContaining(['Create', 'Update']),
    );
    expect(logged.filter((l) => l.objectType === 'user' && l.action === 'Create')).toHaveLength(MEMBERS + 1);
  });

  it('GraphQL: not found and bad requests have codes', async () => {
    const gql = await box.owner();
    const missing = await gql('mutation { provisionOnDemand(app: "od-app", group: "No Such Group") { connected } }');
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toContain('No group "No Such Group"');
    const neither = await gql('mutation { provisionOnDemand(app: "od-app") { connected } }');
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    const noApp = await gql('mutation { provisionOnDemand(app: "nope", user: "u-ann") { connected } }');
    expect(codeOf(noApp)).toBe('NOT_FOUND');
  });

  it('the next cycle finds the on-demand work done: nothing created twice', async () => {
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ kind: 'initial', status: 'succeeded' });
    expect(c.counts.created).toBe(0);
    expect(c.counts.failed).toBe(0);
    const everyone = (await allUsers(box.server, t)).filter((u) => u.userName !== 'admin.odt');
    expect(everyone).toHaveLength(MEMBERS + 1);
  });
}
