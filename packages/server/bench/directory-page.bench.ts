/**
 * A source directory's users page at scale (a script, not a test): the GraphQL query the
 * dashboard's directory users page (packages/web/src/pages/engine/DirectoryUsersPage.vue, its
 * document `DirectoryUsers` in packages/web/src/graphql/directories.graphql, copied here) sends,
 * against the demo directory made with N people (demo/directory.ts: regions, departments, nested
 * groups, managers, disabled and soft-deleted users). Sequential requests signed in as a platform
 * owner, the server in a child process: what one admin waits.
 *
 *   node --import tsx bench/directory-page.bench.ts [--users 100000] [--db sqlite|postgresql] [--requests 20]
 *
 * "first render" is the page's first query with its default address (order by name, 50 rows,
 * totalCount): the page shows its rows when that answer arrives.
 */
import { performance } from 'node:perf_hooks';
import { createAdmin } from '../src/admins/admin.service.js';
import { DEMO_DIRECTORY, seedDemoDirectory } from '../src/demo/directory.js';
import { createTenant } from '../src/tenants/tenant.service.js';
import { analyze, createThrowawayDb, openRuntime } from './db.js';
import { flag, graphqlAsker, printLatencies, servePages, signedInHeaders } from './page-latency.js';

const USERS = Number(flag('users', '100000'));
const REQUESTS = Number(flag('requests', '20'));
const kind = flag('db', 'sqlite') as 'sqlite' | 'postgresql';

const LIST = `query DirectoryUsers($slug: String!, $first: Int!, $after: String, $search: String, $includeDeleted: Boolean,
  $onlyDeleted: Boolean, $accountEnabled: Boolean, $orderBy: DirectoryOrder, $descending: Boolean) {
  directory(slug: $slug) {
    id slug name seq purgeAfterDays sourceTenant createdAt
    users(first: $first, after: $after, search: $search, includeDeleted: $includeDeleted, onlyDeleted: $onlyDeleted,
      accountEnabled: $accountEnabled, orderBy: $orderBy, descending: $descending) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { objectId userPrincipalName displayName mail accountEnabled attributes deletedAt updatedAt seq } }
    } } }`;
/** The page's variables for its default address (composables/directoryListState.ts listVariables), and changes to them. */
const page = (over: Record<string, unknown> = {}) => ({
  slug: DEMO_DIRECTORY,
  first: 50,
  after: null,
  search: null,
  includeDeleted: null,
  onlyDeleted: null,
  accountEnabled: null,
  orderBy: 'NAME',
  descending: false,
  ...over,
});

async function main(): Promise<void> {
  const db = await createThrowawayDb(kind);
  try {
    const rt = await openRuntime(db.url);
    const t0 = performance.now();
    const made = await seedDemoDirectory(rt.services, USERS);
    await analyze(rt);
    console.log(
      `${kind}: made the demo directory with ${made.users.toLocaleString('en-US')} users and ${made.groups} groups in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const em = rt.db.orm.em.fork();
    const tenant = await createTenant(em, { slug: 'bench', rules: 'standard', ssoEnabled: false });
    await createAdmin(rt.services, em, tenant, {
      userName: 'owner.bench',
      password: 'pw-for-bench-only',
      platformOwner: true,
    });
    await rt.close();

    await servePages(db.url, async (origin) => {
      const ask = graphqlAsker(origin, await signedInHeaders(origin, 'owner.bench', 'pw-for-bench-only'));
      // a cursor halfway down the list (page 1,000 of 2,000 at 100k), walked to in pages of 200
      let after: string | null = null;
      for (let i = 0, n = Math.floor(USERS / 2 / 200); i < n; i++) {
        const r = await ask(LIST, page({ first: 200, after }));
        after = r.directory.users.pageInfo.endCursor;
      }
      await printLatencies(
        ask,
        [
          ['first render: page 1 by name + totalCount', LIST, page()],
          ['by last change, newest first', LIST, page({ orderBy: 'CHANGED', descending: true })],
          ['search "smith"', LIST, page({ search: 'smith' })],
          ['disabled only', LIST, page({ accountEnabled: false })],
          ['soft-deleted only', LIST, page({ onlyDeleted: true })],
          ['halfway down (cursor)', LIST, page({ after })],
        ],
        REQUESTS,
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
