import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005803 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`app\` (\`id\` text not null, \`name\` text not null, \`directory_id\` text not null, \`target_tenant_id\` text null, \`target_url\` text null, \`target_token_sealed\` text null, \`target_token_env\` text null, \`mappings\` text not null, \`mappings_preset\` text null, \`scope\` text not null, \`interval_minutes\` integer not null default 40, \`schedule_enabled\` integer not null default true, \`deletion_threshold\` integer not null default 500, \`state\` text not null default 'running', \`watermark\` bigint null, \`evaluated_hash\` text null, \`next_run_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_name_unique\` on \`app\` (\`name\`);`);

    this.addSql(`create table \`app_link\` (\`app_id\` text not null, \`object_type\` text not null, \`source_id\` text not null, \`target_id\` text null, \`state\` text not null default 'provisioned', \`pending_reference\` integer not null default false, \`last_action\` text null, \`failed_at\` datetime null, \`failures\` integer not null default 0, \`last_error\` text null, \`updated_at\` datetime not null, primary key (\`app_id\`, \`object_type\`, \`source_id\`));`);
    this.addSql(`create index \`app_link_app_id_failed_at_index\` on \`app_link\` (\`app_id\`, \`failed_at\`);`);
    this.addSql(`create index \`app_link_app_id_target_id_index\` on \`app_link\` (\`app_id\`, \`target_id\`);`);

    this.addSql(`create table \`cycle\` (\`id\` text not null, \`app_id\` text not null, \`kind\` text not null, \`status\` text not null default 'queued', \`trigger\` text not null, \`phase\` text not null default 'users', \`cursor\` text null, \`watermark_from\` bigint null, \`watermark_to\` bigint null, \`total\` integer not null default 0, \`done\` integer not null default 0, \`counts\` text not null default '{"created":0,"updated":0,"disabled":0,"deleted":0,"skipped":0,"failed":0}', \`error\` text null, \`claimed_by\` text null, \`heartbeat_at\` datetime null, \`queued_at\` datetime not null, \`started_at\` datetime null, \`finished_at\` datetime null, \`run_ms\` bigint not null default 0, primary key (\`id\`));`);
    this.addSql(`create index \`cycle_status_index\` on \`cycle\` (\`status\`);`);
    this.addSql(`create index \`cycle_app_id_queued_at_index\` on \`cycle\` (\`app_id\`, \`queued_at\`);`);

    this.addSql(`create table \`directory\` (\`id\` text not null, \`slug\` text not null, \`name\` text not null, \`seq\` bigint not null default 0, \`purge_after_days\` integer not null default 30, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`directory_slug_unique\` on \`directory\` (\`slug\`);`);

    this.addSql(`create table \`directory_group\` (\`directory_id\` text not null, \`object_id\` text not null, \`display_name\` text not null, \`name_key\` text not null, \`mail_nickname\` text null, \`description\` text null, \`deleted_at\` datetime null, \`seq\` bigint not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`directory_id\`, \`object_id\`));`);
    this.addSql(`create index \`directory_group_directory_id_name_key_index\` on \`directory_group\` (\`directory_id\`, \`name_key\`);`);
    this.addSql(`create index \`directory_group_directory_id_seq_index\` on \`directory_group\` (\`directory_id\`, \`seq\`);`);

    this.addSql(`create table \`directory_member\` (\`directory_id\` text not null, \`group_id\` text not null, \`member_id\` text not null, \`member_type\` text not null, primary key (\`directory_id\`, \`group_id\`, \`member_id\`));`);
    this.addSql(`create index \`directory_member_directory_id_member_id_index\` on \`directory_member\` (\`directory_id\`, \`member_id\`);`);

    this.addSql(`create table \`directory_tombstone\` (\`directory_id\` text not null, \`object_type\` text not null, \`object_id\` text not null, \`seq\` bigint not null, \`deleted_at\` datetime not null, primary key (\`directory_id\`, \`object_type\`, \`object_id\`));`);
    this.addSql(`create index \`directory_tombstone_directory_id_seq_index\` on \`directory_tombstone\` (\`directory_id\`, \`seq\`);`);

    this.addSql(`create table \`directory_user\` (\`directory_id\` text not null, \`object_id\` text not null, \`user_principal_name\` text not null, \`upn_key\` text not null, \`display_name\` text null, \`mail\` text null, \`account_enabled\` integer not null default true, \`manager_id\` text null, \`attrs\` text not null default '{}', \`deleted_at\` datetime null, \`seq\` bigint not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`directory_id\`, \`object_id\`));`);
    this.addSql(`create index \`directory_user_directory_id_display_name_index\` on \`directory_user\` (\`directory_id\`, \`display_name\`);`);
    this.addSql(`create index \`directory_user_directory_id_seq_index\` on \`directory_user\` (\`directory_id\`, \`seq\`);`);
    this.addSql(`create unique index \`directory_user_directory_id_upn_key_unique\` on \`directory_user\` (\`directory_id\`, \`upn_key\`);`);

    this.addSql(`create table \`provisioning_log\` (\`id\` text not null, \`app_id\` text not null, \`cycle_id\` text null, \`object_type\` text not null, \`action\` text not null, \`status\` text not null, \`source_id\` text not null, \`source_name\` text null, \`target_id\` text null, \`target_name\` text null, \`modified\` text not null default '[]', \`steps\` text not null default '[]', \`request\` text null, \`response_status\` integer null, \`error_code\` text null, \`error_message\` text null, \`retry_count\` integer not null default 0, \`duration_ms\` integer not null default 0, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`provisioning_log_app_id_source_id_index\` on \`provisioning_log\` (\`app_id\`, \`source_id\`);`);
    this.addSql(`create index \`provisioning_log_cycle_id_created_at_index\` on \`provisioning_log\` (\`cycle_id\`, \`created_at\`);`);
    this.addSql(`create index \`provisioning_log_app_id_created_at_index\` on \`provisioning_log\` (\`app_id\`, \`created_at\`);`);

    // One queued or running cycle per app, whichever replica asks (the runner relies on it).
    this.addSql(`create unique index \`cycle_one_open_per_app\` on \`cycle\` (\`app_id\`) where \`status\` in ('queued', 'running');`);
    this.addSql(`create index \`app_link_pending_reference_index\` on \`app_link\` (\`app_id\`) where \`pending_reference\`;`);
  }

}
