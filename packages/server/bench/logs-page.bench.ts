/**
 * An app's provisioning-logs page at scale (a script, not a test): the GraphQL queries the
 * dashboard's logs page (packages/web/src/pages/engine/AppLogsPage.vue, its documents in
 * packages/web/src/graphql/provisioning.graphql, copied here) sends, against N log entries of one
 * app. Sequential requests with an API token, server in a child process: what one admin waits.
 *
 *   node --import tsx bench/logs-page.bench.ts [--entries 100000] [--db sqlite|postgresql] [--requests 20]
 *
 * "first render" is the list's first page with its exact totalCount: the page shows its rows when
 * that answer arrives (the counts and the cycle list are asked for after it).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AdminAccount } from '../src/admins/admin.entity.js';
import { App } from '../src/apps/app.entity.js';
import { Cycle } from '../src/cycles/cycle.entity.js';
import { toDate } from '../src/db/row.js';
import { encodeCursor } from '../src/graphql/connection.js';
import type { LogEntry } from '../src/provisioning/log.types.js';
import { insertLogs } from '../src/provisioning/log.writer.js';
import { analyze, createBenchTenant, createThrowawayDb, openRuntime } from './db.js';
import { flag, graphqlAsker, printLatencies, servePages } from './page-latency.js';

const ENTRIES = Number(flag('entries', '100000'));
const REQUESTS = Number(flag('requests', '20'));
const kind = flag('db', 'sqlite') as 'sqlite' | 'postgresql';
const APP = 'bench-logs';
const CYCLES = 10;
const DAY = 86_400_000;

const ROW =
  'id createdAt cycleId objectType action status sourceId sourceName targetId targetName errorCode errorMessage durationMs';
const LIST = `query($app: String!, $filter: ProvisioningLogFilter, $first: Int!, $after: String) {
  provisioningLogs(app: $app, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`;
const COUNTS = `query($app: String!, $filter: ProvisioningLogFilter) { provisioningLogReport(app: $app, filter: $filter) {
  total successes failures skipped warnings successRate failuresByErrorCode { errorCode count } } }`;
const CYCLE_LIST = `query($app: String!, $first: Int!) { app(name: $app) { id name cycles(first: $first) {
  edges { node { id kind status trigger queuedAt startedAt } } } } }`;
const ENTRY = `query($id: ID!) { provisioningLog(id: $id) { ${ROW} app request { method path } responseStatus retryCount
  modified { attribute old new } steps { step status details } } }`;

/** An engine-shaped entry: 1 in 50 failed, 1 in 20 skipped, spread over the last 30 days. */
const entryOf = (appId: string, cycleId: string, i: number, now: number): LogEntry => {
  const failed = i % 50 === 0;
  const skipped = !failed && i % 20 === 0;
  return {
    appId,
    cycleId,
    objectType: i % 100 === 0 ? 'group' : 'user',
    action: failed ? 'Other' : skipped ? 'Skip' : i % 10 === 0 ? 'Create' : 'Update',
    status: failed ? 'Failure' : skipped ? 'Skipped' : 'Success',
    sourceId: randomUUID(),
    sourceName: `User Number ${i}`,
    targetId: randomUUID(),
    targetName: `user.${i}@contoso.com`,
    modified: [
      { attribute: 'title', old: 'Engineer', new: 'Senior Engineer' },
      { attribute: 'department', old: 'R&D', new: 'Platform' },
    ],
    steps: [
      { step: 'import', status: 'Success', details: { source: { objectId: `o-${i}`, displayName: `User ${i}` } } },
      { step: 'scope', status: 'InScope', details: { inScope: true } },
      { step: 'match', status: 'matched', details: { on: 'userName' } },
      { step: 'action', status: failed ? 'Failure' : 'Success', details: {} },
    ],
    request: { method: 'PATCH', path: `/Users/${i}` },
    responseStatus: failed ? 400 : 200,
    errorCode: failed ? 'SCIM_400' : skipped ? 'NoChange' : null,
    errorMessage: failed ? 'userName is not valid' : null,
    retryCount: 0,
    durationMs: 30,
    at: new Date(now - 30 * DAY + Math.floor((i / ENTRIES) * 30 * DAY)),
  };
};

async function main(): Promise<void> {
  const db = await createThrowawayDb(kind);
  try {
    const rt = await openRuntime(db.url);
    const { tenant } = await createBenchTenant(rt, 'bench');
    const em = rt.db.orm.em.fork();
    const app = em.create(App, {
      id: randomUUID(),
      name: APP,
      directoryId: randomUUID(),
      targetTenantId: tenant.id,
      mappings: '{}',
      // a stored scope as apps/app.service.ts writes one (the app query reads it)
      scope: JSON.stringify({
        mode: 'all',
        users: [],
        groups: [],
        userFilter: { groups: [] },
        groupFilter: { groups: [] },
      }),
      intervalMinutes: 40,
      scheduleEnabled: false,
      followChanges: false,
      deletionThreshold: 500,
      state: 'running',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const cycles = Array.from({ length: CYCLES }, (_, i) =>
      em.create(Cycle, {
        id: randomUUID(),
        appId: app.id,
        kind: i === 0 ? 'initial' : 'incremental',
        trigger: 'schedule',
        status: 'succeeded',
        phase: 'done',
        total: 0,
        done: 0,
        counts: '{}',
        queuedAt: new Date(Date.now() - (CYCLES - i) * DAY),
        runMs: 0,
      }),
    );
    await em.flush();
    const now = Date.now();
    const t0 = performance.now();
    for (let i = 0; i < ENTRIES; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, ENTRIES - i) }, (_, k) =>
        entryOf(app.id, cycles[Math.floor(((i + k) / ENTRIES) * CYCLES)].id, i + k, now),
      );
      await rt.services.sql.transaction((tx) => insertLogs(tx, batch));
    }
    await analyze(rt);
    console.log(
      `${kind}: wrote ${ENTRIES.toLocaleString('en-US')} log entries of one app in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // the cursor halfway down the log: keyset paging costs the same deep in it
    const mid = await rt.services.sql.get<{ id: string; created_at: unknown }>(
      'select id, created_at from provisioning_log where app_id = ? order by created_at desc, id desc limit 1 offset ?',
      [app.id, Math.floor(ENTRIES / 2)],
    );
    const after = mid ? encodeCursor([toDate(mid.created_at).getTime(), mid.id]) : null;
    const admin = await em.findOneOrFail(AdminAccount, { tenantId: tenant.id });
    const { secret } = await rt.services.apiTokens.create(em, admin, { createdBy: 'bench' });
    await rt.close();

    await servePages(db.url, async (origin) => {
      const ask = graphqlAsker(origin, secret);
      const first = await ask(LIST, { app: APP, first: 50 });
      const id = first.provisioningLogs.edges[0].node.id;
      const scenarios: [string, string, Record<string, unknown>][] = [
        ['first render: page 1 + totalCount', LIST, { app: APP, first: 50 }],
        [`page ${Math.floor(ENTRIES / 100) + 1} (cursor, halfway)`, LIST, { app: APP, first: 50, after }],
        ['status FAILURE, page 1', LIST, { app: APP, first: 50, filter: { statuses: ['FAILURE'] } }],
        ['one cycle, page 1', LIST, { app: APP, first: 50, filter: { cycleId: cycles[CYCLES - 1].id } }],
        ['last 24 hours, page 1', LIST, { app: APP, first: 50, filter: { from: new Date(now - DAY).toISOString() } }],
        ['identity "number 4242"', LIST, { app: APP, first: 50, filter: { identity: 'number 4242' } }],
        ['counts (no filter)', COUNTS, { app: APP }],
        ['counts, status FAILURE', COUNTS, { app: APP, filter: { statuses: ['FAILURE'] } }],
        ['cycle list (25)', CYCLE_LIST, { app: APP, first: 25 }],
        ['one entry (detail)', ENTRY, { id }],
      ];
      await printLatencies(ask, scenarios, REQUESTS);
    });
  } finally {
    await db.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
