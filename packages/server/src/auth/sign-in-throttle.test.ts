import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrate, openDatabase, openSql } from '../db/orm.js';
import type { Sql } from '../db/sql.js';
import { SignInThrottle } from './sign-in-throttle.js';

describe('SignInThrottle (on a throwaway SQLite database)', () => {
  let db: Database;
  let sql: Sql;
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-throttle-'));
  let t = 1_000_000;
  const make = () =>
    new SignInThrottle(sql, { maxFailures: 3, lockMs: 60_000, maxFailuresPerAddress: 5, now: () => t });

  beforeAll(async () => {
    db = await openDatabase(`sqlite:${join(dir, 't.db')}`);
    await migrate(db);
    sql = await openSql(`sqlite:${join(dir, 't.db')}`);
  });
  afterAll(async () => {
    await sql?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the attempt after the limit for that userName and address, until the lock is over', async () => {
    const th = make();
    for (const u of ['Ann', 'ann', 'ANN']) expect(await th.reserve(u, '1.2.3.4')).toEqual({ ok: true });
    t += 1000;
    expect(await th.reserve('ann', '1.2.3.4')).toEqual({ ok: false, retryAfterMs: 59_000 });
    expect((await th.reserve('ann', '5.6.7.8')).ok).toBe(true);
    expect((await th.reserve('bob', '1.2.3.4')).ok).toBe(true);
    t += 60_001;
    expect((await th.reserve('ann', '1.2.3.4')).ok).toBe(true);
  });

  it('forgets the failures after a success', async () => {
    const th = make();
    await th.reserve('cy', 'x');
    await th.reserve('cy', 'x');
    await th.reserve('cy', 'x');
    await th.succeeded('cy', 'x');
    for (let i = 0; i < 3; i++) expect((await th.reserve('cy', 'x')).ok).toBe(true);
    expect((await th.reserve('cy', 'x')).ok).toBe(false);
  });

  it('caps one address across userNames', async () => {
    const th = make();
    for (const u of ['a', 'b', 'c', 'd', 'e']) expect((await th.reserve(u, '9.9.9.9')).ok).toBe(true);
    expect(await th.reserve('f', '9.9.9.9')).toEqual({ ok: false, retryAfterMs: 60_000 });
  });

  it('lets only the limit through when attempts run concurrently (reserved before the check)', async () => {
    const th = make();
    const all = await Promise.all(Array.from({ length: 20 }, () => th.reserve('dee', '7.7.7.7')));
    expect(all.filter((r) => r.ok)).toHaveLength(3);
  });
});
