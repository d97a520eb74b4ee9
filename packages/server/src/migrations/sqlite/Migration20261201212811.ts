import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rate_limit_window\` (\`key\` text not null, \`window_start\` bigint not null, \`hits\` integer not null default 0, \`expires_at\` bigint not null, primary key (\`key\`, \`window_start\`));`);
    this.addSql(`create index \`rate_limit_window_expires_at_index\` on \`rate_limit_window\` (\`expires_at\`);`);

    this.addSql(`create table \`refused_request\` (\`tenant_id\` text not null, \`day\` text not null, \`reason\` text not null, \`requests\` integer not null default 0, primary key (\`tenant_id\`, \`day\`, \`reason\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`rate_limit_window\`;`);
    this.addSql(`drop table if exists \`refused_request\`;`);
  }

}
