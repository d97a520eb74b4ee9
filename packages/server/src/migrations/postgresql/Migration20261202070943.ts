import { Migration } from '@mikro-orm/migrations';

export class Migration20261202070943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "app_link_app_id_object_type_updated_at_index" on "app_link" ("app_id", "object_type", "updated_at");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop index "app_link_app_id_object_type_updated_at_index";`);

  }

}
