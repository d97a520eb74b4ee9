import { Migration } from '@mikro-orm/migrations';

export class Migration20261202182019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app\` add column \`follow_changes\` integer not null default false;`);

    this.addSql(`alter table \`directory\` add column \`tenant_id\` text null;`);
    this.addSql(`create unique index \`directory_tenant_id_unique\` on \`directory\` (\`tenant_id\`);`);

    this.addSql(`alter table \`directory_group\` add column \`attrs\` text not null default '{}';`);
  }

}
