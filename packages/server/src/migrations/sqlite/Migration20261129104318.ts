import { Migration } from '@mikro-orm/migrations';

export class Migration20261129104318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`scim_user\` add column \`search_text\` text null;`);
    // Backfill what user.mapper.ts searchTextOf() writes: names and emails, one per line, lower case.
    this.addSql(`update \`scim_user\` set \`search_text\` = lower(concat_ws(char(10),
      nullif(user_name, ''), nullif(display_name, ''),
      nullif(json_extract(data, '$.name.givenName'), ''), nullif(json_extract(data, '$.name.familyName'), ''),
      (select group_concat(json_extract(e.value, '$.value'), char(10)) from json_each(data, '$.emails') e),
      nullif(json_extract(data, '$."urn:scim:schemas:extension:custom:egnyte:1.0:User".email'), '')));`);
  }

}
