import { Migration } from '@mikro-orm/migrations';

export class Migration20261124063836_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "admin_users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(200) not null, "role" text check ("role" in ('OWNER', 'ADMIN')) not null default 'ADMIN', "password_hash" varchar(255) not null, constraint "admin_users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "admin_users" add constraint "admin_users_email_unique" unique ("email");`);

    this.addSql(
      `create table "api_keys" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, "prefix" varchar(24) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "created_by_id" uuid null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_keys_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`,
    );

    this.addSql(
      `create table "partners" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name" varchar(200) not null, "email" varchar(254) not null, "status" text check ("status" in ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED')) not null default 'PENDING', "parent_id" uuid null, "cookie_window_days" int null, "payout_method" text check ("payout_method" in ('PAYPAL', 'BANK_TRANSFER', 'CHECK', 'OTHER')) null, "payout_destination" varchar(254) null, "notify_on_sale" boolean not null default true, "notify_on_payment" boolean not null default true, "custom_fields" jsonb not null default '{}', "password_hash" varchar(255) null, "approved_at" timestamptz null, constraint "partners_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "partners" add constraint "partners_code_unique" unique ("code");`);
    this.addSql(`alter table "partners" add constraint "partners_email_unique" unique ("email");`);
    this.addSql(`create index "partners_status_index" on "partners" ("status");`);

    this.addSql(
      `create table "programs" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, "notes" text not null default '', "priority" int not null default 100, "currency" varchar(3) not null, "cookie_window_days" int not null default 30, "attribution_mode" text check ("attribution_mode" in ('FIRST', 'LAST', 'SPLIT')) not null default 'LAST', "levels" int not null default 2, "hold_days" int not null default 30, "minimum_payout_minor" bigint not null default 0, "time_zone" varchar(64) not null default 'UTC', "auto_approve" boolean not null default false, constraint "programs_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "partner_programs" ("partner_id" uuid not null, "program_id" uuid not null, constraint "partner_programs_pkey" primary key ("partner_id", "program_id"));`,
    );

    this.addSql(
      `create table "sessions" ("token_hash" varchar(64) not null, "admin_user_id" uuid null, "partner_id" uuid null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, constraint "sessions_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(
      `alter table "api_keys" add constraint "api_keys_created_by_id_foreign" foreign key ("created_by_id") references "admin_users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "partners" add constraint "partners_parent_id_foreign" foreign key ("parent_id") references "partners" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "partner_programs" add constraint "partner_programs_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_programs" add constraint "partner_programs_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "sessions" add constraint "sessions_admin_user_id_foreign" foreign key ("admin_user_id") references "admin_users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sessions" add constraint "sessions_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_keys" drop constraint "api_keys_created_by_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_admin_user_id_foreign";`);

    this.addSql(`alter table "partners" drop constraint "partners_parent_id_foreign";`);

    this.addSql(`alter table "partner_programs" drop constraint "partner_programs_partner_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_partner_id_foreign";`);

    this.addSql(`alter table "partner_programs" drop constraint "partner_programs_program_id_foreign";`);

    this.addSql(`drop table if exists "admin_users" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "partners" cascade;`);

    this.addSql(`drop table if exists "programs" cascade;`);

    this.addSql(`drop table if exists "partner_programs" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);
  }
}
