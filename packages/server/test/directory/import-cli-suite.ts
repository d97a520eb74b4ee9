import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSql } from '../../src/db/orm.js';
import type { Sql } from '../../src/db/sql.js';
import type { DbKind } from '../harness.js';
import { type CliBox, cliBox } from './cli-run.js';

/** `scimdesk directory import` as an operator runs it: child processes on a throwaway database. */
export function defineImportCliSuite(kind: DbKind): void {
  let box: CliBox;
  let sql: Sql;
  const users = async () =>
    sql.all<{ object_id: string; user_principal_name: string; seq: number | string; manager_id: string | null }>(
      `select object_id, user_principal_name, seq, manager_id, account_enabled, attrs, deleted_at from directory_user
       where directory_id = (select id from directory where slug = 'hr') order by user_principal_name`,
    );
  const seqOf = async (slug: string) =>
    Number((await sql.get<{ seq: number | string }>('select seq from directory where slug = ?', [slug]))?.seq);
  const bySeq = async () => Object.fromEntries((await users()).map((u) => [u.user_principal_name, Number(u.seq)]));

  beforeAll(async () => {
    box = await cliBox(kind);
    const made = await box.cli('directory', 'create', 'hr', '--name', 'Human Resources');
    expect(made.code).toBe(0);
    sql = await openSql(box.url);
  });
  afterAll(async () => {
    await sql?.close();
    await box?.close();
  });

  it('creates and lists directories; a taken or malformed slug is exit 2', async () => {
    expect((await box.cli('directory', 'list')).stdout).toMatch(
      /^hr {2}Human Resources {2}seq 0 {2}id [0-9a-f-]{36}$/m,
    );
    const again = await box.cli('directory', 'create', 'hr');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('error: Directory "hr" exists');
    expect((await box.cli('directory', 'create', 'Bad Slug')).code).toBe(2);
    const missing = await box.cli('directory', 'import', 'nope', '--users', 'x.csv');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No directory "nope"');
  });

  it('imports CSV: counts, managers by UPN later in the file, attributes, one change number per row', async () => {
    const file = box.file(
      'users.csv',
      [
        'userPrincipalName,displayName,accountEnabled,manager,department,extensionAttribute3,extension_app1_costCenter',
        'ann@hr.example,Ann,TRUE,Bob@HR.example,Sales,,CC-1',
        'bob@hr.example,Bob,true,,Sales,x3,',
        'cy@hr.example,"Cy ""Q""",FALSE,ann@hr.example,Support,,',
        '',
      ].join('\n'),
    );
    const r = await box.cli('directory', 'import', 'hr', '--users', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('users: 3 created, 0 updated, 0 unchanged, 0 soft-deleted');
    const list = await users();
    const [ann, bob, cy] = list as unknown as Record<string, unknown>[];
    expect(ann.manager_id).toBe(bob.object_id);
    expect(cy.manager_id).toBe(ann.object_id);
    expect(JSON.parse(String(ann.attrs))).toEqual({ department: 'Sales', extension_app1_costCenter: 'CC-1' });
    expect(JSON.parse(String(bob.attrs))).toEqual({ department: 'Sales', extensionAttribute3: 'x3' });
    expect([true, 1].includes(cy.account_enabled as never)).toBe(false);
    expect(String(ann.object_id)).toMatch(/^[0-9a-f-]{36}$/);
    expect(list.map((u) => Number(u.seq)).sort()).toEqual([1, 2, 3]);
    expect(await seqOf('hr')).toBe(3);
  });

  it('the same file again changes nothing and bumps nothing', async () => {
    const before = await bySeq();
    const r = await box.cli('directory', 'import', 'hr', '--users', `${box.dir}/users.csv`);
    expect(r.stdout.trim()).toBe('users: 0 created, 0 updated, 3 unchanged, 0 soft-deleted');
    expect(await bySeq()).toEqual(before);
    expect(await seqOf('hr')).toBe(3);
  });

  it('JSON rows match by objectId (a rename) or by folded UPN; only changed rows take new numbers', async () => {
    const ann = (await users()).find((u) => u.user_principal_name === 'ann@hr.example')!;
    const bobBefore = (await users()).find((u) => u.user_principal_name === 'bob@hr.example')!;
    const file = box.file(
      'users.json',
      JSON.stringify(
        [
          { objectId: ann.object_id, userPrincipalName: 'ann.lee@hr.example', displayName: 'Ann' },
          { userPrincipalName: 'BOB@hr.EXAMPLE', jobTitle: 'Lead', employeeId: 42 },
          { userPrincipalName: 'cy@hr.example', accountEnabled: false },
        ],
        null,
        2,
      ),
    );
    const r = await box.cli('directory', 'import', 'hr', '--users', file);
    expect(r.stdout.trim()).toBe('users: 0 created, 2 updated, 1 unchanged, 0 soft-deleted');
    const after = await bySeq();
    expect(after['cy@hr.example']).toBe(3);
    // bob matched by folded UPN: same objectId, the UPN now as the file spells it.
    expect(new Set([after['ann.lee@hr.example'], after['BOB@hr.EXAMPLE']])).toEqual(new Set([4, 5]));
    const bob = (await users()).find((u) => u.user_principal_name === 'BOB@hr.EXAMPLE') as unknown as {
      attrs: string;
      object_id: string;
    };
    expect(bob.object_id).toBe(bobBefore.object_id);
    expect(JSON.parse(bob.attrs)).toMatchObject({ jobTitle: 'Lead', employeeId: '42', department: 'Sales' });
    expect(await seqOf('hr')).toBe(5);
  });

  it('reports every bad row as file:line: field: problem (physical lines) and imports nothing', async () => {
    const before = await bySeq();
    const long = 'x'.repeat(257);
    const file = box.file(
      'bad.csv',
      [
        'userPrincipalName,displayName,accountEnabled,manager,bad column',
        'new1@hr.example,"Two',
        'lines",true,,', // the record above starts on line 2
        ',No UPN,true,,',
        'new2@hr.example,N2,maybe,,',
        'new3@hr.example,N3,true,ghost@hr.example,',
        'new1@hr.example,Again,true,,',
        `new4@hr.example,${long},true,,`,
        'new5@hr.example,Nul\u0000Byte,true,,',
      ].join('\n'),
    );
    const r = await box.cli('directory', 'import', 'hr', '--users', file);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'bad.csv:1: bad column: not a valid attribute name (a letter, then letters, digits or _)',
      'bad.csv:4: userPrincipalName: is required',
      'bad.csv:5: accountEnabled: "maybe" is not true or false',
      'bad.csv:6: manager: no user "ghost@hr.example" in the file or the directory',
      'bad.csv:7: userPrincipalName: "new1@hr.example" is also on line 2',
      'bad.csv:8: displayName: is longer than 256 characters',
      'bad.csv:9: displayName: contains a NUL byte',
      'error: 7 problems in the import; nothing was imported',
    ]);
    expect(await bySeq()).toEqual(before);
  });

  it('without the bad column: unknown manager, duplicate UPN in the file; JSON lines are where elements start', async () => {
    const csv = box.file(
      'bad2.csv',
      ['userPrincipalName,manager', 'new1@hr.example,', 'new3@hr.example,ghost@hr.example', 'NEW1@hr.example,'].join(
        '\n',
      ),
    );
    const r = await box.cli('directory', 'import', 'hr', '--users', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad2.csv:3: manager: no user "ghost@hr.example" in the file or the directory');
    expect(r.stderr).toContain('bad2.csv:4: userPrincipalName: "NEW1@hr.example" is also on line 2');
    const json = box.file(
      'bad.json',
      '[\n  {"userPrincipalName": "ok@hr.example"},\n  {\n    "displayName": "no upn"\n  },\n  {"userPrincipalName": "x@hr.example", "accountEnabled": "yes"}\n]\n',
    );
    const j = await box.cli('directory', 'import', 'hr', '--users', json);
    expect(j.code).toBe(2);
    expect(j.stderr.trim().split('\n')).toEqual([
      'bad.json:3: userPrincipalName: is missing',
      'bad.json:6: accountEnabled: "yes" is not true or false',
      'error: 2 problems in the import; nothing was imported',
    ]);
    const broken = await box.cli(
      'directory',
      'import',
      'hr',
      '--users',
      box.file('broken.json', '[\n{"userPrincipalName": "a@hr.example"},\n{"b": }, 7,\n{"c": 1,}\n]'),
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^broken\.json:3: JSON: Unexpected token/),
      'broken.json:3: row: must be an object',
      expect.stringMatching(/^broken\.json:4: JSON: /),
      'error: 3 problems in the import; nothing was imported',
    ]);
    const notArray = await box.cli('directory', 'import', 'hr', '--users', box.file('obj.json', '\n{"a": 1}'));
    expect(notArray.stderr).toContain('obj.json:2: JSON: must hold a JSON array of objects');
    expect((await box.cli('directory', 'import', 'hr', '--users', box.file('u.txt', ''))).stderr).toContain(
      'u.txt: file: must be .csv or .json',
    );
    expect(await seqOf('hr')).toBe(5);
  });

  it('imports groups with nested groups and members by UPN, objectId or group name; bad members are reported', async () => {
    const bob = (await users()).find((u) => u.user_principal_name === 'BOB@hr.EXAMPLE')!;
    const groups = box.file(
      'groups.json',
      JSON.stringify([
        { displayName: 'Sales', members: ['ann.lee@hr.example', bob.object_id] },
        { displayName: 'Everyone', description: 'all of us', members: ['sales', 'cy@hr.example'] },
      ]),
    );
    const r = await box.cli('directory', 'import', 'hr', '--users', `${box.dir}/users.json`, '--groups', groups);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      'users: 0 created, 0 updated, 3 unchanged, 0 soft-deleted',
      'groups: 2 created, 0 updated, 0 unchanged, 0 soft-deleted',
    ]);
    const members = await sql.all<{ g: string; m: string; member_type: string }>(
      `select g.display_name as g, coalesce(u.user_principal_name, sg.display_name) as m, dm.member_type
       from directory_member dm join directory_group g on g.object_id = dm.group_id
       left join directory_user u on u.object_id = dm.member_id left join directory_group sg on sg.object_id = dm.member_id
`,
    );
    expect(members.map((x) => `${x.g} > ${x.m} (${x.member_type})`).sort()).toEqual([
      'Everyone > Sales (group)',
      'Everyone > cy@hr.example (user)',
      'Sales > BOB@hr.EXAMPLE (user)',
      'Sales > ann.lee@hr.example (user)',
    ]);
    // 2 groups written + 3 users whose membership changed (Sales, a member too, was written already): 5 + 5.
    expect(await seqOf('hr')).toBe(10);
    const again = await box.cli('directory', 'import', 'hr', '--groups', groups);
    expect(again.stdout).toContain('groups: 0 created, 0 updated, 2 unchanged, 0 soft-deleted');
    expect(await seqOf('hr')).toBe(10);
    const bad = box.file(
      'bad-groups.json',
      JSON.stringify([{ displayName: 'Sales', members: ['nobody@hr.example', 'Sales'] }, { members: [] }], null, 1),
    );
    const b = await box.cli('directory', 'import', 'hr', '--groups', bad);
    expect(b.code).toBe(2);
    expect(b.stderr.trim().split('\n')).toEqual([
      'bad-groups.json:2: members: no user or group "nobody@hr.example"',
      'bad-groups.json:2: members: a group cannot be a member of itself',
      'bad-groups.json:9: displayName: is missing',
      'error: 3 problems in the import; nothing was imported',
    ]);
  });

  it('--soft-delete-missing soft-deletes users and groups the files leave out; a later import restores them', async () => {
    const file = box.file('two.csv', 'userPrincipalName\nBOB@hr.EXAMPLE\ncy@hr.example\n');
    const groups = box.file('g.json', JSON.stringify([{ displayName: 'Everyone' }]));
    const r = await box.cli('directory', 'import', 'hr', '--users', file, '--groups', groups, '--soft-delete-missing');
    expect(r.stdout.trim().split('\n')).toEqual([
      'users: 0 created, 0 updated, 2 unchanged, 1 soft-deleted',
      'groups: 0 created, 0 updated, 1 unchanged, 1 soft-deleted',
    ]);
    const ann = (await users()).find((u) => u.user_principal_name === 'ann.lee@hr.example') as unknown as {
      deleted_at: unknown;
    };
    expect(ann.deleted_at).not.toBeNull();
    const back = await box.cli('directory', 'import', 'hr', '--users', `${box.dir}/users.json`);
    expect(back.stdout.trim()).toBe('users: 0 created, 1 updated, 2 unchanged, 0 soft-deleted');
  });
}
