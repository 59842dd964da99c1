import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071614_events_orders_commissions_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inbound_events" ("id" uuid not null, "source" varchar(20) not null, "kind" text check ("kind" in ('LEAD', 'ORDER', 'PAYMENT', 'REFUND')) not null, "external_id" varchar(200) not null, "order_external_id" varchar(200) null, "payload_hash" varchar(64) not null, "payload" jsonb not null, "status" text check ("status" in ('PROCESSED', 'PENDING', 'FAILED')) not null, "error" text null, "result_id" uuid null, "received_at" timestamptz not null, "processed_at" timestamptz null, constraint "inbound_events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "inbound_events_status_order_external_id_index" on "inbound_events" ("status", "order_external_id");`,
    );
    this.addSql(
      `alter table "inbound_events" add constraint "inbound_events_source_kind_external_id_unique" unique ("source", "kind", "external_id");`,
    );

    this.addSql(
      `create table "ledger_entries" ("id" text not null, "partner_id" uuid not null, "kind" varchar(12) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "effective_at" timestamptz not null, "available_at" timestamptz not null, "commission_id" text null, "refund_id" text null, "payout_batch_id" text null, "method" varchar(40) null, "reference" varchar(200) null, "reason" text null, "admin_id" uuid null, "recorded_at" timestamptz not null, constraint "ledger_entries_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "ledger_entries_partner_id_currency_effective_at_index" on "ledger_entries" ("partner_id", "currency", "effective_at");`,
    );

    this.addSql(
      `create table "customers" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "external_id" varchar(200) null, "email" varchar(254) null, "name" varchar(200) null, "referred_by_id" uuid null, "assigned_partner_id" uuid null, constraint "customers_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "customers_email_index" on "customers" ("email");`);
    this.addSql(
      `alter table "customers" add constraint "customers_external_id_unique" unique ("external_id");`,
    );

    this.addSql(
      `create table "coupons" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(64) not null, "partner_id" uuid not null, constraint "coupons_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "coupons" add constraint "coupons_code_unique" unique ("code");`);

    this.addSql(
      `create table "leads" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source" varchar(20) not null, "external_id" varchar(200) not null, "customer_id" uuid null, "visitor_id" varchar(64) null, "attribution_method" varchar(24) not null, "credits" jsonb not null, "attribution_program_id" uuid null, "product_id" uuid null, "occurred_at" timestamptz not null, constraint "leads_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "leads" add constraint "leads_source_external_id_unique" unique ("source", "external_id");`,
    );

    this.addSql(
      `create table "commissions" ("id" text not null, "partner_id" uuid not null, "chain_key" text not null, "kind" varchar(8) not null, "source_id" uuid not null, "level" int not null, "credited_partner_id" uuid not null, "rolled_down" boolean not null default false, "program_id" uuid not null, "timing" varchar(12) not null, "payment_id" text null, "amount_minor" bigint not null, "currency" varchar(3) not null, "rule" jsonb not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "review" varchar(10) not null, "reversed_minor" bigint not null default 0, "voided_at" timestamptz null, "paid_at" timestamptz null, "payout_batch_id" text null, constraint "commissions_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "commissions_partner_id_created_at_index" on "commissions" ("partner_id", "created_at");`,
    );
    this.addSql(`create index "commissions_source_id_index" on "commissions" ("source_id");`);

    this.addSql(
      `create table "orders" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source" varchar(20) not null, "external_id" varchar(200) not null, "customer_id" uuid null, "currency" varchar(3) not null, "items" jsonb not null, "order_discount_minor" bigint not null default 0, "tax_minor" bigint not null default 0, "shipping_minor" bigint not null default 0, "total_minor" bigint not null, "paid_minor" bigint null, "refunded_minor" bigint not null default 0, "coupon_code" varchar(64) null, "visitor_id" varchar(64) null, "ip_hash" varchar(64) null, "attribution_method" varchar(24) not null, "credits" jsonb not null, "attribution_program_id" uuid null, "renewal_of_id" uuid null, "payment_number" int null, "ordered_at" timestamptz not null, constraint "orders_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "orders_ordered_at_index" on "orders" ("ordered_at");`);
    this.addSql(
      `alter table "orders" add constraint "orders_source_external_id_unique" unique ("source", "external_id");`,
    );

    this.addSql(
      `create table "payments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source" varchar(20) not null, "external_id" varchar(220) not null, "order_id" uuid not null, "amount_minor" bigint not null, "renewal_order_id" uuid null, "paid_at" timestamptz not null, constraint "payments_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_source_external_id_unique" unique ("source", "external_id");`,
    );

    this.addSql(
      `create table "refunds" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source" varchar(20) not null, "external_id" varchar(200) not null, "order_id" uuid not null, "amount_minor" bigint not null, "refunded_at" timestamptz not null, constraint "refunds_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "refunds" add constraint "refunds_source_external_id_unique" unique ("source", "external_id");`,
    );

    this.addSql(
      `alter table "ledger_entries" add constraint "ledger_entries_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "customers" add constraint "customers_referred_by_id_foreign" foreign key ("referred_by_id") references "partners" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "customers" add constraint "customers_assigned_partner_id_foreign" foreign key ("assigned_partner_id") references "partners" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "coupons" add constraint "coupons_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "leads" add constraint "leads_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "leads" add constraint "leads_attribution_program_id_foreign" foreign key ("attribution_program_id") references "programs" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "commissions" add constraint "commissions_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commissions" add constraint "commissions_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "orders" add constraint "orders_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_attribution_program_id_foreign" foreign key ("attribution_program_id") references "programs" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_renewal_of_id_foreign" foreign key ("renewal_of_id") references "orders" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "payments" add constraint "payments_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_renewal_order_id_foreign" foreign key ("renewal_order_id") references "orders" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "refunds" add constraint "refunds_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "leads" drop constraint "leads_customer_id_foreign";`);

    this.addSql(`alter table "orders" drop constraint "orders_customer_id_foreign";`);

    this.addSql(`alter table "orders" drop constraint "orders_renewal_of_id_foreign";`);

    this.addSql(`alter table "payments" drop constraint "payments_order_id_foreign";`);

    this.addSql(`alter table "payments" drop constraint "payments_renewal_order_id_foreign";`);

    this.addSql(`alter table "refunds" drop constraint "refunds_order_id_foreign";`);

    this.addSql(`drop table if exists "inbound_events" cascade;`);

    this.addSql(`drop table if exists "ledger_entries" cascade;`);

    this.addSql(`drop table if exists "customers" cascade;`);

    this.addSql(`drop table if exists "coupons" cascade;`);

    this.addSql(`drop table if exists "leads" cascade;`);

    this.addSql(`drop table if exists "commissions" cascade;`);

    this.addSql(`drop table if exists "orders" cascade;`);

    this.addSql(`drop table if exists "payments" cascade;`);

    this.addSql(`drop table if exists "refunds" cascade;`);
  }
}
