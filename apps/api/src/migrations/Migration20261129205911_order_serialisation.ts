import { Migration } from '@mikro-orm/migrations';

export class Migration20261129205911_order_serialisation extends Migration {
  override async up(): Promise<void> {
    // An order recorded unpaid (null) has paid nothing yet: refunds are measured against what was paid.
    this.addSql(`update "orders" set "paid_minor" = 0 where "paid_minor" is null;`);
    this.addSql(`alter table "orders" alter column "paid_minor" set default 0;`);
    this.addSql(`alter table "orders" alter column "paid_minor" set not null;`);
    this.addSql(
      `alter table "orders" add constraint "orders_renewal_of_id_payment_number_unique" unique ("renewal_of_id", "payment_number");`,
    );

    this.addSql(`create index "payments_order_id_paid_at_index" on "payments" ("order_id", "paid_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "orders" drop constraint "orders_renewal_of_id_payment_number_unique";`);

    this.addSql(`alter table "orders" alter column "paid_minor" drop default;`);
    this.addSql(`alter table "orders" alter column "paid_minor" type int8 using ("paid_minor"::int8);`);
    this.addSql(`alter table "orders" alter column "paid_minor" drop not null;`);

    this.addSql(`drop index "payments_order_id_paid_at_index";`);
  }
}
