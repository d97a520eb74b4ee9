// Writes a new migration for each dialect from the difference between the entities and a
// database built from the existing migrations. Usage: node --import tsx scripts/make-migration.ts
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/orm.js';

const here = new URL('../src/migrations/', import.meta.url).pathname;
const pgUrl = process.env.MIGRATION_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function make(url: string, folder: string, setup?: () => Promise<void>): Promise<void> {
  await setup?.();
  const current = await openDatabase(url);
  await current.orm.getMigrator().up();
  await current.close();
  const db = await openDatabase(url, { migrationsPath: join(here, folder) });
  const res = await db.orm.getMigrator().createMigration(join(here, folder));
  console.log(folder, res.fileName || 'no changes');
  await db.close();
}

const dir = mkdtempSync(join(tmpdir(), 'scimdesk-mig-'));
await make(`sqlite:${join(dir, 'm.db')}`, 'sqlite');
const name = `scimdesk_mig_${Date.now()}`;
const { default: pg } = await import('pg');
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query(`create database ${name}`);
try {
  await make(pgUrl.replace(/\/[^/]*$/, `/${name}`), 'postgresql');
} finally {
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
}
