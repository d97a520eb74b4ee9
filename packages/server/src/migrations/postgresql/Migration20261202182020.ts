import { Migration } from '@mikro-orm/migrations';

export class Migration20261202182020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app" add column "follow_changes" boolean not null default false;`);

    this.addSql(`alter table "directory" add column "tenant_id" varchar(36) null;`);
    this.addSql(`alter table "directory" add constraint "directory_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`alter table "directory_group" add column "attrs" text not null default '{}';`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app" drop column "follow_changes";`);

    this.addSql(`alter table "directory" drop constraint "directory_tenant_id_unique";`);
    this.addSql(`alter table "directory" drop column "tenant_id";`);

    this.addSql(`alter table "directory_group" drop column "attrs";`);

  }

}
