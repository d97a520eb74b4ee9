import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212812 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_window" ("key" varchar(300) not null, "window_start" bigint not null, "hits" int not null default 0, "expires_at" bigint not null, constraint "rate_limit_window_pkey" primary key ("key", "window_start"));`);
    this.addSql(`create index "rate_limit_window_expires_at_index" on "rate_limit_window" ("expires_at");`);

    this.addSql(`create table "refused_request" ("tenant_id" varchar(36) not null, "day" varchar(10) not null, "reason" varchar(32) not null, "requests" int not null default 0, constraint "refused_request_pkey" primary key ("tenant_id", "day", "reason"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);

    this.addSql(`drop table if exists "refused_request" cascade;`);
  }

}
