import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openSql } from '../src/db/orm.js';
import { PG_ADMIN_URL, postgresReachable } from './harness.js';

/** A connection the server drops while it sits idle in the pool must not end the process. */
describe.skipIf(!(await postgresReachable()))('an idle PostgreSQL connection that the server drops', () => {
  it('is reported to onError and replaced on the next query', async () => {
    const heard: Error[] = [];
    const sql = await openSql(PG_ADMIN_URL, (err) => heard.push(err));
    try {
      const { pid } = (await sql.get<{ pid: number }>('select pg_backend_pid() as pid')) ?? { pid: 0 };
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      for (let i = 0; i < 50 && !heard.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard.map((e) => (e as Error & { code?: string }).code)).toEqual(['57P01']);
      const again = await sql.get<{ one: number }>('select 1 as one');
      expect(again?.one).toBe(1);
    } finally {
      await sql.close();
    }
  });
});
