import { Migration } from '@mikro-orm/migrations';

export class Migration20261208011500_ledger_hold_amounts extends Migration {
  override async up(): Promise<void> {
    // The amounts in the index, so a partner's amount still in its hold is read from the index alone.
    this.addSql(`drop index "ledger_entries_partner_id_currency_available_at_index";`);
    this.addSql(
      `create index "ledger_entries_partner_id_currency_available_at_index" on "ledger_entries" ("partner_id", "currency", "available_at") include ("amount_minor");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ledger_entries_partner_id_currency_available_at_index";`);
    this.addSql(
      `create index "ledger_entries_partner_id_currency_available_at_index" on "ledger_entries" ("partner_id", "currency", "available_at");`,
    );
  }
}
