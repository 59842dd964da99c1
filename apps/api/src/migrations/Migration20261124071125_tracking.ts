import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071125_tracking extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "merchant_settings" ("id" int not null default 1, "default_landing_url" text null, "allowed_domains" jsonb not null default '[]', "updated_at" timestamptz not null, constraint "merchant_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "click_stats_hourly" ("partner_id" uuid not null, "link_key" varchar(36) not null, "hour" timestamptz not null, "raw_count" int not null default 0, "unique_count" int not null default 0, "bot_count" int not null default 0, constraint "click_stats_hourly_pkey" primary key ("partner_id", "link_key", "hour"));`,
    );

    this.addSql(
      `create table "tracking_links" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(64) not null, "name" varchar(120) not null, "destination_url" text not null, "archived" boolean not null default false, constraint "tracking_links_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tracking_links" add constraint "tracking_links_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "tracking_link_programs" ("tracking_link_id" uuid not null, "program_id" uuid not null, constraint "tracking_link_programs_pkey" primary key ("tracking_link_id", "program_id"));`,
    );

    this.addSql(
      `alter table "click_stats_hourly" add constraint "click_stats_hourly_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "tracking_link_programs" add constraint "tracking_link_programs_tracking_link_id_foreign" foreign key ("tracking_link_id") references "tracking_links" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "tracking_link_programs" add constraint "tracking_link_programs_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "tracking_link_programs" drop constraint "tracking_link_programs_tracking_link_id_foreign";`,
    );

    this.addSql(`drop table if exists "merchant_settings" cascade;`);

    this.addSql(`drop table if exists "click_stats_hourly" cascade;`);

    this.addSql(`drop table if exists "tracking_links" cascade;`);

    this.addSql(`drop table if exists "tracking_link_programs" cascade;`);
  }
}
