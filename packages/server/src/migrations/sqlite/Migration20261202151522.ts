import { Migration } from '@mikro-orm/migrations';

export class Migration20261202151522 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table \`app_link\` add column \`retry_at\` datetime null;`);

  }

}
