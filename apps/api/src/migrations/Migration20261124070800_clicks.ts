import { Migration } from '@mikro-orm/migrations';

export class Migration20261124070800_clicks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clicks" ("id" uuid not null, "partner_id" uuid not null, "tracking_link_id" uuid null, "sub_id" varchar(100) null, "visitor_id" varchar(64) not null, "ip_hash" varchar(64) not null, "user_agent" text not null default '', "referrer" text null, "landing_url" text not null, "is_bot" boolean not null default false, "is_unique" boolean not null default true, "clicked_at" timestamptz not null, constraint "clicks_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "clicks_partner_id_clicked_at_index" on "clicks" ("partner_id", "clicked_at");`,
    );
    this.addSql(`create index "clicks_ip_hash_clicked_at_index" on "clicks" ("ip_hash", "clicked_at");`);
    this.addSql(
      `create index "clicks_visitor_id_clicked_at_index" on "clicks" ("visitor_id", "clicked_at");`,
    );

    this.addSql(
      `alter table "clicks" add constraint "clicks_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clicks" cascade;`);
  }
}
