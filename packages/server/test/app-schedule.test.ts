import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRunAfter } from '../src/apps/app-schedule.service.js';
import { DirectoryService } from '../src/directory/directory.service.js';
import { codeOf, type GqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

const SET = `mutation($n: String!, $i: Int, $e: Boolean, $f: Boolean) {
  setAppSchedule(app: $n, intervalMinutes: $i, enabled: $e, followChanges: $f) {
    name webhookUrl schedule { intervalMinutes enabled followChanges nextRunAt } } }`;
const APPLY = `mutation($f: JSON!) { applyApp(file: $f) { app { name } diagnostics { code message } } }`;
const MIN = 60_000;

describe('nextRunAfter', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('is one interval after the last finished cycle, never in the past', () => {
    const app = { intervalMinutes: 30, nextRunAt: null, quarantineReason: null };
    expect(nextRunAfter(app, new Date(now.getTime() - 10 * MIN), now).toISOString()).toBe('2026-12-01T12:20:00.000Z');
    expect(nextRunAfter(app, new Date(now.getTime() - 45 * MIN), now).toISOString()).toBe(now.toISOString());
    expect(nextRunAfter(app, null, now).toISOString()).toBe('2026-12-01T12:30:00.000Z');
  });
  it('keeps the slowed-down time of a quarantined app', () => {
    const slowed = new Date('2026-12-02T00:00:00Z');
    const app = { intervalMinutes: 5, nextRunAt: slowed, quarantineReason: 'TargetUnauthorized' };
    expect(nextRunAfter(app, now, now)).toBe(slowed);
  });
});

describe('GraphQL setAppSchedule', () => {
  let server: TestServer;
  let a: TestTenant;
  let owner: GqlClient;
  let admin: GqlClient;
  let viewer: GqlClient;
  let otherAdmin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    a = await server.addTenant('sched-a', { rules: 'egnyte', sso: true });
    const b = await server.addTenant('sched-b');
    await addAdmin(server, a, 'sam.owner', 'viewer', true);
    await addAdmin(server, a, 'sid.admin', 'admin');
    await addAdmin(server, a, 'val.viewer', 'viewer');
    await addAdmin(server, b, 'bo.admin', 'admin');
    owner = await signedInClient(server, 'sam.owner', PASSWORD);
    admin = await signedInClient(server, 'sid.admin', PASSWORD);
    viewer = await signedInClient(server, 'val.viewer', PASSWORD);
    otherAdmin = await signedInClient(server, 'bo.admin', PASSWORD);
    await new DirectoryService(server.rt.services.sql).createDirectory({ slug: 'sched' });
    const r = await owner(APPLY, {
      f: {
        name: 'sched-app',
        source: { directory: 'sched' },
        target: { tenant: a.tenant.slug },
        scope: { mode: 'all' },
        schedule: { intervalMinutes: 40, enabled: true },
        webhook: { url: 'https://hooks.example/scimdesk', secret: 'a secret of sixteen+' },
      },
    });
    expect(r.data.applyApp.diagnostics).toEqual([]);
  });
  afterAll(async () => server?.close());

  it('lets an admin of the target tenant change the interval and follow changes, keeping the rest of the app', async () => {
    const before = Date.now();
    const r = await admin(SET, { n: 'sched-app', i: 5, f: true });
    expect(r.errors).toBeUndefined();
    const s = r.data.setAppSchedule;
    expect(s.schedule).toMatchObject({ intervalMinutes: 5, enabled: true, followChanges: true });
    // no cycle has finished: the next run is one new interval from now
    const next = new Date(s.schedule.nextRunAt).getTime();
    expect(next).toBeGreaterThanOrEqual(before + 5 * MIN - 1000);
    expect(next).toBeLessThanOrEqual(Date.now() + 5 * MIN + 1000);
    // the webhook (whose secret the dashboard never sees) is still there
    expect(s.webhookUrl).toBe('https://hooks.example/scimdesk');
    const row = await server.rt.services.sql.get<{ webhook_secret_sealed: string | null; follow_changes: unknown }>(
      "select webhook_secret_sealed, follow_changes from app where name = 'sched-app'",
    );
    expect(row?.webhook_secret_sealed).toBeTruthy();
    expect(Number(row?.follow_changes)).toBe(1);
  });

  it('changes only what it is given', async () => {
    const r = await admin(SET, { n: 'sched-app', e: false });
    expect(r.data.setAppSchedule.schedule).toMatchObject({ intervalMinutes: 5, enabled: false, followChanges: true });
    const q = await viewer(
      'query($n: String!) { app(name: $n) { schedule { intervalMinutes enabled followChanges } } }',
      {
        n: 'sched-app',
      },
    );
    expect(q.data.app.schedule).toEqual({ intervalMinutes: 5, enabled: false, followChanges: true });
  });

  it('refuses bad values, viewers, and callers who cannot see the app', async () => {
    const zero = await admin(SET, { n: 'sched-app', i: 0 });
    expect(codeOf(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0].message).toBe('intervalMinutes must be between 1 and 525600');
    expect(codeOf(await admin(SET, { n: 'sched-app' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await viewer(SET, { n: 'sched-app', i: 10 }))).toBe('FORBIDDEN');
    expect(codeOf(await otherAdmin(SET, { n: 'sched-app', i: 10 }))).toBe('NOT_FOUND');
    expect(codeOf(await admin(SET, { n: 'no-such-app', i: 10 }))).toBe('NOT_FOUND');
    const q = await owner('query { app(name: "sched-app") { schedule { intervalMinutes } } }');
    expect(q.data.app.schedule.intervalMinutes).toBe(5);
  });
});
