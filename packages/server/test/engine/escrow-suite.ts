import { mappingPresets } from '@scimdesk/scim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeOf } from '../graphql-client.js';
import type { DbKind } from '../harness.js';
import { type EngineBox, engineBox, waitFor } from './engine-box.js';

interface Failed {
  objectType: string;
  sourceId: string;
  sourceName: string | null;
  failures: number;
  lastError: string | null;
  failedAt: string;
  retryAt: string | null;
}

/**
 * Escrow (issue 10 item 4, its first part) through the CLI and GraphQL: a failing object is
 * retried by the next cycle, then waits out its growing interval (cycles in between leave it
 * alone), is listed with its last error and retry time, is retried at once when an admin asks,
 * and at once when it changes in the source.
 */
export function defineEscrowSuite(kind: DbKind): void {
  let box: EngineBox;
  const APP = 'esc-app';
  const user = (id: string, date: string) => ({
    objectId: id,
    userPrincipalName: `${id}@esc.example`,
    givenName: `Given${id}`,
    surname: 'Family',
    extensionAttribute1: date,
  });
  const importUsers = async (list: ReturnType<typeof user>[]) => {
    const r = await box.cli(['directory', 'import', 'esc', '--users', box.file('users.json', JSON.stringify(list))]);
    expect(r.code, r.stderr).toBe(0);
  };
  const failures = async () => {
    const r = await box.cli(['app', 'failures', APP, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { failures: number; objects: Failed[] };
  };
  const touched = async (cycleId: string) => (await box.logs(APP, '--cycle', cycleId)).map((e) => e.sourceId).sort();

  beforeAll(async () => {
    // The 1st failure is retried by the next cycle, every later one an hour on.
    box = await engineBox(kind, { ENGINE_RETRY_SCHEDULE_MINUTES: '0,60' });
    await box.server.rt.startRunner({ schedule: false });
    await box.tenant('esct');
    expect((await box.cli(['directory', 'create', 'esc'])).code).toBe(0);
    await importUsers([user('u1', '20240102'), user('u2', 'garbage'), user('u3', 'garbage')]);
    const seed = mappingPresets.seed;
    const mappings = {
      ...seed,
      user: {
        ...seed.user,
        mappings: [
          ...seed.user.mappings,
          {
            kind: 'expression',
            source: 'FormatDateTime([extensionAttribute1], , "yyyyMMdd", "yyyy-MM-dd")',
            target: 'title',
            apply: 'always',
          },
        ],
      },
    };
    const file = {
      name: APP,
      source: { directory: 'esc' },
      target: { tenant: 'esct' },
      mappings,
      scope: { mode: 'all' },
      schedule: { enabled: false },
    };
    const applied = await box.cli(['app', 'apply', '--file', box.file('app.json', JSON.stringify(file))]);
    expect(applied.code, applied.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => box?.close());

  it('CLI: a failure is retried by the next cycle, then waits out its interval; it is listed with its last error', async () => {
    const first = await box.cycle(['cycle', 'run', APP]);
    expect(first.counts).toMatchObject({ created: 1, failed: 2 });
    let f = await failures();
    expect(f.failures).toBe(2);
    expect(f.objects.map((o) => [o.sourceId, o.sourceName, o.failures])).toEqual([
      ['u2', 'u2@esc.example', 1],
      ['u3', 'u3@esc.example', 1],
    ]);
    expect(f.objects[0].lastError).toContain('FormatDateTime: "garbage" does not match');
    // After a 1st failure: due at once (0 minutes).
    expect(Date.parse(f.objects[0].retryAt as string)).toBeLessThanOrEqual(Date.now());

    const second = await box.cycle(['cycle', 'run', APP]);
    expect(second.kind).toBe('incremental');
    expect(await touched(second.cycleId)).toEqual(['u2', 'u3']);
    f = await failures();
    expect(f.objects.map((o) => o.failures)).toEqual([2, 2]);
    const wait = Date.parse(f.objects[0].retryAt as string) - Date.now();
    expect(wait).toBeGreaterThan(55 * 60_000);
    expect(wait).toBeLessThanOrEqual(60 * 60_000);

    // Within the hour, a cycle leaves them alone.
    const third = await box.cycle(['cycle', 'run', APP]);
    expect(await touched(third.cycleId)).toEqual([]);
    expect(third.counts).toMatchObject({ failed: 0 });
    const text = await box.cli(['app', 'failures', APP]);
    expect(text.stdout).toContain('2 object(s) failed');
    expect(text.stdout).toMatch(/user u2 u2@esc\.example: 2 failure\(s\), retry at \S+Z: MappingError: FormatDateTime/);
  }, 120_000);

  it('GraphQL: an admin retries a chosen one now; a change in the source retries at once and clears it', async () => {
    const gql = await box.owner();
    const listed = await gql(
      `query($app: String!) { app(name: $app) { failureCount failures(first: 10) { sourceId failures lastError retryAt } } }`,
      { app: APP },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.app.failureCount).toBe(2);
    expect(listed.data.app.failures.map((o: Failed) => o.sourceId)).toEqual(['u2', 'u3']);

    const unknown = await gql(`mutation($app: String!) { retryFailures(app: $app, sourceIds: ["u1"]) { changed } }`, {
      app: APP,
    });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    const retried = await gql(
      `mutation($app: String!) { retryFailures(app: $app, sourceIds: ["u2"]) { changed cycle { id } app { failureCount } } }`,
      { app: APP },
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data.retryFailures.changed).toBe(1);
    const cycleId = retried.data.retryFailures.cycle.id as string;
    await waitFor('the retry cycle', async () => {
      const r = await gql(`query($id: ID!) { cycle(id: $id) { status } }`, { id: cycleId });
      return r.data?.cycle?.status === 'SUCCEEDED' ? true : undefined;
    });
    expect(await touched(cycleId)).toEqual(['u2']);
    let f = await failures();
    expect(f.objects.map((o) => [o.sourceId, o.failures])).toEqual([
      ['u2', 3],
      ['u3', 2],
    ]);

    // u3 fixed in the source: the next cycle takes it although its retry time has not come.
    await importUsers([user('u1', '20240102'), user('u2', 'garbage'), user('u3', '20240303')]);
    const fixed = await box.cycle(['cycle', 'run', APP]);
    expect(await touched(fixed.cycleId)).toEqual(['u3']);
    expect(fixed.counts).toMatchObject({ created: 1, failed: 0 });
    f = await failures();
    expect(f.objects.map((o) => o.sourceId)).toEqual(['u2']);
  }, 120_000);
}
