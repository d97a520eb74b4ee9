import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineBox, engineBox, waitFor } from './engine/engine-box.js';
import type { GqlClient } from './graphql-client.js';

/**
 * What the dashboard's re-sync, on-demand and plan-review pages need of the engine's GraphQL
 * (issue 11 items 5 and 6): plan entries found by part of a name; an app file proposed from what
 * GraphQL shows (a webhook without its secret, an external target without its token) keeps the
 * stored secrets; on-demand's response duration as a whole number (GraphQL Int) on a local target.
 */
describe('plans and on-demand for the dashboard (SQLite)', () => {
  let box: EngineBox;
  let gql: GqlClient;
  const APP = 'pd-app';
  const users = ['ann', 'bob', 'carol', 'dave'].map((n) => ({
    objectId: `u-${n}`,
    userPrincipalName: `${n}@pd.example`,
    givenName: n,
    surname: 'Test',
  }));
  const file = (extra: Record<string, unknown> = {}) => ({
    name: APP,
    source: { directory: 'pd' },
    target: { tenant: 'pdt' },
    mappings: 'seed',
    scope: { mode: 'all' },
    schedule: { enabled: false },
    webhook: { url: 'https://hooks.pd.example/scimdesk', secret: 'a-webhook-secret-of-enough-length' },
    ...extra,
  });
  const PLAN = `mutation($app: String!, $restart: Boolean!, $proposal: JSON) {
    planApp(app: $app, restart: $restart, proposal: $proposal, wait: true) {
      plan { id status totals { create update } } diagnostics { code path message } } }`;
  const ENTRIES = `query($id: ID!, $search: String) { plan(id: $id) {
    entries(first: 100, search: $search) { sourceId sourceName action } } }`;
  const sealed = async () =>
    (await box.sql.get<{ s: string | null }>('select webhook_secret_sealed as s from app where name = ?', [APP]))?.s;

  beforeAll(async () => {
    box = await engineBox('sqlite');
    await box.server.rt.startRunner({ schedule: false });
    await box.tenant('pdt');
    expect((await box.cli(['directory', 'create', 'pd'])).code).toBe(0);
    const imp = await box.cli(['directory', 'import', 'pd', '--users', box.file('u.json', JSON.stringify(users))]);
    expect(imp.code, imp.stderr).toBe(0);
    const applied = await box.cli(['app', 'apply', '--file', box.file('app.json', JSON.stringify(file()))]);
    expect(applied.code, applied.stderr).toBe(0);
    gql = await box.owner();
  }, 120_000);
  afterAll(async () => box?.close());

  it('lists plan entries by part of the source name or id, any case; a wildcard is literal', async () => {
    const r = await gql(PLAN, { app: APP, restart: true });
    expect(r.errors).toBeUndefined();
    const plan = r.data.planApp.plan;
    expect(plan).toMatchObject({ status: 'READY', totals: { create: 4 } });
    const names = async (search: string | null) => {
      const e = await gql(ENTRIES, { id: plan.id, search });
      expect(e.errors).toBeUndefined();
      return e.data.plan.entries.map((x: { sourceId: string }) => x.sourceId);
    };
    expect(await names(null)).toEqual(['u-ann', 'u-bob', 'u-carol', 'u-dave']);
    expect(await names('CAROL@')).toEqual(['u-carol']);
    expect(await names('u-b')).toEqual(['u-bob']);
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
    const long = await gql(ENTRIES, { id: plan.id, search: 'x'.repeat(257) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await gql('mutation($id: ID!) { dropPlan(id: $id) { status } }', { id: plan.id });
  });

  it('applies a proposal whose webhook has no secret: the stored secret is kept', async () => {
    const before = await sealed();
    expect(before).toBeTruthy();
    const proposal = file({
      webhook: { url: 'https://hooks.pd.example/scimdesk' },
      scope: {
        mode: 'all',
        userFilter: { groups: [{ clauses: [{ attribute: 'givenName', operator: 'NOT EQUALS', value: 'dave' }] }] },
      },
    });
    const r = await gql(PLAN, { app: APP, restart: false, proposal });
    expect(r.errors).toBeUndefined();
    expect(r.data.planApp.diagnostics).toEqual([]);
    const id = r.data.planApp.plan.id;
    const applied = await gql('mutation($id: ID!) { applyPlan(id: $id) { plan { status } } }', { id });
    expect(applied.errors).toBeUndefined();
    await waitFor('the plan applied', async () => {
      const p = await gql('query($id: ID!) { plan(id: $id) { status } }', { id });
      return p.data.plan.status === 'APPLIED' ? true : undefined;
    });
    const app = await gql(
      'query($a: String!) { app(name: $a) { webhookUrl scope { userFilter { groups { clauses { value } } } } } }',
      {
        a: APP,
      },
    );
    expect(app.data.app.webhookUrl).toBe('https://hooks.pd.example/scimdesk');
    expect(app.data.app.scope.userFilter.groups[0].clauses[0].value).toBe('dave');
    expect(await sealed()).toBe(before);
  });

  it('refuses a webhook without a secret, and an external target without a token, when none is stored', async () => {
    const hook = await box.cli([
      'app',
      'apply',
      '--file',
      box.file(
        'h.json',
        JSON.stringify({ ...file({ name: 'pd-new', webhook: { url: 'https://hooks.pd.example/x' } }) }),
      ),
    ]);
    expect(hook.code).not.toBe(0);
    expect(hook.stdout + hook.stderr).toContain('APP_NO_WEBHOOK_SECRET');
    const url = await box.cli([
      'app',
      'apply',
      '--file',
      box.file(
        't.json',
        JSON.stringify({ ...file({ name: 'pd-url', target: { url: 'https://scim.pd.example/v2' } }) }),
      ),
    ]);
    expect(url.code).not.toBe(0);
    expect(url.stdout + url.stderr).toContain('APP_NO_TOKEN');
    const apps = await gql('{ apps { name } }');
    expect(apps.data.apps.map((a: { name: string }) => a.name)).toEqual([APP]);
  });

  it('answers on-demand over GraphQL with the response duration in whole milliseconds', async () => {
    const r = await gql(
      `mutation($app: String!, $user: String) { provisionOnDemand(app: $app, user: $user) {
        object { action status request { method path body } response { status durationMs retries } } } }`,
      { app: APP, user: 'carol@pd.example' },
    );
    expect(r.errors).toBeUndefined();
    const o = r.data.provisionOnDemand.object;
    expect(o.request.method).toMatch(/^(POST|PATCH|GET)$/);
    expect(o.response.status).toBeGreaterThanOrEqual(200);
    expect(Number.isInteger(o.response.durationMs)).toBe(true);
    expect(o.response.retries).toBe(0);
  });
});
