import { Migration } from '@mikro-orm/migrations';

export class Migration20261202152522 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app\` add column \`quarantine_reason\` text null;`);
    this.addSql(`alter table \`app\` add column \`quarantine_message\` text null;`);
    this.addSql(`alter table \`app\` add column \`quarantined_at\` datetime null;`);
    this.addSql(`alter table \`app\` add column \`quarantine_cycles\` integer not null default 0;`);
    this.addSql(`alter table \`app\` add column \`webhook_url\` text null;`);
    this.addSql(`alter table \`app\` add column \`webhook_secret_sealed\` text null;`);

  }

}
