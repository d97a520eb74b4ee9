import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`admin_session\` (\`id_hash\` text not null, \`user_name\` text not null, \`admin_ids\` json not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, primary key (\`id_hash\`));`);
    this.addSql(`create index \`admin_session_expires_at_index\` on \`admin_session\` (\`expires_at\`);`);

    this.addSql(`create table \`api_token\` (\`id\` text not null, \`tenant_id\` text not null, \`admin_id\` text not null, \`secret_hash\` text not null, \`description\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`api_token_tenant_id_index\` on \`api_token\` (\`tenant_id\`);`);
    this.addSql(`create index \`api_token_admin_id_index\` on \`api_token\` (\`admin_id\`);`);

    this.addSql(`alter table \`scim_user\` add column \`is_service_account\` integer not null default false;`);
    this.addSql(`alter table \`scim_user\` add column \`two_factor_enabled\` integer not null default false;`);
    this.addSql(`alter table \`scim_user\` add column \`last_writers\` json null;`);
    // Backfill the derived flag columns from the stored SCIM attributes.
    this.addSql(`update \`scim_user\` set \`is_service_account\` = coalesce(json_extract(\`data\`, '$."urn:scim:schemas:extension:custom:egnyte:1.0:User".isServiceAccount'), 0) = 1, \`two_factor_enabled\` = coalesce(json_extract(\`data\`, '$."urn:scim:schemas:extension:custom:egnyte:1.0:User".twoFactorEnabled'), 0) = 1;`);
    this.addSql(`create index scim_user_display_sort_index on scim_user (tenant_id, coalesce(display_name, ''), id);`);
    this.addSql(`create index \`scim_user_tenant_id_updated_at_id_index\` on \`scim_user\` (\`tenant_id\`, \`updated_at\`, \`id\`);`);
  }

}
