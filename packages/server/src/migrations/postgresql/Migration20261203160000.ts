import { Migration } from '@mikro-orm/migrations';

/**
 * Notices on `scimdesk_auth` at every commit that changes a SCIM token or an admin account, so each
 * replica drops the token verification rows it reuses (db/pg-auth-notices.ts). A token's
 * `last_used_at`, written once a minute by the hot path itself, notifies nothing. Statement-level:
 * a bulk change sends one notice, and PostgreSQL folds equal notices of one transaction into one.
 */
export class Migration20261203160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function scimdesk_auth_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('scimdesk_auth', tg_table_name);
  return null;
end
$$;`);
    this.addSql(`create trigger scim_token_auth_changed after insert or delete or update of id, tenant_id, owner_id, secret_hash, expires_at, revoked_at on "scim_token" for each statement execute function scimdesk_auth_changed();`);
    this.addSql(`create trigger scim_token_auth_truncated after truncate on "scim_token" for each statement execute function scimdesk_auth_changed();`);
    this.addSql(`create trigger admin_account_auth_changed after insert or update or delete on "admin_account" for each statement execute function scimdesk_auth_changed();`);
    this.addSql(`create trigger admin_account_auth_truncated after truncate on "admin_account" for each statement execute function scimdesk_auth_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists admin_account_auth_truncated on "admin_account";`);
    this.addSql(`drop trigger if exists admin_account_auth_changed on "admin_account";`);
    this.addSql(`drop trigger if exists scim_token_auth_truncated on "scim_token";`);
    this.addSql(`drop trigger if exists scim_token_auth_changed on "scim_token";`);
    this.addSql(`drop function if exists scimdesk_auth_changed();`);
  }

}
