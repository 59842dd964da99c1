import { Migration } from '@mikro-orm/migrations';

export class Migration20261124065733_program_rules_and_products extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "products" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku" varchar(120) not null, "name" varchar(200) not null, "price_minor" bigint not null, "currency" varchar(3) not null, "subscription" boolean not null default false, "archived_at" timestamptz null, constraint "products_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "products" add constraint "products_sku_unique" unique ("sku");`);

    this.addSql(
      `alter table "programs" add column "split_weights" jsonb null, add column "permanent_referral" boolean not null default false, add column "ip_window_minutes" int null, add column "timing" text check ("timing" in ('UPFRONT', 'ON_PAYMENT')) not null default 'UPFRONT', add column "unused_level_share" text check ("unused_level_share" in ('NOT_PAID', 'ROLL_DOWN_TO_LEVEL_1')) not null default 'NOT_PAID', add column "rules" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "products" cascade;`);

    this.addSql(
      `alter table "programs" drop column "split_weights", drop column "permanent_referral", drop column "ip_window_minutes", drop column "timing", drop column "unused_level_share", drop column "rules";`,
    );
  }
}
