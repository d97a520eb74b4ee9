import { Migration } from '@mikro-orm/migrations';

export class Migration20261129104319 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "scim_user" add column "search_text" text null;`);
    // Backfill what user.mapper.ts searchTextOf() writes: names and emails, one per line, lower case.
    this.addSql(`update "scim_user" set "search_text" = lower(concat_ws(E'\\n',
      nullif(user_name, ''), nullif(display_name, ''),
      nullif(data->'name'->>'givenName', ''), nullif(data->'name'->>'familyName', ''),
      (select string_agg(e->>'value', E'\\n') from jsonb_array_elements(case when jsonb_typeof(data->'emails') = 'array' then data->'emails' else '[]'::jsonb end) e),
      nullif(data->'urn:scim:schemas:extension:custom:egnyte:1.0:User'->>'email', '')));`);
    // Substring search (LIKE '%term%') through a trigram index, where the pg_trgm extension can be
    // created (it ships with PostgreSQL's contrib and is a trusted extension); else a scan, as on SQLite.
    this.addSql(`do $$ begin
      create extension if not exists pg_trgm;
      create index if not exists scim_user_search_trgm_index on scim_user using gin (search_text gin_trgm_ops);
    exception when others then raise notice 'pg_trgm is not available: user search scans (%)', sqlerrm;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists scim_user_search_trgm_index;`);
    this.addSql(`alter table "scim_user" drop column "search_text";`);
  }

}
