import { Migration } from '@mikro-orm/migrations';

export class Migration20261202151524 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table "app_link" add column "retry_at" timestamptz null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_link" drop column "retry_at";`);

  }

}
