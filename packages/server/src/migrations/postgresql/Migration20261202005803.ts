import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005803 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app" ("id" varchar(36) not null, "name" varchar(128) not null, "directory_id" varchar(36) not null, "target_tenant_id" varchar(36) null, "target_url" varchar(2048) null, "target_token_sealed" text null, "target_token_env" varchar(128) null, "mappings" text not null, "mappings_preset" varchar(64) null, "scope" text not null, "interval_minutes" int not null default 40, "schedule_enabled" boolean not null default true, "deletion_threshold" int not null default 500, "state" varchar(16) not null default 'running', "watermark" bigint null, "evaluated_hash" varchar(64) null, "next_run_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_pkey" primary key ("id"));`);
    this.addSql(`alter table "app" add constraint "app_name_unique" unique ("name");`);

    this.addSql(`create table "app_link" ("app_id" varchar(36) not null, "object_type" varchar(8) not null, "source_id" varchar(64) not null, "target_id" varchar(256) null, "state" varchar(16) not null default 'provisioned', "pending_reference" boolean not null default false, "last_action" varchar(16) null, "failed_at" timestamptz null, "failures" int not null default 0, "last_error" text null, "updated_at" timestamptz not null, constraint "app_link_pkey" primary key ("app_id", "object_type", "source_id"));`);
    this.addSql(`create index "app_link_app_id_failed_at_index" on "app_link" ("app_id", "failed_at");`);
    this.addSql(`create index "app_link_app_id_target_id_index" on "app_link" ("app_id", "target_id");`);

    this.addSql(`create table "cycle" ("id" varchar(36) not null, "app_id" varchar(36) not null, "kind" varchar(16) not null, "status" varchar(16) not null default 'queued', "trigger" varchar(16) not null, "phase" varchar(16) not null default 'users', "cursor" varchar(64) null, "watermark_from" bigint null, "watermark_to" bigint null, "total" int not null default 0, "done" int not null default 0, "counts" text not null default '{"created":0,"updated":0,"disabled":0,"deleted":0,"skipped":0,"failed":0}', "error" text null, "claimed_by" varchar(128) null, "heartbeat_at" timestamptz null, "queued_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "run_ms" bigint not null default 0, constraint "cycle_pkey" primary key ("id"));`);
    this.addSql(`create index "cycle_status_index" on "cycle" ("status");`);
    this.addSql(`create index "cycle_app_id_queued_at_index" on "cycle" ("app_id", "queued_at");`);

    this.addSql(`create table "directory" ("id" varchar(36) not null, "slug" varchar(64) not null, "name" varchar(256) not null, "seq" bigint not null default 0, "purge_after_days" int not null default 30, "created_at" timestamptz not null, constraint "directory_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory" add constraint "directory_slug_unique" unique ("slug");`);

    this.addSql(`create table "directory_group" ("directory_id" varchar(36) not null, "object_id" varchar(64) not null, "display_name" varchar(256) not null, "name_key" varchar(256) not null, "mail_nickname" varchar(256) null, "description" text null, "deleted_at" timestamptz null, "seq" bigint not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "directory_group_pkey" primary key ("directory_id", "object_id"));`);
    this.addSql(`create index "directory_group_directory_id_name_key_index" on "directory_group" ("directory_id", "name_key");`);
    this.addSql(`create index "directory_group_directory_id_seq_index" on "directory_group" ("directory_id", "seq");`);

    this.addSql(`create table "directory_member" ("directory_id" varchar(36) not null, "group_id" varchar(64) not null, "member_id" varchar(64) not null, "member_type" varchar(8) not null, constraint "directory_member_pkey" primary key ("directory_id", "group_id", "member_id"));`);
    this.addSql(`create index "directory_member_directory_id_member_id_index" on "directory_member" ("directory_id", "member_id");`);

    this.addSql(`create table "directory_tombstone" ("directory_id" varchar(36) not null, "object_type" varchar(8) not null, "object_id" varchar(64) not null, "seq" bigint not null, "deleted_at" timestamptz not null, constraint "directory_tombstone_pkey" primary key ("directory_id", "object_type", "object_id"));`);
    this.addSql(`create index "directory_tombstone_directory_id_seq_index" on "directory_tombstone" ("directory_id", "seq");`);

    this.addSql(`create table "directory_user" ("directory_id" varchar(36) not null, "object_id" varchar(64) not null, "user_principal_name" varchar(256) not null, "upn_key" varchar(256) not null, "display_name" varchar(256) null, "mail" varchar(320) null, "account_enabled" boolean not null default true, "manager_id" varchar(64) null, "attrs" text not null default '{}', "deleted_at" timestamptz null, "seq" bigint not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "directory_user_pkey" primary key ("directory_id", "object_id"));`);
    this.addSql(`create index "directory_user_directory_id_display_name_index" on "directory_user" ("directory_id", "display_name");`);
    this.addSql(`create index "directory_user_directory_id_seq_index" on "directory_user" ("directory_id", "seq");`);
    this.addSql(`alter table "directory_user" add constraint "directory_user_directory_id_upn_key_unique" unique ("directory_id", "upn_key");`);

    this.addSql(`create table "provisioning_log" ("id" varchar(36) not null, "app_id" varchar(36) not null, "cycle_id" varchar(36) null, "object_type" varchar(8) not null, "action" varchar(16) not null, "status" varchar(16) not null, "source_id" varchar(64) not null, "source_name" varchar(256) null, "target_id" varchar(256) null, "target_name" varchar(256) null, "modified" text not null default '[]', "steps" text not null default '[]', "request" varchar(600) null, "response_status" int null, "error_code" varchar(64) null, "error_message" text null, "retry_count" int not null default 0, "duration_ms" int not null default 0, "created_at" timestamptz not null, constraint "provisioning_log_pkey" primary key ("id"));`);
    this.addSql(`create index "provisioning_log_app_id_source_id_index" on "provisioning_log" ("app_id", "source_id");`);
    this.addSql(`create index "provisioning_log_cycle_id_created_at_index" on "provisioning_log" ("cycle_id", "created_at");`);
    this.addSql(`create index "provisioning_log_app_id_created_at_index" on "provisioning_log" ("app_id", "created_at");`);
    // One queued or running cycle per app, whichever replica asks (the runner relies on it).
    this.addSql(`create unique index "cycle_one_open_per_app" on "cycle" ("app_id") where "status" in ('queued', 'running');`);
    this.addSql(`create index "app_link_pending_reference_index" on "app_link" ("app_id") where "pending_reference";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "app" cascade;`);

    this.addSql(`drop table if exists "app_link" cascade;`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "directory" cascade;`);

    this.addSql(`drop table if exists "directory_group" cascade;`);

    this.addSql(`drop table if exists "directory_member" cascade;`);

    this.addSql(`drop table if exists "directory_tombstone" cascade;`);

    this.addSql(`drop table if exists "directory_user" cascade;`);

    this.addSql(`drop table if exists "provisioning_log" cascade;`);
  }

}
