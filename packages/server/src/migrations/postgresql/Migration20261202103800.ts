import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_link" add column "staged" varchar(16) null, add column "held_by" varchar(36) null, add column "held_at" timestamptz null, add column "allowed" boolean not null default false;`);
    this.addSql(`alter table "cycle" add column "staged_sent" int not null default 0;`);
    // The deletes phase walks the staged links of one app, in (type, id) order.
    this.addSql(`create index app_link_staged_index on app_link (app_id, object_type, source_id) where staged is not null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_link" drop column "staged", drop column "held_by", drop column "held_at", drop column "allowed";`);
    this.addSql(`alter table "cycle" drop column "staged_sent";`);

  }

}
