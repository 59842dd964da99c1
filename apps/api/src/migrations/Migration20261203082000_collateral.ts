import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082000_collateral extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collateral_items" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('BANNER', 'EMAIL_SWIPE', 'SNIPPET', 'FILE')) not null, "title" varchar(200) not null, "notes" text not null default '', "sort_order" int not null default 0, "landing_url" text null, "archived" boolean not null default false, "storage_key" varchar(64) null, "content_type" varchar(100) null, "file_extension" varchar(10) null, "byte_size" int null, "sha256" varchar(64) null, "width" int null, "height" int null, "public_token" varchar(32) null, "subject" text null, "body" text null, "format" text check ("format" in ('TEXT', 'HTML')) null, constraint "collateral_items_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "collateral_items" add constraint "collateral_items_public_token_unique" unique ("public_token");`,
    );
    this.addSql(
      `create index "collateral_items_kind_sort_order_index" on "collateral_items" ("kind", "sort_order");`,
    );

    this.addSql(
      `create table "collateral_usages" ("item_id" uuid not null, "partner_id" uuid not null, "copies" int not null default 0, "downloads" int not null default 0, "last_used_at" timestamptz not null, constraint "collateral_usages_pkey" primary key ("item_id", "partner_id"));`,
    );

    this.addSql(
      `create table "collateral_item_programs" ("collateral_item_id" uuid not null, "program_id" uuid not null, constraint "collateral_item_programs_pkey" primary key ("collateral_item_id", "program_id"));`,
    );

    this.addSql(
      `alter table "collateral_usages" add constraint "collateral_usages_item_id_foreign" foreign key ("item_id") references "collateral_items" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collateral_usages" add constraint "collateral_usages_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "collateral_item_programs" add constraint "collateral_item_programs_collateral_item_id_foreign" foreign key ("collateral_item_id") references "collateral_items" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collateral_item_programs" add constraint "collateral_item_programs_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "collateral_usages" drop constraint "collateral_usages_item_id_foreign";`);

    this.addSql(
      `alter table "collateral_item_programs" drop constraint "collateral_item_programs_collateral_item_id_foreign";`,
    );

    this.addSql(`drop table if exists "collateral_items" cascade;`);

    this.addSql(`drop table if exists "collateral_usages" cascade;`);

    this.addSql(`drop table if exists "collateral_item_programs" cascade;`);
  }
}
