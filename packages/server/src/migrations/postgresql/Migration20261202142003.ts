import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "plan" ("id" varchar(36) not null, "app_id" varchar(36) not null, "kind" varchar(16) not null, "status" varchar(16) not null default 'computing', "proposal" text null, "app_version" varchar(64) not null, "watermark_from" bigint null, "watermark_to" bigint not null default 0, "total" int not null default 0, "done" int not null default 0, "totals" text not null default '{}', "outcome" text null, "cycle_id" varchar(36) null, "error" text null, "created_by" varchar(320) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "finished_at" timestamptz null, constraint "plan_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_app_id_created_at_index" on "plan" ("app_id", "created_at");`);

    this.addSql(`create table "plan_entry" ("plan_id" varchar(36) not null, "object_type" varchar(8) not null, "source_id" varchar(64) not null, "source_name" varchar(512) null, "action" varchar(16) null, "status" varchar(16) null, "target_id" varchar(256) null, "code" varchar(64) null, "reason" text null, "modified" text null, "body" text null, "source_seq" bigint null, "target_hash" varchar(64) null, "outcome" varchar(16) null, "replanned_because" varchar(16) null, "applied_action" varchar(16) null, constraint "plan_entry_pkey" primary key ("plan_id", "object_type", "source_id"));`);

    this.addSql(`alter table "cycle" add column "plan_id" varchar(36) null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "plan_entry" cascade;`);

    this.addSql(`alter table "cycle" drop column "plan_id";`);

  }

}
