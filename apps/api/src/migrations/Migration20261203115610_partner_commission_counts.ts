import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115610_partner_commission_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_commission_counts" ("partner_id" uuid not null, "shard" smallint not null, "commission_count" bigint not null default 0, constraint "partner_commission_counts_pkey" primary key ("partner_id", "shard"));`,
    );

    this.addSql(
      `alter table "partner_commission_counts" add constraint "partner_commission_counts_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    // Counts in the same transaction as the commissions: one upsert per inserting statement, rows locked in a
    // fixed order; the shard is the writing connection's (as for partner_balances).
    this.addSql(`create function "commissions_add_to_counts"() returns trigger language plpgsql as $$
      begin
        insert into "partner_commission_counts" ("partner_id", "shard", "commission_count")
          select "partner_id", (pg_backend_pid() % 8)::smallint, count(*)
          from inserted group by "partner_id" order by "partner_id"
        on conflict ("partner_id", "shard") do update
          set "commission_count" = "partner_commission_counts"."commission_count" + excluded."commission_count";
        return null;
      end $$;`);
    this.addSql(`create trigger "commissions_counts" after insert on "commissions"
      referencing new table as inserted for each statement execute function "commissions_add_to_counts"();`);
    this.addSql(`insert into "partner_commission_counts" ("partner_id", "shard", "commission_count")
      select "partner_id", 0, count(*) from "commissions" group by 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "commissions_counts" on "commissions";`);
    this.addSql(`drop function "commissions_add_to_counts"();`);
    this.addSql(`drop table if exists "partner_commission_counts" cascade;`);
  }
}
