import { Migration } from '@mikro-orm/migrations';

export class Migration20261203105519_partner_views extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_views" ("id" uuid not null, "admin_user_id" uuid not null, "partner_id" uuid not null, "token_hash" varchar(64) not null, "admin_session_hash" varchar(64) not null, "started_at" timestamptz not null, "token_expires_at" timestamptz not null, "token_used_at" timestamptz null, "ends_at" timestamptz not null, "ended_at" timestamptz null, constraint "partner_views_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_views_admin_user_id_index" on "partner_views" ("admin_user_id");`);
    this.addSql(`create index "partner_views_partner_id_index" on "partner_views" ("partner_id");`);
    this.addSql(
      `alter table "partner_views" add constraint "partner_views_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "partner_views" add constraint "partner_views_admin_user_id_foreign" foreign key ("admin_user_id") references "admin_users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_views" add constraint "partner_views_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "sessions" add column "partner_view_id" uuid null, add column "started_by_token_hash" varchar(64) null;`,
    );
    this.addSql(
      `alter table "sessions" add constraint "sessions_partner_view_id_foreign" foreign key ("partner_view_id") references "partner_views" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sessions" add constraint "sessions_started_by_token_hash_foreign" foreign key ("started_by_token_hash") references "sessions" ("token_hash") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "sessions_partner_view_id_index" on "sessions" ("partner_view_id");`);
    this.addSql(
      `create index "sessions_started_by_token_hash_index" on "sessions" ("started_by_token_hash");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_partner_view_id_foreign";`);

    this.addSql(`drop table if exists "partner_views" cascade;`);

    this.addSql(`alter table "sessions" drop constraint "sessions_started_by_token_hash_foreign";`);

    this.addSql(`drop index "sessions_partner_view_id_index";`);
    this.addSql(`drop index "sessions_started_by_token_hash_index";`);
    this.addSql(`alter table "sessions" drop column "partner_view_id", drop column "started_by_token_hash";`);
  }
}
