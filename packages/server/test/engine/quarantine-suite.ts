import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AdminAccount } from '../../src/admins/admin.entity.js';
import { ScimToken } from '../../src/tokens/token.entity.js';
import type { DbKind, TestServer, TestTenant } from '../harness.js';
import { startTestServer } from '../harness.js';
import { type EngineBox, engineBox, waitFor } from './engine-box.js';

interface Hook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Quarantine and alerts (issue 10 item 4) through the CLI, GraphQL and a real webhook receiver:
 * an external target whose token is revoked fails every call with 401, and the app is
 * quarantined with reason TargetUnauthorized and a plain sentence, its next cycle pushed out;
 * the webhook arrives HMAC-signed (retried after a 500, same delivery id); a cycle with a new
 * token lifts it and says so by webhook too.
 */
export function defineQuarantineSuite(kind: DbKind): void {
  let box: EngineBox;
  let remote: TestServer;
  let rt: TestTenant;
  let hook: Server;
  let hookUrl = '';
  const hooks: Hook[] = [];
  let failNext = 1;
  const APP = 'q-app';
  const SECRET = 'webhook-secret-for-tests';
  const appFile = (token: string) =>
    box.file(
      'q.json',
      JSON.stringify({
        name: APP,
        source: { directory: 'qdir' },
        target: { url: `${remote.url}/scim/v2/qremote`, token },
        mappings: 'seed',
        scope: { mode: 'all' },
        schedule: { intervalMinutes: 40, enabled: false },
        webhook: { url: hookUrl, secret: SECRET },
      }),
    );
  const show = async () => JSON.parse((await box.cli(['app', 'show', APP, '--json'])).stdout);

  beforeAll(async () => {
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        hooks.push({ headers: req.headers, body });
        res.statusCode = failNext-- > 0 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    const addr = hook.address();
    hookUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/hooks/scimdesk`;
    remote = await startTestServer('sqlite');
    rt = await remote.addTenant('qremote');
    box = await engineBox(kind, { ENGINE_WEBHOOK_BASE_DELAY_MS: '50' });
    expect((await box.cli(['directory', 'create', 'qdir'])).code).toBe(0);
    const users = ['a', 'b', 'c'].map((p) => ({ objectId: `u-${p}`, userPrincipalName: `${p}@q.example` }));
    const r = await box.cli(['directory', 'import', 'qdir', '--users', box.file('u.json', JSON.stringify(users))]);
    expect(r.code, r.stderr).toBe(0);
    const applied = await box.cli(['app', 'apply', '--file', appFile(rt.token)]);
    expect(applied.code, applied.stderr).toBe(0);
    const c = await box.cycle(['cycle', 'run', APP]);
    expect(c.counts).toMatchObject({ created: 3, failed: 0 });
  }, 120_000);
  afterAll(async () => {
    await box?.close();
    await remote?.close();
    await new Promise((r) => hook?.close(r));
  });

  it('a revoked token quarantines the app with its reason; the webhook arrives signed; a new token lifts it', async () => {
    expect((await show()).app.quarantine).toBeNull();
    expect(hooks).toEqual([]);
    const em = remote.rt.db.orm.em.fork();
    const token = await em.findOneOrFail(ScimToken, { tenantId: rt.tenant.id });
    await remote.rt.services.tokens.revoke(em, token.id);

    // A restart reads every object again: each GET by id answers 401.
    const before = Date.now();
    const c = await box.cycle(['app', 'restart', APP]);
    expect(c.counts).toMatchObject({ failed: 3 });
    const shown = await show();
    expect(shown.app.quarantine).toMatchObject({ reason: 'TargetUnauthorized', cycles: 1 });
    expect(shown.app.quarantine.message).toContain('it may be revoked or expired');
    // The next scheduled run waits twice the 40-minute interval.
    const next = Date.parse(shown.app.schedule.nextRunAt) - before;
    expect(next).toBeGreaterThan(79 * 60_000);
    expect(next).toBeLessThan(81 * 60_000 + 60_000);
    const text = await box.cli(['app', 'show', APP]);
    expect(text.stdout).toContain('quarantined (TargetUnauthorized)');

    // The webhook: refused once (500), then delivered again with the same delivery id, signed.
    expect(hooks.length).toBe(2);
    const [first, second] = hooks;
    expect(first.headers['x-scimdesk-delivery']).toBe(second.headers['x-scimdesk-delivery']);
    expect(second.headers['x-scimdesk-event']).toBe('quarantine');
    const expected = `sha256=${createHmac('sha256', SECRET).update(second.body).digest('hex')}`;
    expect(second.headers['x-scimdesk-signature']).toBe(expected);
    expect(JSON.parse(second.body)).toMatchObject({
      event: 'quarantine',
      app: APP,
      reason: 'TargetUnauthorized',
      cycleId: c.cycleId,
    });

    const gql = await box.owner();
    const q = await gql(
      `query($app: String!) { app(name: $app) { quarantine { reason message cycles } webhookUrl } }`,
      {
        app: APP,
      },
    );
    expect(q.data.app).toMatchObject({ quarantine: { reason: 'TargetUnauthorized', cycles: 1 }, webhookUrl: hookUrl });

    // A new token: the app file is applied with it (its connection test passes), and the next
    // cycle, though it has nothing to change, tests the connection and lifts the quarantine.
    const owner = await em.findOneOrFail(AdminAccount, { tenantId: rt.tenant.id });
    const fresh = await remote.rt.services.tokens.create(em, rt.tenant, owner);
    const reapplied = await box.cli(['app', 'apply', '--file', appFile(fresh.secret)]);
    expect(reapplied.code, reapplied.stderr).toBe(0);
    const lifted = await box.cycle(['cycle', 'run', APP]);
    expect(lifted.counts).toMatchObject({ failed: 0 });
    expect((await show()).app.quarantine).toBeNull();
    await waitFor('the lifted webhook', async () => (hooks.length >= 3 ? true : undefined));
    expect(JSON.parse(hooks[2].body)).toMatchObject({
      event: 'quarantine-lifted',
      previousReason: 'TargetUnauthorized',
    });
  }, 120_000);
}
