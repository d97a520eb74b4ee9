import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './orm.js';

describe('SQLite connection settings', () => {
  it('keeps WAL, synchronous NORMAL and busy_timeout on connections the pool replaces (every 10 s)', {
    timeout: 30_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scimdesk-orm-'));
    const db = await openDatabase(`sqlite:${join(dir, 'p.db')}`);
    try {
      const read = async () => {
        const conn = db.orm.em.getConnection();
        const [mode] = await conn.execute<{ journal_mode: string }[]>('pragma journal_mode');
        const [sync] = await conn.execute<{ synchronous: number }[]>('pragma synchronous');
        const [busy] = await conn.execute<{ timeout: number }[]>('pragma busy_timeout');
        return { mode: mode.journal_mode, sync: Number(sync.synchronous), busy: Number(busy.timeout) };
      };
      const expected = { mode: 'wal', sync: 1, busy: 5000 };
      expect(await read()).toEqual(expected);
      await new Promise((r) => setTimeout(r, 10_500));
      expect(await read()).toEqual(expected);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
