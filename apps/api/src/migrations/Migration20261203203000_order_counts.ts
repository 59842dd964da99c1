import { Migration } from '@mikro-orm/migrations';

export class Migration20261203203000_order_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "order_counts" ("shard" smallint not null, "order_count" bigint not null default 0, constraint "order_counts_pkey" primary key ("shard"));`,
    );

    // The count in the same transaction as the orders: one upsert per inserting (or deleting) statement. Every
    // order adds to the count, so the shard is the writing connection's out of 64: concurrent writers rarely
    // share a row (a shared row would make one wait for the other's commit).
    this.addSql(`create function "orders_count_changes"() returns trigger language plpgsql as $$
      begin
        insert into "order_counts" ("shard", "order_count")
          select (pg_backend_pid() % 64)::smallint,
            case tg_op when 'DELETE' then -count(*) else count(*) end
          from changed having count(*) > 0
        on conflict ("shard") do update set "order_count" = "order_counts"."order_count" + excluded."order_count";
        return null;
      end $$;`);
    this.addSql(`create trigger "orders_counts_insert" after insert on "orders"
      referencing new table as changed for each statement execute function "orders_count_changes"();`);
    this.addSql(`create trigger "orders_counts_delete" after delete on "orders"
      referencing old table as changed for each statement execute function "orders_count_changes"();`);
    this.addSql(`create function "orders_clear_counts"() returns trigger language plpgsql as $$
      begin
        delete from "order_counts";
        return null;
      end $$;`);
    this.addSql(`create trigger "orders_counts_truncate" after truncate on "orders"
      for each statement execute function "orders_clear_counts"();`);
    this.addSql(`insert into "order_counts" ("shard", "order_count") select 0, count(*) from "orders";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "orders_counts_truncate" on "orders";`);
    this.addSql(`drop trigger "orders_counts_delete" on "orders";`);
    this.addSql(`drop trigger "orders_counts_insert" on "orders";`);
    this.addSql(`drop function "orders_clear_counts"();`);
    this.addSql(`drop function "orders_count_changes"();`);
    this.addSql(`drop table if exists "order_counts" cascade;`);
  }
}
