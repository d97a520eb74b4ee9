import { describe, expect, it } from 'vitest';
import { postgresqlMigrations } from '../src/migrations/postgresql/index.js';
import { postgresqlMigrationNames } from '../src/migrations/postgresql/names.js';
import { sqliteMigrations } from '../src/migrations/sqlite/index.js';
import { sqliteMigrationNames } from '../src/migrations/sqlite/names.js';

/** The up-to-date check at start (db/orm.ts) reads names.ts; it must list exactly what index.ts runs. */
describe('migration names', () => {
  it('names.ts lists the migrations of index.ts, in order, for both databases', () => {
    expect(sqliteMigrationNames).toEqual(sqliteMigrations.map((m) => m.name));
    expect(postgresqlMigrationNames).toEqual(postgresqlMigrations.map((m) => m.name));
  });
});
