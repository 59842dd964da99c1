import { Migration } from '@mikro-orm/migrations';

export class Migration20261208005123_list_order_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "outbound_emails_created_at_id_index" on "outbound_emails" ("created_at", "id");`,
    );

    this.addSql(`drop index "partners_status_index";`);

    this.addSql(
      `create index "partners_status_created_at_id_index" on "partners" ("status", "created_at", "id");`,
    );
    this.addSql(`create index "partners_created_at_id_index" on "partners" ("created_at", "id");`);

    this.addSql(
      `create index "webhook_deliveries_created_at_id_index" on "webhook_deliveries" ("created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbound_emails_created_at_id_index";`);

    this.addSql(`drop index "partners_status_created_at_id_index";`);
    this.addSql(`drop index "partners_created_at_id_index";`);

    this.addSql(`create index "partners_status_index" on "partners" ("status");`);

    this.addSql(`drop index "webhook_deliveries_created_at_id_index";`);
  }
}
