import { Migration } from '@mikro-orm/migrations';

/** The buckets of one entry: its UTC day, its UTC month, all time. */
const BUCKETS = `(values ('DAY'), ('MONTH'), ('ALL')) as g ("grain")`;
const BUCKET = `case g."grain" when 'DAY' then date_trunc('day', e."effective_at", 'UTC')
  when 'MONTH' then date_trunc('month', e."effective_at", 'UTC')
  else timestamptz '1970-01-01 00:00:00+00' end`;
const SUMS = `coalesce(sum(e."amount_minor") filter (where e."kind" = 'COMMISSION'), 0),
  coalesce(sum(e."amount_minor") filter (where e."kind" = 'CLAWBACK'), 0),
  coalesce(sum(e."amount_minor") filter (where e."kind" = 'PAYMENT'), 0),
  coalesce(sum(e."amount_minor") filter (where e."kind" = 'ADJUSTMENT'), 0),
  count(*)`;
const COLUMNS = `("grain", "bucket", "partner_id", "currency", "shard", "commission_minor", "clawback_minor",
  "payment_minor", "adjustment_minor", "entry_count")`;

export class Migration20261203112449_ledger_period_sums extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger_period_sums" ("grain" varchar(5) not null, "bucket" timestamptz not null, "partner_id" uuid not null, "currency" varchar(3) not null, "shard" smallint not null, "commission_minor" bigint not null default 0, "clawback_minor" bigint not null default 0, "payment_minor" bigint not null default 0, "adjustment_minor" bigint not null default 0, "entry_count" bigint not null default 0, constraint "ledger_period_sums_pkey" primary key ("grain", "bucket", "partner_id", "currency", "shard"));`,
    );

    this.addSql(
      `alter table "ledger_period_sums" add constraint "ledger_period_sums_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    // The rollup in the same transaction as the entries: one upsert per inserting statement (three bucket rows
    // per partner and currency of the statement), rows locked in a fixed order; the shard is the writing
    // connection's, so concurrent writers use different rows (as for partner_balances).
    this.addSql(`create function "ledger_entries_add_to_period_sums"() returns trigger language plpgsql as $$
      begin
        insert into "ledger_period_sums" ${COLUMNS}
          select g."grain", ${BUCKET}, e."partner_id", e."currency", (pg_backend_pid() % 8)::smallint, ${SUMS}
          from inserted e cross join ${BUCKETS}
          group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict ("grain", "bucket", "partner_id", "currency", "shard") do update
          set "commission_minor" = "ledger_period_sums"."commission_minor" + excluded."commission_minor",
              "clawback_minor" = "ledger_period_sums"."clawback_minor" + excluded."clawback_minor",
              "payment_minor" = "ledger_period_sums"."payment_minor" + excluded."payment_minor",
              "adjustment_minor" = "ledger_period_sums"."adjustment_minor" + excluded."adjustment_minor",
              "entry_count" = "ledger_period_sums"."entry_count" + excluded."entry_count";
        return null;
      end $$;`);
    this.addSql(`create trigger "ledger_entries_period_sums" after insert on "ledger_entries"
      referencing new table as inserted for each statement execute function "ledger_entries_add_to_period_sums"();`);
    this.addSql(`insert into "ledger_period_sums" ${COLUMNS}
      select g."grain", ${BUCKET}, e."partner_id", e."currency", 0, ${SUMS}
      from "ledger_entries" e cross join ${BUCKETS}
      group by 1, 2, 3, 4;`);
    this.addSql(`analyze "ledger_period_sums";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "ledger_entries_period_sums" on "ledger_entries";`);
    this.addSql(`drop function "ledger_entries_add_to_period_sums"();`);
    this.addSql(`drop table if exists "ledger_period_sums" cascade;`);
  }
}
