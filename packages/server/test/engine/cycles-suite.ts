import { EGNYTE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, seedPreset } from '@scimdesk/scim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInClient } from '../graphql-client.js';
import { PASSWORD } from '../graphql-fixture.js';
import type { DbKind, TestTenant } from '../harness.js';
import { allUsers, type EngineBox, engineBox, type LogLine } from './engine-box.js';

/**
 * The engine's "Done when" through the operator's doors: `directory import`, `app apply`,
 * `cycle run --wait --json`, `app restart`, `app logs` as child processes, and the target tenant
 * read back over SCIM. Object ids are fixed so their order (the cycle's cursor order) is known:
 * ann's manager bob comes after her.
 */
export function defineCyclesSuite(kind: DbKind): void {
  let box: EngineBox;
  let t: TestTenant;
  const APP = 'acmeusw';
  interface U {
    objectId: string;
    userPrincipalName: string;
    givenName: string;
    surname: string;
    mail?: string;
    manager?: string;
  }
  const users: U[] = [
    {
      objectId: 'u1-ann',
      userPrincipalName: 'ann@acme.example',
      givenName: 'Ann',
      surname: 'Lee',
      mail: 'ann.lee@acme.example',
      manager: 'u2-bob',
    },
    { objectId: 'u2-bob', userPrincipalName: 'bob@acme.example', givenName: 'Bob', surname: 'Ray' },
    { objectId: 'u3-cy', userPrincipalName: 'cy@acme.example', givenName: 'Cy', surname: 'Park' },
    { objectId: 'u4-dan', userPrincipalName: 'dan@acme.example', givenName: 'Dan', surname: 'Wu' },
    { objectId: 'u5-admin', userPrincipalName: 'admin@acme.example', givenName: 'Ad', surname: 'Min' },
    { objectId: 'u6-eve', userPrincipalName: 'eve@acme.example', givenName: 'Eve', surname: 'Nested' },
    { objectId: 'u7-fay', userPrincipalName: 'fay@acme.example', givenName: 'Fay', surname: 'Late' },
  ];
  const groups = [
    {
      objectId: 'g1-sales',
      displayName: 'Sales',
      members: ['u1-ann', 'u2-bob', 'u3-cy', 'u4-dan', 'u5-admin', 'g2-contractors'],
    },
    { objectId: 'g2-contractors', displayName: 'Contractors', members: ['u6-eve'] },
  ];
  const mappings = {
    user: {
      ...seedPreset.user,
      mappings: [
        ...seedPreset.user.mappings,
        { kind: 'direct', source: 'manager', target: `${ENTERPRISE_USER_SCHEMA}:manager`, apply: 'always' },
      ],
    },
    group: seedPreset.group,
  };
  const appFile = (excluded: string) =>
    box.file(
      'app.json',
      JSON.stringify(
        {
          name: APP,
          source: { directory: 'acme' },
          target: { tenant: 'acmeusw' },
          mappings,
          scope: {
            mode: 'assigned',
            assignments: { groups: ['g1-sales'] },
            userFilter: {
              groups: [{ clauses: [{ attribute: 'userPrincipalName', operator: 'NOT EQUALS', value: excluded }] }],
            },
          },
          schedule: { intervalMinutes: 60, enabled: false },
        },
        null,
        2,
      ),
    );
  /** The directory as the files say (users and groups missing from them are soft-deleted). */
  const importDirectory = async (list: U[] = users) => {
    const r = await box.cli([
      'directory',
      'import',
      'acme',
      '--users',
      box.file('users.json', JSON.stringify(list, null, 1)),
      '--groups',
      box.file('groups.json', JSON.stringify(groups, null, 1)),
      '--soft-delete-missing',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  };
  const userNamed = async (userName: string) => {
    const r = await box.server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
    expect(r.status).toBe(200);
    return r.body.Resources[0];
  };
  const groupNamed = async (displayName: string) => {
    const r = await box.server.scim(
      t,
      'GET',
      `/Groups?filter=${encodeURIComponent(`displayName eq "${displayName}"`)}&excludedAttributes=`,
    );
    expect(r.status).toBe(200);
    return r.body.Resources[0];
  };
  const memberIds = async (displayName: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: SCIM members
    ((await groupNamed(displayName)).members ?? []).map((m: any) => m.value).sort();
  const logsOf = async (cycleId: string) => (await box.logs(APP, '--cycle', cycleId)) as LogLine[];
  const byName = (logs: LogLine[], name: string) => logs.filter((l) => l.sourceName === name);
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    box = await engineBox(kind);
    t = await box.tenant('acmeusw');
    expect((await box.cli(['directory', 'create', 'acme'])).code).toBe(0);
  });
  afterAll(async () => {
    await box?.close();
  });

  it('a bad import imports nothing, a good one everything; an invalid app file is exit 2 with positions and is not saved', async () => {
    const bad = await box.cli([
      'directory',
      'import',
      'acme',
      '--users',
      box.file('bad.csv', 'userPrincipalName,accountEnabled\nok@acme.example,true\n,true\nx@acme.example,perhaps\n'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'bad.csv:3: userPrincipalName: is required',
      'bad.csv:4: accountEnabled: "perhaps" is not true or false',
      'error: 2 problems in the import; nothing was imported',
    ]);
    const seq = await box.sql.get<{ seq: number | string }>("select seq from directory where slug = 'acme'");
    expect(Number(seq?.seq)).toBe(0);
    expect(await importDirectory()).toBe(
      'users: 7 created, 0 updated, 0 unchanged, 0 soft-deleted\ngroups: 2 created, 0 updated, 0 unchanged, 0 soft-deleted\n',
    );

    const invalid = {
      ...JSON.parse(await readApp('nobody@acme.example')),
      name: 'broken',
    };
    invalid.mappings.user.mappings[3] = {
      kind: 'expression',
      source: 'Join(" ",\n  Frob([givenName]))',
      target: 'name.givenName',
      apply: 'always',
    };
    invalid.mappings.user.mappings[4] = { kind: 'direct', source: 'surname', target: 'name.nope', apply: 'always' };
    invalid.scope.userFilter.groups[0].clauses[0].operator = 'SORTA EQUALS';
    const text = JSON.stringify(invalid, null, 2);
    const path = box.file('broken.json', text);
    const r = await box.cli(['app', 'apply', '--file', path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    const at = (needle: string) => {
      const i = text.split('\n').findIndex((l) => l.includes(needle));
      return `${path}:${i + 1}:`;
    };
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${esc(at('Frob'))}\\d+: error: mappings\\.user\\.mappings\\[3\\]\\.source: EXPR_UNKNOWN_FUNCTION: Unknown function "Frob"\\..* \\(expression 2:3\\)$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${esc(at('name.nope'))}\\d+: error: mappings\\.user\\.mappings\\[4\\]\\.target: MAP_INVALID_TARGET: .*name\\.nope`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${esc(at('SORTA'))}\\d+: error: scope\\.userFilter\\.groups\\[0\\]\\.clauses\\[0\\]\\.operator: SCOPE_UNKNOWN_OPERATOR: Unknown scoping operator "SORTA EQUALS"\\.$`,
        ),
      ),
      `${path}: not applied (3 error(s))`,
    ]);
    const show = await box.cli(['app', 'show', 'broken', '--json']);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('error: No app "broken"');
  });

  it('initial cycle: users attribute by attribute as the seed table says, the group with its in-scope direct members, one Create each', async () => {
    const applied = await box.cli(['app', 'apply', '--file', appFile('admin@acme.example')]);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain(`app ${APP} created: target tenant acmeusw`);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({
      kind: 'initial',
      status: 'succeeded',
      // ann, bob, cy, dan and Sales; admin (filter), eve and fay (not assigned), Contractors (not assigned).
      // ann's manager (bob) comes later: the references phase updates her.
      counts: { created: 5, updated: 1, disabled: 0, deleted: 0, skipped: 4, failed: 0 },
    });
    for (const u of users.slice(0, 4)) {
      const got = await userNamed(u.userPrincipalName.split('@')[0]);
      expect(got).toBeDefined();
      idOf.set(u.objectId, got.id);
      const email = u.mail ?? u.userPrincipalName;
      expect(got.userName).toBe(u.userPrincipalName.split('@')[0]);
      expect(got.externalId).toBe(u.objectId);
      expect(got.active).toBe(true);
      expect(got.name).toMatchObject({ givenName: u.givenName, familyName: u.surname });
      expect(got.emails).toEqual([expect.objectContaining({ type: 'work', value: email })]);
      expect(got.userType).toBe('power');
      expect(got[EGNYTE_USER_SCHEMA]).toEqual({
        idpUserId: u.userPrincipalName,
        email,
        emailChangeImmediate: true,
        authType: 'sso',
        sendInvite: false,
      });
    }
    for (const missing of ['admin', 'eve', 'fay']) expect(await userNamed(missing)).toBeUndefined();
    const ann = await userNamed('ann');
    expect(ann[ENTERPRISE_USER_SCHEMA]?.manager?.value).toBe(idOf.get('u2-bob'));
    expect(await memberIds('Sales')).toEqual(['u1-ann', 'u2-bob', 'u3-cy', 'u4-dan'].map((i) => idOf.get(i)).sort());
    const groupsR = await box.server.scim(t, 'GET', '/Groups');
    expect(groupsR.body.totalResults).toBe(1);

    const logs = await logsOf(c.cycleId);
    const creates = logs.filter((l) => l.action === 'Create');
    expect(creates.map((l) => l.sourceName).sort()).toEqual([
      'Sales',
      'ann@acme.example',
      'bob@acme.example',
      'cy@acme.example',
      'dan@acme.example',
    ]);
    expect(creates.every((l) => l.status === 'Success' && l.targetId)).toBe(true);
    const annRef = byName(logs, 'ann@acme.example').find((l) => l.action === 'Update');
    expect(annRef?.modified).toEqual([
      expect.objectContaining({ attribute: `${ENTERPRISE_USER_SCHEMA}:manager`, new: idOf.get('u2-bob') }),
    ]);
    expect(byName(logs, 'admin@acme.example')).toEqual([expect.objectContaining({ action: 'Skip' })]);
  });

  it('incremental: one attribute PATCHed, unassign disables, soft delete disables, a late member, rename and membership PATCH', async () => {
    users[0].givenName = 'Anna';
    groups[0].displayName = 'Sales Team';
    groups[0].members = ['u1-ann', 'u2-bob', 'u4-dan', 'u5-admin', 'u7-fay', 'g2-contractors'];
    await importDirectory(users.filter((u) => u.objectId !== 'u4-dan'));
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({
      kind: 'incremental',
      status: 'succeeded',
      counts: { created: 1, updated: 2, disabled: 2, deleted: 0, failed: 0 },
    });
    const logs = await logsOf(c.cycleId);
    const ann = byName(logs, 'ann@acme.example');
    expect(ann).toEqual([expect.objectContaining({ action: 'Update', status: 'Success' })]);
    expect(ann[0].modified).toEqual([{ attribute: 'name.givenName', old: 'Ann', new: 'Anna' }]);
    expect(ann[0].request).toEqual({ method: 'PATCH', path: `/Users/${idOf.get('u1-ann')}` });
    // The target's own log: the PATCH changed that one attribute.
    const admin = await signedInClient(box.server, t.adminUserName, PASSWORD);
    const ev = await admin(
      `query($t: String!, $id: ID!) { events(tenant: $t, filter: { targetId: $id }) { edges { node { method status modified { attribute } } } } }`,
      { t: 'acmeusw', id: idOf.get('u1-ann') },
    );
    // biome-ignore lint/suspicious/noExplicitAny: GraphQL edges
    const patches = ev.data.events.edges.map((e: any) => e.node).filter((n: any) => n.method === 'PATCH');
    expect(patches).toEqual([
      { method: 'PATCH', status: 204, modified: [{ attribute: 'name.givenName' }] },
      expect.anything(), // the references phase's manager PATCH of the initial cycle
    ]);
    const annNow = await userNamed('ann');
    expect(annNow.name.givenName).toBe('Anna');
    expect(annNow.name.familyName).toBe('Lee');

    expect(byName(logs, 'cy@acme.example')).toEqual([expect.objectContaining({ action: 'Disable' })]);
    expect(byName(logs, 'dan@acme.example')).toEqual([expect.objectContaining({ action: 'Disable' })]);
    expect((await userNamed('cy')).active).toBe(false);
    expect((await userNamed('dan')).active).toBe(false);
    const fay = await userNamed('fay');
    expect(fay?.active).toBe(true);
    idOf.set('u7-fay', fay.id);

    expect(await groupNamed('Sales')).toBeUndefined();
    const sales = byName(logs, 'Sales Team');
    expect(sales).toEqual([expect.objectContaining({ action: 'Update', status: 'Success' })]);
    expect(sales[0].modified.map((m) => m.attribute).sort()).toEqual(['displayName', 'members']);
    expect(sales[0].modified.find((m) => m.attribute === 'displayName')).toMatchObject({
      old: 'Sales',
      new: 'Sales Team',
    });
    expect(await memberIds('Sales Team')).toEqual(['u1-ann', 'u2-bob', 'u7-fay'].map((i) => idOf.get(i)).sort());
    expect(await userNamed('eve')).toBeUndefined();
    expect(await userNamed('admin')).toBeUndefined();
  });

  it('incremental: a restore enables again; a hard delete deletes (404); the report keeps its manager (no nulls sent)', async () => {
    groups[0].members.push('u3-cy');
    await importDirectory(users);
    const gql = await box.owner();
    const del = await gql('mutation { hardDeleteDirectoryUser(slug: "acme", objectId: "u2-bob") }');
    expect(del.errors).toBeUndefined();
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ kind: 'incremental', status: 'succeeded', counts: { deleted: 1, failed: 0 } });
    const logs = await logsOf(c.cycleId);
    expect(byName(logs, 'dan@acme.example')).toEqual([expect.objectContaining({ action: 'Update' })]);
    expect(byName(logs, 'cy@acme.example')).toEqual([expect.objectContaining({ action: 'Update' })]);
    expect((await userNamed('dan')).active).toBe(true);
    expect((await userNamed('cy')).active).toBe(true);
    expect(byName(logs, 'u2-bob')).toEqual([
      expect.objectContaining({ action: 'Delete', status: 'Success', targetId: idOf.get('u2-bob') }),
    ]);
    expect((await box.server.scim(t, 'GET', `/Users/${idOf.get('u2-bob')}`)).status).toBe(404);
    // bob's hard delete cleared ann's manager in the directory; like Entra, the engine never sends a null,
    // so the target keeps the old reference (planUpdate: "nulls are never sent").
    expect(byName(logs, 'ann@acme.example')).toEqual([expect.objectContaining({ action: 'Skip', status: 'Skipped' })]);
    expect((await userNamed('ann'))[ENTERPRISE_USER_SCHEMA]?.manager?.value).toBe(idOf.get('u2-bob'));
    expect(await memberIds('Sales Team')).toEqual(
      ['u1-ann', 'u3-cy', 'u4-dan', 'u7-fay'].map((i) => idOf.get(i)).sort(),
    );
  });

  it('a changed scoping filter makes the next cycle initial; the excluded admin is created then, nobody twice', async () => {
    const re = await box.cli(['app', 'apply', '--file', appFile('nobody@acme.example')]);
    expect(re.stderr).toBe('');
    expect(re.stdout).toContain('mappings or scope changed: the next cycle evaluates every object again');
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { created: 1, failed: 0 } });
    const logs = await logsOf(c.cycleId);
    expect(logs.filter((l) => l.action === 'Create').map((l) => l.sourceName)).toEqual(['admin@acme.example']);
    // Everything was evaluated again: every in-scope user and the group has an entry.
    expect(new Set(logs.map((l) => l.sourceName))).toEqual(
      new Set([
        'ann@acme.example',
        'cy@acme.example',
        'dan@acme.example',
        'admin@acme.example',
        'eve@acme.example',
        'fay@acme.example',
        'Sales Team',
        'Contractors',
      ]),
    );
    expect(await userNamed('admin')).toMatchObject({ active: true, externalId: 'u5-admin' });
  });

  it('restart keeps the links (no duplicates); --full drops them and matches again', async () => {
    // The tenant's admin accounts are users too (no externalId): only the provisioned ones count here.
    const provisioned = async () =>
      (await allUsers(box.server, t))
        .filter((u) => u.externalId)
        .map((u) => u.userName)
        .sort();
    const before = await provisioned();
    expect(before).toEqual(['admin', 'ann', 'cy', 'dan', 'fay']);
    const r = await box.cycle(['app', 'restart', APP]);
    expect(r).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { created: 0, failed: 0 } });
    const logs = await logsOf(r.cycleId);
    const annSteps = byName(logs, 'ann@acme.example')[0].steps;
    expect(annSteps.find((s) => s.step === 'match')?.status).toBe('Linked');
    const full = await box.cycle(['app', 'restart', APP, '--full']);
    expect(full).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { created: 0, failed: 0 } });
    const fullLogs = await logsOf(full.cycleId);
    expect(byName(fullLogs, 'ann@acme.example')[0].steps.find((s) => s.step === 'match')?.status).toBe('matched');
    expect(byName(fullLogs, 'Sales Team')[0].targetId).toBeTruthy();
    expect(await provisioned()).toEqual(before);
    expect((await box.server.scim(t, 'GET', '/Groups')).body.totalResults).toBe(1);
    // The next incremental cycle finds the links --full made again: nothing to do.
    const next = await box.cycle(['cycle', 'run', APP]);
    expect(next).toMatchObject({
      kind: 'incremental',
      counts: { created: 0, updated: 0, disabled: 0, deleted: 0, failed: 0 },
    });
  });

  async function readApp(excluded: string): Promise<string> {
    const { readFileSync } = await import('node:fs');
    return readFileSync(appFile(excluded), 'utf8');
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
