/**
 * Source directory import at scale (a script, not a test): writes a CSV of N users and a JSON of
 * groups, imports them into a fresh directory, then imports again (every row unchanged) and once
 * more with every tenth row changed, and prints the time of each.
 *
 *   node --import tsx bench/directory-import.bench.ts [--users 100000] [--db sqlite|postgresql]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DirectoryService } from '../src/directory/directory.service.js';
import { importFiles } from '../src/directory/import/import.js';
import { createThrowawayDb, openRuntime } from './db.js';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const n = Number(flag('users', '100000'));
const kind = flag('db', 'sqlite') as 'sqlite' | 'postgresql';
const DEPTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'Support'];

function usersCsv(change: boolean): string {
  const lines = [
    'userPrincipalName,displayName,givenName,surname,department,jobTitle,employeeId,accountEnabled,manager',
  ];
  for (let i = 0; i < n; i++) {
    const title = change && i % 10 === 0 ? 'Senior Engineer' : 'Engineer';
    const manager = i % 100 === 0 ? '' : `user${i - (i % 100)}@bench.example`;
    lines.push(
      `user${i}@bench.example,User ${i},User,N${i},${DEPTS[i % DEPTS.length]},${title},E${i},${i % 50 !== 0},${manager}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function groupsJson(): string {
  const groups = DEPTS.map((d, k) => ({
    displayName: d,
    members: Array.from({ length: Math.ceil(n / DEPTS.length) }, (_, j) => j * DEPTS.length + k)
      .filter((i) => i < n)
      .map((i) => `user${i}@bench.example`),
  }));
  return JSON.stringify([...groups, { displayName: 'Everyone', members: DEPTS }]);
}

const dir = mkdtempSync(join(tmpdir(), 'scimdesk-dirbench-'));
const db = await createThrowawayDb(kind);
const rt = await openRuntime(db.url);
try {
  const d = await new DirectoryService(rt.services.sql).createDirectory({ slug: 'bench' });
  const users = join(dir, 'users.csv');
  const groups = join(dir, 'groups.json');
  writeFileSync(groups, groupsJson());
  const run = async (label: string, change: boolean) => {
    writeFileSync(users, usersCsv(change));
    const t0 = performance.now();
    const r = await importFiles(rt.services.sql, d.id, { users, groups });
    const ms = performance.now() - t0;
    const u = r.users;
    console.log(
      `${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s   users ${u.created} created, ${u.updated} updated, ${u.unchanged} unchanged`,
    );
  };
  console.log(`directory import, ${n} users in 6 groups, ${kind}`);
  await run('first import (all new)', false);
  await run('same file again (unchanged)', false);
  await run('every tenth row changed', true);
} finally {
  await rt.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
}
