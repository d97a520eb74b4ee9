import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlClient, signedInClient } from './graphql-client.js';
import { addAdmin, PASSWORD } from './graphql-fixture.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';

const LINKS = 'provisioning { app targetId state lastAction failures lastError retryAt }';

/**
 * The dashboard's directory pages: where an object was provisioned (DirectoryUser/Group.provisioning,
 * read from the apps' links) and the users list's filters and orders (keyset pages in every order).
 */
describe('directory objects: provisioning links, list filters and orders (GraphQL)', () => {
  let server: TestServer;
  let root: GqlClient;
  let tenantOwner: GqlClient;
  let target: TestTenant;
  const ok = async (q: string, v?: Record<string, unknown>) => {
    const r = await root(q, v);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const upns = async (args: string) => {
    const d = await ok(
      `{ directory(slug: "corp") { users(${args}) { totalCount pageInfo { endCursor hasNextPage } edges { node { userPrincipalName } } } } }`,
    );
    const u = d.directory.users;
    return {
      total: u.totalCount,
      end: u.pageInfo.endCursor,
      next: u.pageInfo.hasNextPage,
      upns: u.edges.map((e: { node: { userPrincipalName: string } }) => e.node.userPrincipalName),
    };
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const t = await server.addTenant('links-t', { rules: 'egnyte', sso: true });
    target = t;
    await addAdmin(server, t, 'root.owner', 'owner', true);
    root = await signedInClient(server, 'root.owner', PASSWORD);
    tenantOwner = await signedInClient(server, t.adminUserName, PASSWORD);
    await ok('mutation { createDirectory(input: { slug: "corp" }) { id } }');
    for (const [id, upn, enabled] of [
      ['u-ann', 'ann@corp.example', true],
      ['u-bob', 'bob@corp.example', false],
      ['u-cy', 'cy@corp.example', true],
      ['u-dee', 'dee@corp.example', true],
    ] as const)
      await ok('mutation($i: DirectoryUserInput!) { createDirectoryUser(slug: "corp", input: $i) { objectId } }', {
        i: {
          objectId: id,
          userPrincipalName: upn,
          accountEnabled: enabled,
          attributes: { givenName: upn.split('@')[0], surname: 'Example' },
        },
      });
    await ok('mutation { softDeleteDirectoryUser(slug: "corp", objectId: "u-cy") { deletedAt } }');
    await ok(
      'mutation { createDirectoryGroup(slug: "corp", input: { objectId: "g-all", displayName: "All" }) { objectId } }',
    );
    const applied = await ok('mutation($f: JSON!) { applyApp(file: $f) { app { name } diagnostics { message } } }', {
      f: {
        name: 'corp-to-t',
        source: { directory: 'corp' },
        target: { tenant: 'links-t' },
        mappings: 'seed',
        scope: { mode: 'all' },
        schedule: { enabled: false },
      },
    });
    expect(applied.applyApp.app).toEqual({ name: 'corp-to-t' });
  });
  afterAll(async () => server?.close());

  it("shows the app's target id and last action once the app provisioned the user; none before", async () => {
    const before = await ok(`{ directoryUser(slug: "corp", objectId: "u-ann") { ${LINKS} } }`);
    expect(before.directoryUser.provisioning).toEqual([]);
    const od = await ok(
      'mutation { provisionOnDemand(app: "corp-to-t", user: "ann@corp.example") { object { action status targetId } } }',
    );
    expect(od.provisionOnDemand.object).toMatchObject({ action: 'CREATE', status: 'SUCCESS' });
    const targetId = od.provisionOnDemand.object.targetId;
    expect(typeof targetId).toBe('string');
    const after = await ok(`{ directoryUser(slug: "corp", objectId: "u-ann") { ${LINKS} } }`);
    expect(after.directoryUser.provisioning).toEqual([
      {
        app: 'corp-to-t',
        targetId,
        state: 'PROVISIONED',
        lastAction: 'Create',
        failures: 0,
        lastError: null,
        retryAt: null,
      },
    ]);
    const inTarget = await server.scim(target, 'GET', `/Users/${targetId}`);
    expect(inTarget.status).toBe(200);
    expect(inTarget.body.userName).toBe('ann');
    const other = await ok(
      `{ directoryUser(slug: "corp", objectId: "u-dee") { ${LINKS} } directoryGroup(slug: "corp", objectId: "g-all") { ${LINKS} } }`,
    );
    expect(other.directoryUser.provisioning).toEqual([]);
    expect(other.directoryGroup.provisioning).toEqual([]);
    expect(codeOf(await tenantOwner(`{ directoryUser(slug: "corp", objectId: "u-ann") { ${LINKS} } }`))).toBe(
      'FORBIDDEN',
    );
  });

  it('filters users: soft-deleted only, accountEnabled', async () => {
    expect((await upns('first: 10')).upns).toEqual(['ann@corp.example', 'bob@corp.example', 'dee@corp.example']);
    expect(await upns('first: 10, onlyDeleted: true')).toMatchObject({ total: 1, upns: ['cy@corp.example'] });
    expect(await upns('first: 10, accountEnabled: false')).toMatchObject({ total: 1, upns: ['bob@corp.example'] });
    expect((await upns('first: 10, accountEnabled: true, includeDeleted: true')).upns).toEqual([
      'ann@corp.example',
      'cy@corp.example',
      'dee@corp.example',
    ]);
  });

  it('orders by name or by last change, either way, one keyset page at a time', async () => {
    expect((await upns('first: 10, descending: true')).upns).toEqual([
      'dee@corp.example',
      'bob@corp.example',
      'ann@corp.example',
    ]);
    await ok(
      'mutation { updateDirectoryUser(slug: "corp", objectId: "u-bob", input: { displayName: "Bob B" }) { seq } }',
    );
    const p1 = await upns('first: 2, orderBy: CHANGED, descending: true');
    expect(p1).toMatchObject({ total: 3, next: true, upns: ['bob@corp.example', 'dee@corp.example'] });
    const p2 = await upns(`first: 2, orderBy: CHANGED, descending: true, after: "${p1.end}"`);
    expect(p2).toMatchObject({ next: false, upns: ['ann@corp.example'] });
    expect((await upns('first: 10, orderBy: CHANGED')).upns).toEqual([
      'ann@corp.example',
      'dee@corp.example',
      'bob@corp.example',
    ]);
    const byName = await upns('first: 1');
    const mixed = await root(
      `{ directory(slug: "corp") { users(first: 1, orderBy: CHANGED, after: "${byName.end}") { totalCount } } }`,
    );
    expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0].message).toBe('after is not a cursor of this list in this order');
  });
});
