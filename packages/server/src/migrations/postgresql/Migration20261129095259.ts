import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095259 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admin_session" ("id_hash" varchar(64) not null, "user_name" varchar(256) not null, "admin_ids" jsonb not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "admin_session_pkey" primary key ("id_hash"));`);
    this.addSql(`create index "admin_session_expires_at_index" on "admin_session" ("expires_at");`);

    this.addSql(`create table "api_token" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "admin_id" varchar(36) not null, "secret_hash" varchar(64) not null, "description" varchar(200) null, "created_by" varchar(300) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_tenant_id_index" on "api_token" ("tenant_id");`);
    this.addSql(`create index "api_token_admin_id_index" on "api_token" ("admin_id");`);

    this.addSql(`alter table "scim_user" add column "is_service_account" boolean not null default false, add column "two_factor_enabled" boolean not null default false, add column "last_writers" jsonb null;`);
    // Backfill the derived flag columns from the stored SCIM attributes.
    this.addSql(`update "scim_user" set "is_service_account" = coalesce(("data"->'urn:scim:schemas:extension:custom:egnyte:1.0:User'->>'isServiceAccount') = 'true', false), "two_factor_enabled" = coalesce(("data"->'urn:scim:schemas:extension:custom:egnyte:1.0:User'->>'twoFactorEnabled') = 'true', false);`);
    this.addSql(`create index scim_user_display_sort_index on scim_user (tenant_id, coalesce(display_name, ''), id);`);
    this.addSql(`create index "scim_user_tenant_id_updated_at_id_index" on "scim_user" ("tenant_id", "updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_session" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop index "scim_user_display_sort_index";`);
    this.addSql(`drop index "scim_user_tenant_id_updated_at_id_index";`);
    this.addSql(`alter table "scim_user" drop column "is_service_account", drop column "two_factor_enabled", drop column "last_writers";`);
  }

}
