import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSql } from './orm.js';
import { outsideBatch, type Sql } from './sql.js';

/** `Sql.batch` on SQLite: one transaction for many, a savepoint each. */
describe('Sql.batch (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-batch-'));
  let sql: Sql;
  const names = async () => (await sql.all<{ name: string }>('select name from t order by name')).map((r) => r.name);

  beforeAll(async () => {
    sql = await openSql(`sqlite:${join(dir, 'b.db')}`);
    await sql.run('create table t (name text primary key)');
  });
  afterAll(async () => {
    await sql?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the transactions it groups; one that fails rolls back alone; reads inside see the batch', async () => {
    const seen = await sql.batch(async () => {
      const work = ['a', 'b', 'a', 'c'].map((n) =>
        sql
          .transaction(async (tx) => {
            await tx.run('insert into t (name) values (?)', [n]);
            await new Promise((r) => setTimeout(r, 1));
            await tx.run('insert into t (name) values (?)', [`${n}-2`]);
          })
          .then(
            () => 'ok',
            (e: Error) => e.message,
          ),
      );
      const outcomes = await Promise.all(work);
      expect(outcomes[2]).toMatch(/UNIQUE/);
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3);
      return (await sql.all<{ n: number }>('select count(*) as n from t'))[0].n;
    });
    expect(seen).toBe(6);
    expect(await names()).toEqual(['a', 'a-2', 'b', 'b-2', 'c', 'c-2']);
  });

  it('rolls back everything when the batch throws; a writer outside waits for it and then writes', async () => {
    let outside: Promise<number> | undefined;
    await expect(
      sql.batch(async () => {
        await sql.run('insert into t (name) values (?)', ['d']);
        // Scheduled from inside the batch but outside its scope (as the event recorder does):
        // queued behind the batch, not part of it.
        outside = new Promise<number>((resolve, reject) =>
          outsideBatch(() => setImmediate(() => sql.run("insert into t (name) values ('e')").then(resolve, reject))),
        );
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('the batch failed');
      }),
    ).rejects.toThrow('the batch failed');
    expect(await outside).toBe(1);
    expect(await names()).toEqual(['a', 'a-2', 'b', 'b-2', 'c', 'c-2', 'e']);
  });

  it('group commit: concurrent transactions share one COMMIT; one that fails rolls back alone; none resolves before it is readable', async () => {
    await sql.run('delete from t');
    const before = sql.stats();
    // Each resolved transaction must already be visible to the reader connection (committed).
    const visibleWhenResolved: boolean[] = [];
    const work = Array.from({ length: 12 }, (_, i) =>
      sql
        .transaction(async (tx) => {
          await tx.run('insert into t (name) values (?)', [i === 5 ? 'g-0' : `g-${i}`]);
          if (i === 5) await tx.run('insert into t (name) values (?)', ['g-0']);
        })
        .then(
          async () => {
            const row = await sql.get<{ n: number }>('select count(*) as n from t where name = ?', [`g-${i}`]);
            visibleWhenResolved.push(row?.n === 1);
            return 'ok';
          },
          (e: Error) => e.message,
        ),
    );
    const outcomes = await Promise.all(work);
    expect(outcomes[5]).toMatch(/UNIQUE/);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(11);
    expect(visibleWhenResolved).toEqual(Array(11).fill(true));
    expect((await names()).length).toBe(11);
    const after = sql.stats();
    // queued in one turn of the event loop: one database transaction, one COMMIT
    expect([after.groups! - before.groups!, after.grouped! - before.grouped!]).toEqual([1, 11]);
  });
});
