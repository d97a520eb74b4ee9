import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratorOf, openDatabase } from '../src/db/orm.js';
import { searchTextOf } from '../src/users/user.mapper.js';
import { type DbKind, PG_ADMIN_URL, postgresReachable } from './harness.js';

/** The search_text migration backfills existing users exactly as new writes fill it. */

const pgReachable = await postgresReachable();
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const data = {
  userName: 'Adele.Vance',
  displayName: 'Adele Vance',
  name: { givenName: 'Adele', familyName: 'Vänce' },
  emails: [
    { value: 'Adele@Contoso.com', type: 'work' },
    { value: 'av@home.example', type: 'home' },
  ],
  [EGN]: { email: 'adele.v@contoso.com' },
};

async function database(kind: DbKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scimdesk-mig-'));
    return { url: `sqlite:${join(dir, 'm.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `scimdesk_mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`search_text backfill on ${kind}`, () => {
    it('fills existing rows with what searchTextOf() gives', async () => {
      const target = await database(kind);
      const db = await openDatabase(target.url);
      try {
        const migrator = await migratorOf(db);
        const all = (await migrator.getPendingMigrations()).map((m) => m.name);
        const before = all[all.findIndex((n) => n.startsWith('Migration20261129104')) - 1];
        await migrator.up({ to: before });
        const conn = db.orm.em.getConnection();
        const now = kind === 'sqlite' ? Date.now() : new Date();
        await conn.execute(
          `insert into scim_user (id, tenant_id, user_name, user_name_lower, display_name, active, data, version, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
          [
            'u1',
            't1',
            data.userName,
            data.userName.toLowerCase(),
            data.displayName,
            true,
            JSON.stringify(data),
            now,
            now,
          ],
        );
        await migrator.up();
        const [row] = await conn.execute<{ search_text: string }[]>(
          `select search_text from scim_user where id = 'u1'`,
        );
        expect(row.search_text).toBe(searchTextOf(data));
        expect(row.search_text).toContain('adele@contoso.com\nav@home.example');
      } finally {
        await db.close();
        await target.drop();
      }
    });
  });
}
