import { Migration } from '@mikro-orm/migrations';

export class Migration20261129075037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`group_member\` add column \`display\` text null;`);
  }

}
