import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { seedDemoDirectory } from './directory.js';

describe('the demo source directory', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => server?.close());

  const q = <T>(text: string, params: unknown[] = []) => server.rt.services.sql.all<T>(text, params);
  const membersOf = async (group: string) =>
    (
      await q<{ m: string }>(
        `select coalesce(u.user_principal_name, sg.display_name) as m from directory_member dm
         join directory_group g on g.object_id = dm.group_id
         left join directory_user u on u.object_id = dm.member_id
         left join directory_group sg on sg.object_id = dm.member_id where g.display_name = ?`,
        [group],
      )
    ).map((r) => r.m);

  it('creates acme with regions, nested department groups, contractors, guests, managers and the admin', async () => {
    const out = await seedDemoDirectory(server.rt.services);
    expect(out).toMatchObject({ users: 1004, groups: 20 });
    const users = await q<{
      upn: string;
      mail: string;
      enabled: unknown;
      deleted: unknown;
      manager: string | null;
      name: string;
    }>(
      `select user_principal_name as upn, mail, account_enabled as enabled, deleted_at as deleted, manager_id as manager,
       display_name as name from directory_user`,
    );
    expect(new Set(users.map((u) => u.upn.toLowerCase())).size).toBe(1004);
    const disabled = users.filter((u) => !u.enabled).length;
    expect(disabled).toBeGreaterThan(5);
    expect(disabled).toBeLessThan(40);
    expect(users.filter((u) => u.deleted !== null).length).toBe(10);
    expect(users.filter((u) => u.manager).length).toBe(1000 - 15);
    expect(users.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Zoë Ångström', 'Łukasz Żółkiewski', 'José Núñez']),
    );
    expect(users.map((u) => u.upn)).toContain('zoe.angstrom@acme.example');
    const guest = users.find((u) => u.upn === 'jane_partner.example#EXT#@acme.example');
    expect(guest?.mail).toBe('jane@partner.example');

    const west = await membersOf('US West');
    expect(west).toEqual(expect.arrayContaining(['US West Engineering', 'US West Contractors', 'it.ops@acme.example']));
    const eng = await membersOf('US West Engineering');
    expect(eng.length).toBeGreaterThan(30);
    expect(eng.every((m) => west.includes(m))).toBe(true); // department people are direct members of the region too
    const contractors = await membersOf('US West Contractors');
    expect(contractors.length).toBeGreaterThan(3);
    expect(contractors.some((m) => west.includes(m))).toBe(false);
    for (const r of ['US East', 'EMEA']) expect(await membersOf(r)).toContain('it.ops@acme.example');
    expect(await membersOf('EMEA')).toContain('EMEA Partners');
  });

  it('is idempotent: a second run changes nothing', async () => {
    const [before] = await q<{ seq: unknown }>('select seq from directory where slug = ?', ['acme']);
    const again = await seedDemoDirectory(server.rt.services);
    expect(again).toMatchObject({ users: 1004, groups: 20 });
    const [after] = await q<{ seq: unknown }>('select seq from directory where slug = ?', ['acme']);
    expect(Number(after.seq)).toBe(Number(before.seq));
  });
});
