import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113500_partner_ledger_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "ledger_entries_partner_id_effective_at_id_index" on "ledger_entries" ("partner_id", "effective_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ledger_entries_partner_id_effective_at_id_index";`);
  }
}
