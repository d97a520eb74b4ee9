import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`plan\` (\`id\` text not null, \`app_id\` text not null, \`kind\` text not null, \`status\` text not null default 'computing', \`proposal\` text null, \`app_version\` text not null, \`watermark_from\` bigint null, \`watermark_to\` bigint not null default 0, \`total\` integer not null default 0, \`done\` integer not null default 0, \`totals\` text not null default '{}', \`outcome\` text null, \`cycle_id\` text null, \`error\` text null, \`created_by\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`finished_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`plan_app_id_created_at_index\` on \`plan\` (\`app_id\`, \`created_at\`);`);

    this.addSql(`create table \`plan_entry\` (\`plan_id\` text not null, \`object_type\` text not null, \`source_id\` text not null, \`source_name\` text null, \`action\` text null, \`status\` text null, \`target_id\` text null, \`code\` text null, \`reason\` text null, \`modified\` text null, \`body\` text null, \`source_seq\` bigint null, \`target_hash\` text null, \`outcome\` text null, \`replanned_because\` text null, \`applied_action\` text null, primary key (\`plan_id\`, \`object_type\`, \`source_id\`));`);

    this.addSql(`alter table \`cycle\` add column \`plan_id\` text null;`);
  }

}
