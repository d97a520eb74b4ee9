import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`scim_group_tenant_id_created_at_index\`;`);

    this.addSql(`create index \`scim_group_tenant_id_created_at_id_index\` on \`scim_group\` (\`tenant_id\`, \`created_at\`, \`id\`);`);

    this.addSql(`drop index \`scim_user_tenant_id_created_at_index\`;`);

    this.addSql(`create index \`scim_user_tenant_id_created_at_id_index\` on \`scim_user\` (\`tenant_id\`, \`created_at\`, \`id\`);`);
  }

}
