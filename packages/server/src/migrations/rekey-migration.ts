import { Migration } from '@mikro-orm/migrations';
import { displayNameFold, type NameRow, rekey, userNameFold } from '../db/rekey-names.js';

/**
 * Recomputes the comparison keys of user names (RFC 8265-style usernameKey: width, case, NFC,
 * invisible characters, surrounding spaces) and group display names (Unicode case fold) that
 * earlier versions lower-cased with toLowerCase() only. Runs in JS, since neither database has
 * the folding rule; the same class serves both dialects (plain identifiers, `?` binds).
 */
export abstract class RekeyNamesMigration extends Migration {
  override async up(): Promise<void> {
    await this.rekeyTable('scim_user', 'user_name', 'user_name_lower', userNameFold);
    await this.rekeyTable('scim_group', 'display_name', 'display_name_lower', displayNameFold);
  }

  private async rekeyTable(table: string, name: string, key: string, fold: (s: string) => string): Promise<void> {
    const rows = (await this.execute(
      `select id, tenant_id, ${name} as name, ${key} as key from ${table} order by created_at, id`,
    )) as NameRow[];
    const { updates } = rekey(rows, fold);
    for (const u of updates) await this.execute(`update ${table} set ${key} = ? where id = ?`, [u.key, u.id]);
  }
}
