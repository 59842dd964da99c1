import { Migration } from '@mikro-orm/migrations';

export class Migration20261203081333_reports_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "ledger_entries_available_at_index" on "ledger_entries" ("available_at");`);
    this.addSql(`create index "ledger_entries_effective_at_index" on "ledger_entries" ("effective_at");`);

    this.addSql(`create index "customers_created_at_index" on "customers" ("created_at");`);

    this.addSql(`create index "leads_occurred_at_index" on "leads" ("occurred_at");`);

    this.addSql(`create index "commissions_created_at_index" on "commissions" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "commissions_created_at_index";`);

    this.addSql(`drop index "customers_created_at_index";`);

    this.addSql(`drop index "leads_occurred_at_index";`);

    this.addSql(`drop index "ledger_entries_available_at_index";`);
    this.addSql(`drop index "ledger_entries_effective_at_index";`);
  }
}
