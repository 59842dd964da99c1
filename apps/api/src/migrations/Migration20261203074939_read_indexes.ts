import { Migration } from '@mikro-orm/migrations';

export class Migration20261203074939_read_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "click_stats_hourly_hour_index" on "click_stats_hourly" ("hour");`);

    this.addSql(`create index "orders_credits_index" on "orders" using gin ("credits" jsonb_path_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "click_stats_hourly_hour_index";`);

    this.addSql(`drop index "orders_credits_index";`);
  }
}
