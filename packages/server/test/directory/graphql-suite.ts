import { afterAll, beforeAll, expect, it } from 'vitest';
import { purgeExpired } from '../../src/directory/directory.purge.js';
import { codeOf, type GqlClient, signedInClient } from '../graphql-client.js';
import { addAdmin, PASSWORD } from '../graphql-fixture.js';
import { type DbKind, startTestServer, type TestServer } from '../harness.js';

const USER = 'objectId userPrincipalName displayName accountEnabled managerId attributes deletedAt seq';
const GROUP = 'objectId displayName description deletedAt seq';

/** Directory edits through GraphQL (platform owners only): change numbers, tombstones, memberships, purge. */
export function defineDirectoryGraphqlSuite(kind: DbKind): void {
  let server: TestServer;
  let root: GqlClient;
  let tenantOwner: GqlClient;
  let dirId: string;
  const ok = async (q: string, v?: Record<string, unknown>) => {
    const r = await root(q, v);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const dirSeq = async () =>
    Number(
      (await server.rt.services.sql.get<{ seq: unknown }>('select seq from directory where id = ?', [dirId]))?.seq,
    );
  const seqOf = async (table: string, id: string) =>
    Number(
      (await server.rt.services.sql.get<{ seq: unknown }>(`select seq from ${table} where object_id = ?`, [id]))?.seq,
    );
  const tombstone = (id: string) =>
    server.rt.services.sql.get<{ object_type: string; seq: unknown }>(
      'select object_type, seq from directory_tombstone where object_id = ?',
      [id],
    );
  const createUser = (input: Record<string, unknown>) =>
    ok(`mutation($i: DirectoryUserInput!) { createDirectoryUser(slug: "corp", input: $i) { ${USER} } }`, {
      i: input,
    }).then((d) => d.createDirectoryUser);
  const members = (group: string, ids: string[], add = true) =>
    ok(
      `mutation($g: ID!, $m: [ID!]!) { r: ${add ? 'add' : 'remove'}DirectoryGroupMembers(slug: "corp", objectId: $g, memberIds: $m) { seq } }`,
      { g: group, m: ids },
    ).then((d) => Number(d.r.seq));

  beforeAll(async () => {
    server = await startTestServer(kind);
    const t = await server.addTenant(`dir-${kind === 'sqlite' ? 'lite' : 'pg'}`);
    await addAdmin(server, t, 'root.owner', 'owner', true);
    root = await signedInClient(server, 'root.owner', PASSWORD);
    tenantOwner = await signedInClient(server, t.adminUserName, PASSWORD);
    const d = await ok(
      'mutation { createDirectory(input: { slug: "corp", name: "Corp" }) { id slug name seq purgeAfterDays } }',
    );
    expect(d.createDirectory).toMatchObject({ slug: 'corp', name: 'Corp', seq: 0, purgeAfterDays: 30 });
    dirId = d.createDirectory.id;
  });
  afterAll(async () => server?.close());

  it('is for platform owners: others get FORBIDDEN, unknown slugs NOT_FOUND, taken slugs CONFLICT', async () => {
    expect(codeOf(await tenantOwner('{ directories { slug } }'))).toBe('FORBIDDEN');
    expect(codeOf(await tenantOwner('{ directory(slug: "corp") { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await tenantOwner('mutation { createDirectory(input: { slug: "x2" }) { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await root('{ directory(slug: "nope") { id } }'))).toBe('NOT_FOUND');
    expect(codeOf(await root('mutation { createDirectory(input: { slug: "corp" }) { id } }'))).toBe('CONFLICT');
    expect((await ok('{ directories { slug } }')).directories).toEqual([{ slug: 'corp' }]);
  });

  it('creates and updates users: one new number per change, none for a change that changes nothing', async () => {
    const boss = await createUser({ objectId: 'boss-1', userPrincipalName: 'Boss@corp.example', displayName: 'Boss' });
    expect(boss.seq).toBe(1);
    const ann = await createUser({
      objectId: 'ann-1',
      userPrincipalName: 'ann@corp.example',
      manager: 'boss@CORP.example',
      accountEnabled: false,
      attributes: { department: 'Sales', extension_x_level: 3 },
    });
    expect(ann).toMatchObject({
      seq: 2,
      managerId: 'boss-1',
      accountEnabled: false,
      attributes: { department: 'Sales', extension_x_level: '3' },
    });
    const upd = `mutation($i: DirectoryUserInput!) { updateDirectoryUser(slug: "corp", objectId: "ann-1", input: $i) { ${USER} } }`;
    expect((await ok(upd, { i: { attributes: { department: 'Sales' } } })).updateDirectoryUser.seq).toBe(2);
    const moved = (await ok(upd, { i: { attributes: { department: 'Legal', extension_x_level: null } } }))
      .updateDirectoryUser;
    expect(moved).toMatchObject({ seq: 3, attributes: { department: 'Legal' } });
    const bad = await root(upd, { i: { attributes: { 'not valid': 'x' } } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions).toMatchObject({ field: 'not valid', directoryCode: 'INVALID_VALUE' });
    const taken = await root(upd, { i: { userPrincipalName: 'BOSS@corp.example' } });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions).toMatchObject({ field: 'userPrincipalName', directoryCode: 'UPN_TAKEN' });
    expect(codeOf(await root(upd, { i: { manager: 'ghost@corp.example' } }))).toBe('BAD_USER_INPUT');
    expect(await dirSeq()).toBe(3);
  });

  it('membership changes bump the group and each member; nesting may not loop', async () => {
    const g = `mutation($i: DirectoryGroupInput!) { createDirectoryGroup(slug: "corp", input: $i) { ${GROUP} } }`;
    expect((await ok(g, { i: { objectId: 'g-all', displayName: 'All' } })).createDirectoryGroup.seq).toBe(4);
    expect((await ok(g, { i: { objectId: 'g-sales', displayName: 'Sales' } })).createDirectoryGroup.seq).toBe(5);
    expect(await members('g-all', ['ann-1', 'g-sales', 'ann-1'])).toBe(6);
    expect([await seqOf('directory_user', 'ann-1'), await seqOf('directory_group', 'g-sales')].sort()).toEqual([7, 8]);
    expect(await members('g-all', ['ann-1'])).toBe(6); // already a member: nothing changes
    const loop = await root(
      'mutation { addDirectoryGroupMembers(slug: "corp", objectId: "g-sales", memberIds: ["g-all"]) { seq } }',
    );
    expect(loop.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', directoryCode: 'MEMBERSHIP_CYCLE' });
    const self = await root(
      'mutation { addDirectoryGroupMembers(slug: "corp", objectId: "g-all", memberIds: ["g-all"]) { seq } }',
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    const ghost = await root(
      'mutation { addDirectoryGroupMembers(slug: "corp", objectId: "g-all", memberIds: ["nobody"]) { seq } }',
    );
    expect(codeOf(ghost)).toBe('NOT_FOUND');
    const read = await ok(`{
      directoryGroup(slug: "corp", objectId: "g-all") { displayName members { totalCount edges { node { type objectId displayName userPrincipalName } } } }
      directoryUser(slug: "corp", objectId: "ann-1") { manager { objectId } groups { objectId } }
    }`);
    expect(read.directoryGroup.members.totalCount).toBe(2);
    expect(read.directoryGroup.members.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { type: 'USER', objectId: 'ann-1', displayName: null, userPrincipalName: 'ann@corp.example' },
      { type: 'GROUP', objectId: 'g-sales', displayName: 'Sales', userPrincipalName: null },
    ]);
    expect(read.directoryUser).toEqual({ manager: { objectId: 'boss-1' }, groups: [{ objectId: 'g-all' }] });
    expect(await members('g-all', ['ann-1'], false)).toBe(9);
    expect(await seqOf('directory_user', 'ann-1')).toBe(10);
  });

  it('soft delete and restore take new numbers; lists leave soft-deleted objects out unless asked', async () => {
    const del = await ok('mutation { softDeleteDirectoryUser(slug: "corp", objectId: "ann-1") { deletedAt seq } }');
    expect(del.softDeleteDirectoryUser.deletedAt).not.toBeNull();
    expect(del.softDeleteDirectoryUser.seq).toBe(11);
    const list = (inc: boolean) =>
      ok(`{ directory(slug: "corp") { users(includeDeleted: ${inc}) { totalCount edges { node { objectId } } } } }`);
    expect((await list(false)).directory.users.totalCount).toBe(1);
    expect((await list(true)).directory.users.totalCount).toBe(2);
    const back = await ok('mutation { restoreDirectoryUser(slug: "corp", objectId: "ann-1") { deletedAt seq } }');
    expect(back.restoreDirectoryUser).toEqual({ deletedAt: null, seq: 12 });
    const again = await ok('mutation { restoreDirectoryUser(slug: "corp", objectId: "ann-1") { seq } }');
    expect(again.restoreDirectoryUser.seq).toBe(12);
  });

  it('hard delete leaves a tombstone, bumps the groups it was in and the users it managed; re-creating drops it', async () => {
    await members('g-sales', ['boss-1']); // 13 group, 14 boss
    expect(await ok('mutation { hardDeleteDirectoryUser(slug: "corp", objectId: "boss-1") }')).toEqual({
      hardDeleteDirectoryUser: true,
    });
    expect(await tombstone('boss-1')).toMatchObject({ object_type: 'user' });
    expect(Number((await tombstone('boss-1'))?.seq)).toBe(15);
    expect(await seqOf('directory_group', 'g-sales')).toBe(16);
    const ann = await ok('{ directoryUser(slug: "corp", objectId: "ann-1") { managerId seq } }');
    expect(ann.directoryUser).toEqual({ managerId: null, seq: 17 });
    expect(codeOf(await root('{ directoryUser(slug: "corp", objectId: "boss-1") { seq } }'))).toBe('NOT_FOUND');
    const again = await createUser({ objectId: 'boss-1', userPrincipalName: 'boss@corp.example' });
    expect(again.seq).toBe(18);
    expect(await tombstone('boss-1')).toBeUndefined();

    expect(await ok('mutation { hardDeleteDirectoryGroup(slug: "corp", objectId: "g-sales") }')).toEqual({
      hardDeleteDirectoryGroup: true,
    });
    expect(Number((await tombstone('g-sales'))?.seq)).toBe(19);
    expect(await seqOf('directory_group', 'g-all')).toBe(20);
    const left = await server.rt.services.sql.all(
      'select * from directory_member where group_id = ? or member_id = ?',
      ['g-sales', 'g-sales'],
    );
    expect(left).toEqual([]);
  });

  it('pages users by userPrincipalName with cursors, and searches', async () => {
    for (const n of ['d', 'e', 'f'])
      await createUser({ userPrincipalName: `${n}@corp.example`, displayName: `Zoë ${n}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d = await ok(
        'query($a: String) { directory(slug: "corp") { users(first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { userPrincipalName } } } } }',
        { a: after },
      );
      const page = d.directory.users;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: { node: { userPrincipalName: string } }) => e.node.userPrincipalName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'ann@corp.example',
      'boss@corp.example',
      'd@corp.example',
      'e@corp.example',
      'f@corp.example',
    ]);
    const found = await ok(
      '{ directory(slug: "corp") { users(search: "ZOË E") { edges { node { userPrincipalName } } } } }',
    );
    expect(found.directory.users.edges).toEqual([{ node: { userPrincipalName: 'e@corp.example' } }]);
    const groups = await ok('{ directory(slug: "corp") { groups(includeDeleted: true) { totalCount } } }');
    expect(groups.directory.groups.totalCount).toBe(1);
  });

  it('purgeExpired hard-deletes objects soft-deleted longer than purge_after_days, with tombstones', async () => {
    await ok('mutation { softDeleteDirectoryUser(slug: "corp", objectId: "ann-1") { seq } }');
    await ok('mutation { softDeleteDirectoryGroup(slug: "corp", objectId: "g-all") { seq } }');
    expect(await purgeExpired(server.rt.services, new Date())).toBe(0);
    const before = await dirSeq();
    expect(await purgeExpired(server.rt.services, new Date(Date.now() + 31 * 86_400_000))).toBe(2);
    expect(await tombstone('ann-1')).toMatchObject({ object_type: 'user' });
    expect(await tombstone('g-all')).toMatchObject({ object_type: 'group' });
    expect(await dirSeq()).toBe(before + 2);
    expect(codeOf(await root('{ directoryGroup(slug: "corp", objectId: "g-all") { seq } }'))).toBe('NOT_FOUND');
  });
}
