import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152523 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app" add column "quarantine_reason" varchar(64) null, add column "quarantine_message" text null, add column "quarantined_at" timestamptz null, add column "quarantine_cycles" int not null default 0, add column "webhook_url" varchar(2048) null, add column "webhook_secret_sealed" text null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app" drop column "quarantine_reason", drop column "quarantine_message", drop column "quarantined_at", drop column "quarantine_cycles", drop column "webhook_url", drop column "webhook_secret_sealed";`);

  }

}
