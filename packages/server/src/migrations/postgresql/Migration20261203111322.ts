import { Migration } from '@mikro-orm/migrations';

/** The provisioning log's counts (log.report.ts) from an index alone: the rows themselves hold large steps. */
export class Migration20261203111322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "provisioning_log_app_id_status_action_error_code_index" on "provisioning_log" ("app_id", "status", "action", "error_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "provisioning_log_app_id_status_action_error_code_index";`);
  }

}
