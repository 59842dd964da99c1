import { Migration } from '@mikro-orm/migrations';

export class Migration20261203072813_first_commission_flag extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "partners" add column "first_commission_at" timestamptz null;`);
    // Partners who earned before: their first commission's time (the "first commission" email went out).
    this.addSql(
      `update "partners" p set "first_commission_at" = c."first" from (select "partner_id", min("created_at") as "first" from "commissions" group by "partner_id") c where c."partner_id" = p."id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partners" drop column "first_commission_at";`);
  }
}
