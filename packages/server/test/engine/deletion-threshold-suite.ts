import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeOf } from '../graphql-client.js';
import type { DbKind, TestTenant } from '../harness.js';
import { type EngineBox, engineBox, type LogLine, waitFor } from './engine-box.js';

/**
 * The accidental-deletion threshold (issue 10 item 3) through the CLI, GraphQL and SCIM: a cycle
 * that would disable more users than the threshold holds them all (StagedDelete) and does the
 * rest; held objects stay held in later cycles; an admin allows chosen ones (GraphQL: a cycle
 * sends them and their group memberships follow), rejects one and allows the rest (CLI); a
 * cycle under the threshold sends its disables at once.
 */
export function defineDeletionThresholdSuite(kind: DbKind): void {
  let box: EngineBox;
  let t: TestTenant;
  const APP = 'dt-app';
  const THRESHOLD = 3;
  const ids = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'];
  const user = (id: string, givenName = `Given${id}`) => ({
    objectId: id,
    userPrincipalName: `${id}@acme.example`,
    givenName,
    surname: 'Family',
  });
  const targetOf = new Map<string, string>();
  const importUsers = async (list: ReturnType<typeof user>[]) => {
    const r = await box.cli([
      'directory',
      'import',
      'acme',
      '--users',
      box.file('users.json', JSON.stringify(list)),
      '--groups',
      box.file('groups.json', JSON.stringify([{ objectId: 'g-team', displayName: 'Team', members: ids }])),
      '--soft-delete-missing',
    ]);
    expect(r.code, r.stderr).toBe(0);
  };
  const active = async (id: string) => {
    const r = await box.server.scim(t, 'GET', `/Users/${targetOf.get(id)}`);
    expect(r.status).toBe(200);
    return r.body.active as boolean;
  };
  const teamMembers = async () => {
    const r = await box.server.scim(t, 'GET', `/Groups/${targetOf.get('g-team')}`);
    expect(r.status).toBe(200);
    const byTarget = new Map([...targetOf].map(([s, tid]) => [tid, s]));
    return ((r.body.members ?? []) as { value: string }[]).map((m) => byTarget.get(m.value)).sort();
  };
  const heldJson = async () => {
    const r = await box.cli(['app', 'deletes', APP, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      held: number;
      objects: { sourceId: string; sourceName: string | null; action: string; allowed: boolean; targetId: string }[];
    };
  };
  const logsOf = async (cycleId: string) => (await box.logs(APP, '--cycle', cycleId)) as LogLine[];

  beforeAll(async () => {
    box = await engineBox(kind);
    await box.server.rt.startRunner({ schedule: false });
    t = await box.tenant('dtt');
    expect((await box.cli(['directory', 'create', 'acme'])).code).toBe(0);
    await importUsers(ids.map((id) => user(id)));
    const file = box.file(
      'app.json',
      JSON.stringify({
        name: APP,
        source: { directory: 'acme' },
        target: { tenant: 'dtt' },
        mappings: 'seed',
        scope: { mode: 'all' },
        schedule: { enabled: false },
        deletionThreshold: THRESHOLD,
      }),
    );
    const applied = await box.cli(['app', 'apply', '--file', file]);
    expect(applied.code, applied.stderr).toBe(0);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ status: 'succeeded', counts: { created: 9, failed: 0, held: 0 } });
    for (const l of await logsOf(c.cycleId)) if (l.targetId) targetOf.set(l.sourceId, l.targetId);
    expect(targetOf.size).toBe(9);
    expect(await teamMembers()).toEqual(ids);
  }, 120_000);

  afterAll(async () => {
    await box?.close();
  });

  it('holds every disable of a cycle over the threshold, logs them StagedDelete, and sends the rest', async () => {
    // u1..u5 leave the directory (soft delete: 5 disables, over the threshold of 3); u6 is renamed
    await importUsers([user('u6', 'Renamed'), user('u7'), user('u8')]);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({
      kind: 'incremental',
      status: 'succeeded',
      counts: { updated: 1, disabled: 0, deleted: 0, held: 5, failed: 0 },
    });
    for (const id of ['u1', 'u2', 'u3', 'u4', 'u5']) expect(await active(id)).toBe(true);
    expect(await teamMembers()).toEqual(ids);
    const logs = await logsOf(c.cycleId);
    const staged = logs.filter((l) => l.action === 'StagedDelete');
    expect(staged.map((l) => l.sourceId).sort()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    for (const l of staged) {
      expect(l).toMatchObject({ status: 'Skipped', errorCode: 'DeletionThresholdExceeded', request: null });
      expect(l.targetId).toBe(targetOf.get(l.sourceId));
      expect(l.errorMessage).toContain(`deletion threshold (${THRESHOLD})`);
    }
    expect(logs.filter((l) => l.action === 'Update').map((l) => l.sourceId)).toEqual(['u6']);
    expect(logs.some((l) => l.action === 'Disable')).toBe(false);

    const held = await heldJson();
    expect(held.held).toBe(5);
    expect(held.objects.map((o) => [o.sourceId, o.sourceName, o.action, o.allowed])).toEqual(
      ['u1', 'u2', 'u3', 'u4', 'u5'].map((id) => [id, `${id}@acme.example`, 'Disable', false]),
    );
    const show = await box.cli(['app', 'show', APP]);
    expect(show.stdout).toContain(`deletes held: 5 disable(s) and delete(s) over the threshold (${THRESHOLD})`);
    const gql = await box.owner();
    const app = await gql(`{ app(name: "${APP}") { heldDeletes heldObjects(first: 2) { sourceId action heldBy } } }`);
    expect(app.errors).toBeUndefined();
    expect(app.data.app.heldDeletes).toBe(5);
    expect(app.data.app.heldObjects).toEqual([
      { sourceId: 'u1', action: 'Disable', heldBy: c.cycleId },
      { sourceId: 'u2', action: 'Disable', heldBy: c.cycleId },
    ]);
  });

  it('keeps held objects held in the next cycle: nothing sent, nothing logged again', async () => {
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ status: 'succeeded', counts: { disabled: 0, held: 0, failed: 0 } });
    expect((await logsOf(c.cycleId)).filter((l) => l.action === 'StagedDelete')).toEqual([]);
    expect(await active('u1')).toBe(true);
    expect((await heldJson()).held).toBe(5);
  });

  it('allowHeldDeletes sends the chosen ones in a cycle, and their group memberships follow', async () => {
    const gql = await box.owner();
    const bad = await gql(`mutation { allowHeldDeletes(app: "${APP}", sourceIds: ["u1", "u7"]) { changed } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('Not held in app dt-app: u7');
    const r = await gql(
      `mutation { allowHeldDeletes(app: "${APP}", sourceIds: ["u1", "u2"]) { changed cycle { id } app { heldDeletes } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.allowHeldDeletes).toMatchObject({ changed: 2, app: { heldDeletes: 3 } });
    const cycleId = r.data.allowHeldDeletes.cycle.id as string;
    const done = await waitFor('the allowed cycle', async () => {
      const q = await gql(`{ cycle(id: "${cycleId}") { status counts { disabled held } } }`);
      return ['QUEUED', 'RUNNING'].includes(q.data.cycle.status) ? undefined : q.data.cycle;
    });
    expect(done).toEqual({ status: 'SUCCEEDED', counts: { disabled: 2, held: 0 } });
    expect(await active('u1')).toBe(false);
    expect(await active('u2')).toBe(false);
    expect(await active('u3')).toBe(true);
    expect(await teamMembers()).toEqual(['u3', 'u4', 'u5', 'u6', 'u7', 'u8']);
    const logs = await logsOf(cycleId);
    expect(
      logs
        .filter((l) => l.action === 'Disable')
        .map((l) => l.sourceId)
        .sort(),
    ).toEqual(['u1', 'u2']);
  });

  it('the CLI rejects one (the target keeps it) and allows the rest; unknown ids change nothing', async () => {
    const unknown = await box.cli(['app', 'deletes', APP, '--reject', '--only', 'u3,u9']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('not held in app dt-app: u9');
    expect((await heldJson()).held).toBe(3);

    const rejected = await box.cli(['app', 'deletes', APP, '--reject', '--only', 'u3', '--json']);
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(JSON.parse(rejected.stdout)).toEqual({ rejected: 1, held: 2, cycleId: null });

    const allowed = await box.cli(['app', 'deletes', APP, '--allow', '--wait', '--json']);
    expect(allowed.code, allowed.stderr).toBe(0);
    const summary = JSON.parse(allowed.stdout.trim().split('\n').pop() ?? '');
    expect(summary).toMatchObject({ status: 'succeeded', counts: { disabled: 2, held: 0, failed: 0 } });
    expect(await active('u3')).toBe(true);
    expect(await active('u4')).toBe(false);
    expect(await active('u5')).toBe(false);
    expect(await heldJson()).toMatchObject({ held: 0, objects: [] });
    // the rejected one is left alone by later cycles
    const next = await box.cycle(['cycle', 'run', APP]);
    expect(next.counts).toMatchObject({ disabled: 0, held: 0 });
    expect(await active('u3')).toBe(true);
  });

  it('a cycle within the threshold sends its disables in the same cycle', async () => {
    await importUsers([user('u7'), user('u8')]);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c).toMatchObject({ status: 'succeeded', counts: { disabled: 1, held: 0, failed: 0 } });
    expect(await active('u6')).toBe(false);
    expect(await teamMembers()).toEqual(['u3', 'u7', 'u8']);
    expect((await logsOf(c.cycleId)).filter((l) => l.action === 'StagedDelete')).toEqual([]);
  });
}
