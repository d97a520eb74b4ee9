import { Migration } from '@mikro-orm/migrations';

export class Migration20261129074103 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`admin_account\` (\`id\` text not null, \`tenant_id\` text not null, \`user_name\` text not null, \`user_name_lower\` text not null, \`email\` text null, \`role\` text not null default 'admin', \`password_hash\` text null, \`user_id\` text null, \`platform_owner\` integer not null default false, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`admin_account_tenant_id_index\` on \`admin_account\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`admin_account_tenant_id_user_name_lower_unique\` on \`admin_account\` (\`tenant_id\`, \`user_name_lower\`);`);

    this.addSql(`create table \`group_member\` (\`group_id\` text not null, \`member_id\` text not null, \`tenant_id\` text not null, \`member_type\` text not null default 'User', primary key (\`group_id\`, \`member_id\`));`);
    this.addSql(`create index \`group_member_member_id_index\` on \`group_member\` (\`member_id\`);`);

    this.addSql(`create table \`provisioning_event\` (\`id\` text not null, \`tenant_id\` text not null, \`token_id\` text null, \`actor\` text not null default 'scim', \`method\` text not null, \`path\` text not null, \`action\` text not null default 'Other', \`resource_type\` text null, \`target_id\` text null, \`target_name\` text null, \`modified\` json null, \`status\` integer not null, \`scim_type\` text null, \`error\` text null, \`warnings\` json null, \`duration_ms\` integer not null default 0, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`provisioning_event_tenant_id_target_id_index\` on \`provisioning_event\` (\`tenant_id\`, \`target_id\`);`);
    this.addSql(`create index \`provisioning_event_tenant_id_created_at_index\` on \`provisioning_event\` (\`tenant_id\`, \`created_at\`);`);

    this.addSql(`create table \`scim_group\` (\`id\` text not null, \`tenant_id\` text not null, \`display_name\` text not null, \`display_name_lower\` text not null, \`external_id\` text null, \`data\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`scim_group_tenant_id_created_at_index\` on \`scim_group\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create index \`scim_group_tenant_id_external_id_index\` on \`scim_group\` (\`tenant_id\`, \`external_id\`);`);
    this.addSql(`create unique index \`scim_group_tenant_id_display_name_lower_unique\` on \`scim_group\` (\`tenant_id\`, \`display_name_lower\`);`);

    this.addSql(`create table \`scim_token\` (\`id\` text not null, \`tenant_id\` text not null, \`owner_id\` text not null, \`secret_hash\` text not null, \`description\` text null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`scim_token_tenant_id_index\` on \`scim_token\` (\`tenant_id\`);`);
    this.addSql(`create index \`scim_token_owner_id_index\` on \`scim_token\` (\`owner_id\`);`);

    this.addSql(`create table \`scim_user\` (\`id\` text not null, \`tenant_id\` text not null, \`user_name\` text not null, \`user_name_lower\` text not null, \`external_id\` text null, \`display_name\` text null, \`active\` integer not null default true, \`user_type\` text null, \`auth_type\` text null, \`email\` text null, \`pending_email\` text null, \`data\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`scim_user_tenant_id_created_at_index\` on \`scim_user\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create index \`scim_user_tenant_id_external_id_index\` on \`scim_user\` (\`tenant_id\`, \`external_id\`);`);
    this.addSql(`create unique index \`scim_user_tenant_id_user_name_lower_unique\` on \`scim_user\` (\`tenant_id\`, \`user_name_lower\`);`);

    this.addSql(`create table \`tenant\` (\`id\` text not null, \`slug\` text not null, \`name\` text not null, \`rules\` text not null default 'egnyte', \`sso_enabled\` integer not null default false, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`tenant_slug_unique\` on \`tenant\` (\`slug\`);`);
  }

}
