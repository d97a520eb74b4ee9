import { Migration } from '@mikro-orm/migrations';

export class Migration20261202034931 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`drop index "directory_member_directory_id_member_id_index";`);

    this.addSql(`create index "directory_member_member_groups_index" on "directory_member" ("directory_id", "member_id", "group_id");`);
  }

  override async down(): Promise<void> {

    this.addSql(`drop index "directory_member_member_groups_index";`);

    this.addSql(`create index "directory_member_directory_id_member_id_index" on "directory_member" ("directory_id", "member_id");`);
  }

}
