import { Migration } from '@mikro-orm/migrations';

export class Migration20261129212033_ledger_append_only_and_balances extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_balances" ("partner_id" uuid not null, "currency" varchar(3) not null, "shard" smallint not null, "total_minor" bigint not null default 0, "entry_count" bigint not null default 0, constraint "partner_balances_pkey" primary key ("partner_id", "currency", "shard"));`,
    );

    this.addSql(
      `alter table "partner_balances" add constraint "partner_balances_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`create index "ledger_entries_commission_id_index" on "ledger_entries" ("commission_id");`);
    this.addSql(
      `create index "ledger_entries_partner_id_currency_available_at_index" on "ledger_entries" ("partner_id", "currency", "available_at");`,
    );

    this.addSql(
      `create index "commissions_flagged_index" on "commissions" ("partner_id") where "review" = 'FLAGGED' and "voided_at" is null;`,
    );

    // The ledger is append-only, enforced by the database: a correction is a new entry.
    this.addSql(`create function "ledger_entries_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only: % refused', tg_op using errcode = '42501';
      end $$;`);
    this.addSql(`create trigger "ledger_entries_append_only" before update or delete on "ledger_entries"
      for each row execute function "ledger_entries_refuse_change"();`);
    this.addSql(`create trigger "ledger_entries_no_truncate" before truncate on "ledger_entries"
      for each statement execute function "ledger_entries_refuse_change"();`);

    // Running totals in the same transaction as the entries: one upsert per inserting statement, rows locked
    // in a fixed order; the shard is the writing connection's, so concurrent writers use different rows.
    this.addSql(`create function "ledger_entries_add_to_balances"() returns trigger language plpgsql as $$
      begin
        insert into "partner_balances" ("partner_id", "currency", "shard", "total_minor", "entry_count")
          select "partner_id", "currency", (pg_backend_pid() % 8)::smallint, sum("amount_minor"), count(*)
          from inserted group by "partner_id", "currency" order by "partner_id", "currency"
        on conflict ("partner_id", "currency", "shard") do update
          set "total_minor" = "partner_balances"."total_minor" + excluded."total_minor",
              "entry_count" = "partner_balances"."entry_count" + excluded."entry_count";
        return null;
      end $$;`);
    this.addSql(`create trigger "ledger_entries_balances" after insert on "ledger_entries"
      referencing new table as inserted for each statement execute function "ledger_entries_add_to_balances"();`);
    this
      .addSql(`insert into "partner_balances" ("partner_id", "currency", "shard", "total_minor", "entry_count")
      select "partner_id", "currency", 0, sum("amount_minor"), count(*) from "ledger_entries" group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "ledger_entries_balances" on "ledger_entries";`);
    this.addSql(`drop trigger "ledger_entries_no_truncate" on "ledger_entries";`);
    this.addSql(`drop trigger "ledger_entries_append_only" on "ledger_entries";`);
    this.addSql(`drop function "ledger_entries_add_to_balances"();`);
    this.addSql(`drop function "ledger_entries_refuse_change"();`);
    this.addSql(`drop table if exists "partner_balances" cascade;`);

    this.addSql(`drop index "commissions_flagged_index";`);

    this.addSql(`drop index "ledger_entries_commission_id_index";`);
    this.addSql(`drop index "ledger_entries_partner_id_currency_available_at_index";`);
  }
}
