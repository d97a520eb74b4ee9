import { Migration } from '@mikro-orm/migrations';

export class Migration20261129075038 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "group_member" add column "display" varchar(256) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "group_member" drop column "display";`);
  }

}
