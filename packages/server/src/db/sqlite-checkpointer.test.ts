import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSql } from './orm.js';
import { AUTOCHECKPOINT_PAGES, CHECKPOINT_INTERVAL_MS } from './sqlite-checkpointer.js';

/** The WAL is copied back by a worker thread, not by the COMMIT that fills it. */
describe('SQLite WAL checkpoints off the event loop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-ckpt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies committed pages back in a worker, and stops with close()', async () => {
    const path = join(dir, 'c.db');
    const sql = await openSql(`sqlite:${path}`);
    await sql.run('create table t (id integer primary key, v text)');
    const blob = 'x'.repeat(3000);
    // 16,000 pages of rows (a row each), committed in 400 transactions.
    for (let i = 0; i < 400; i++) {
      await sql.transaction(async (tx) => {
        for (let j = 0; j < 40; j++) await tx.run('insert into t (v) values (?)', [blob]);
      });
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, CHECKPOINT_INTERVAL_MS / 2));
    }
    // The rows reach the database file though no COMMIT checkpointed (16,000 pages is below
    // AUTOCHECKPOINT_PAGES): a copy of the file alone, without its WAL, holds them all.
    expect(16_000).toBeLessThan(AUTOCHECKPOINT_PAGES);
    const inFileAlone = () => {
      const copy = join(dir, 'copy.db');
      copyFileSync(path, copy);
      const db = new BetterSqlite3(copy, { readonly: true });
      try {
        return (db.prepare('select count(*) as n from t').get() as { n: number }).n;
      } catch {
        return -1; // copied while the worker was writing a page
      } finally {
        db.close();
      }
    };
    // A slow shared machine may take a while; the test is about where the pages go, not how fast
    // (bench/README.md measures that). The count asserted is the one last read, not a new copy
    // that could again catch the worker mid-page.
    const deadline = Date.now() + 30_000;
    let rows = inFileAlone();
    while (rows < 16_000 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      rows = inFileAlone();
    }
    expect(rows).toBe(16_000);
    await sql.close();
  });
});
