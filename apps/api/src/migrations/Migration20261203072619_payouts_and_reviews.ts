import { Migration } from '@mikro-orm/migrations';

export class Migration20261203072619_payouts_and_reviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payout_batches" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "idempotency_key" varchar(200) not null, "kind" varchar(8) not null, "currency" varchar(3) not null, "method" text check ("method" in ('PAYPAL', 'BANK_TRANSFER', 'CHECK', 'OTHER')) not null, "reference" varchar(200) null, "requested_partner_ids" jsonb null, "admin_id" uuid not null, "paid_at" timestamptz not null, "payment_count" int not null default 0, "total_minor" bigint not null default 0, constraint "payout_batches_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "payout_batches" add constraint "payout_batches_idempotency_key_unique" unique ("idempotency_key");`,
    );

    this.addSql(
      `create index "ledger_entries_payout_batch_id_index" on "ledger_entries" ("payout_batch_id");`,
    );

    this.addSql(
      `alter table "commissions" add column "review_note" text null, add column "reviewed_at" timestamptz null, add column "reviewed_by_admin_id" uuid null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payout_batches" cascade;`);

    this.addSql(
      `alter table "commissions" drop column "review_note", drop column "reviewed_at", drop column "reviewed_by_admin_id";`,
    );

    this.addSql(`drop index "ledger_entries_payout_batch_id_index";`);
  }
}
