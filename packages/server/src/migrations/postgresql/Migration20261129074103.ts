import { Migration } from '@mikro-orm/migrations';

export class Migration20261129074103 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admin_account" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "user_name" varchar(256) not null, "user_name_lower" varchar(256) not null, "email" varchar(320) null, "role" varchar(16) not null default 'admin', "password_hash" varchar(200) null, "user_id" varchar(36) null, "platform_owner" boolean not null default false, "created_at" timestamptz not null, constraint "admin_account_pkey" primary key ("id"));`);
    this.addSql(`create index "admin_account_tenant_id_index" on "admin_account" ("tenant_id");`);
    this.addSql(`alter table "admin_account" add constraint "admin_account_tenant_id_user_name_lower_unique" unique ("tenant_id", "user_name_lower");`);

    this.addSql(`create table "group_member" ("group_id" varchar(36) not null, "member_id" varchar(36) not null, "tenant_id" varchar(36) not null, "member_type" varchar(8) not null default 'User', constraint "group_member_pkey" primary key ("group_id", "member_id"));`);
    this.addSql(`create index "group_member_member_id_index" on "group_member" ("member_id");`);

    this.addSql(`create table "provisioning_event" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "token_id" varchar(36) null, "actor" varchar(300) not null default 'scim', "method" varchar(8) not null, "path" varchar(2048) not null, "action" varchar(8) not null default 'Other', "resource_type" varchar(8) null, "target_id" varchar(36) null, "target_name" varchar(256) null, "modified" jsonb null, "status" int not null, "scim_type" varchar(32) null, "error" varchar(2000) null, "warnings" jsonb null, "duration_ms" int not null default 0, "created_at" timestamptz not null, constraint "provisioning_event_pkey" primary key ("id"));`);
    this.addSql(`create index "provisioning_event_tenant_id_target_id_index" on "provisioning_event" ("tenant_id", "target_id");`);
    this.addSql(`create index "provisioning_event_tenant_id_created_at_index" on "provisioning_event" ("tenant_id", "created_at");`);

    this.addSql(`create table "scim_group" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "display_name" varchar(256) not null, "display_name_lower" varchar(256) not null, "external_id" varchar(256) null, "data" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "scim_group_pkey" primary key ("id"));`);
    this.addSql(`create index "scim_group_tenant_id_created_at_index" on "scim_group" ("tenant_id", "created_at");`);
    this.addSql(`create index "scim_group_tenant_id_external_id_index" on "scim_group" ("tenant_id", "external_id");`);
    this.addSql(`alter table "scim_group" add constraint "scim_group_tenant_id_display_name_lower_unique" unique ("tenant_id", "display_name_lower");`);

    this.addSql(`create table "scim_token" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "owner_id" varchar(36) not null, "secret_hash" varchar(64) not null, "description" varchar(200) null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "scim_token_pkey" primary key ("id"));`);
    this.addSql(`create index "scim_token_tenant_id_index" on "scim_token" ("tenant_id");`);
    this.addSql(`create index "scim_token_owner_id_index" on "scim_token" ("owner_id");`);

    this.addSql(`create table "scim_user" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "user_name" varchar(256) not null, "user_name_lower" varchar(256) not null, "external_id" varchar(256) null, "display_name" varchar(256) null, "active" boolean not null default true, "user_type" varchar(32) null, "auth_type" varchar(16) null, "email" varchar(320) null, "pending_email" varchar(320) null, "data" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "scim_user_pkey" primary key ("id"));`);
    this.addSql(`create index "scim_user_tenant_id_created_at_index" on "scim_user" ("tenant_id", "created_at");`);
    this.addSql(`create index "scim_user_tenant_id_external_id_index" on "scim_user" ("tenant_id", "external_id");`);
    this.addSql(`alter table "scim_user" add constraint "scim_user_tenant_id_user_name_lower_unique" unique ("tenant_id", "user_name_lower");`);

    this.addSql(`create table "tenant" ("id" varchar(36) not null, "slug" varchar(63) not null, "name" varchar(200) not null, "rules" varchar(16) not null default 'egnyte', "sso_enabled" boolean not null default false, "created_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"));`);
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_account" cascade;`);

    this.addSql(`drop table if exists "group_member" cascade;`);

    this.addSql(`drop table if exists "provisioning_event" cascade;`);

    this.addSql(`drop table if exists "scim_group" cascade;`);

    this.addSql(`drop table if exists "scim_token" cascade;`);

    this.addSql(`drop table if exists "scim_user" cascade;`);

    this.addSql(`drop table if exists "tenant" cascade;`);
  }

}
