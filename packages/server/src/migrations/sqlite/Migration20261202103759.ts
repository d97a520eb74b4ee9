import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_link\` add column \`staged\` text null;`);
    this.addSql(`alter table \`app_link\` add column \`held_by\` text null;`);
    this.addSql(`alter table \`app_link\` add column \`held_at\` datetime null;`);
    this.addSql(`alter table \`app_link\` add column \`allowed\` integer not null default false;`);
    this.addSql(`alter table \`cycle\` add column \`staged_sent\` integer not null default 0;`);
    // The deletes phase walks the staged links of one app, in (type, id) order.
    this.addSql(`create index app_link_staged_index on app_link (app_id, object_type, source_id) where staged is not null;`);

  }

}
