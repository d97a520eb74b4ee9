/**
 * GraphQL users-list latency at scale (a script, not a test): what the dashboard's users page
 * asks for, against N loaded users. Sequential requests, so the figures are what one admin feels.
 *
 *   node --import tsx bench/graphql.bench.ts [--users 100000] [--db sqlite|postgresql] [--requests 30]
 */
import { performance } from 'node:perf_hooks';
import { AdminAccount } from '../src/admins/admin.entity.js';
import { analyze, createBenchTenant, createThrowawayDb, openRuntime } from './db.js';
import { loadUsers } from './loader.js';
import { flag, graphqlAsker, printLatencies, servePages } from './page-latency.js';

const users = Number(flag('users', '100000'));
const requests = Number(flag('requests', '30'));
const kind = flag('db', 'sqlite') as 'sqlite' | 'postgresql';
const TENANT = 'bench';

const NODE = 'edges { cursor node { id userName displayName active userType authType groups { displayName } } }';
const scenarios: [string, string][] = [
  [
    'first page (created, 50)',
    `{ users(tenant: "${TENANT}", first: 50) { totalCount pageInfo { endCursor } ${NODE} } }`,
  ],
  [
    'sorted by userName',
    `{ users(tenant: "${TENANT}", first: 50, sort: { field: USER_NAME, direction: ASC }) { ${NODE} } }`,
  ],
  [
    'sorted by displayName desc',
    `{ users(tenant: "${TENANT}", first: 50, sort: { field: DISPLAY_NAME, direction: DESC }) { ${NODE} } }`,
  ],
  [
    'filter active: false',
    `{ users(tenant: "${TENANT}", first: 50, filter: { active: false }) { totalCount ${NODE} } }`,
  ],
  [
    'search "smith" + count',
    `{ users(tenant: "${TENANT}", first: 50, filter: { search: "smith" }) { totalCount ${NODE} } }`,
  ],
  ['search "smith", no count', `{ users(tenant: "${TENANT}", first: 50, filter: { search: "smith" }) { ${NODE} } }`],
  ['report', `{ report(tenant: "${TENANT}") { users active inactive serviceAccounts byUserType { value count } } }`],
];

async function main(): Promise<void> {
  const db = await createThrowawayDb(kind);
  try {
    const rt = await openRuntime(db.url);
    const { tenant } = await createBenchTenant(rt, TENANT);
    const t0 = performance.now();
    await loadUsers(rt, tenant, users, () => {});
    await analyze(rt);
    console.log(
      `loaded ${users.toLocaleString('en-US')} users into ${kind} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const em = rt.db.orm.em.fork();
    const admin = await em.findOneOrFail(AdminAccount, { tenantId: tenant.id });
    const { secret } = await rt.services.apiTokens.create(em, admin, { createdBy: 'bench' });
    await rt.close();

    await servePages(db.url, async (origin) => {
      await printLatencies(
        graphqlAsker(origin, secret),
        scenarios.map(([name, query]) => [name, query] as const),
        requests,
      );
    });
  } finally {
    await db.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
