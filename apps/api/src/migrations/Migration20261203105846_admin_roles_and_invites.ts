import { Migration } from '@mikro-orm/migrations';

export class Migration20261203105846_admin_roles_and_invites extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "admin_invites" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "role" text check ("role" in ('OWNER', 'MANAGER', 'VIEWER')) not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "admin_invites_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "admin_invites_email_index" on "admin_invites" ("email");`);
    this.addSql(
      `alter table "admin_invites" add constraint "admin_invites_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "admin_invites" add constraint "admin_invites_invited_by_id_foreign" foreign key ("invited_by_id") references "admin_users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "admin_users" drop constraint if exists "admin_users_role_check";`);

    this.addSql(`alter table "email_templates" drop constraint if exists "email_templates_kind_check";`);

    this.addSql(`alter table "outbound_emails" drop constraint if exists "outbound_emails_kind_check";`);

    this.addSql(`alter table "admin_users" alter column "role" type text using ("role"::text);`);
    this.addSql(`alter table "admin_users" alter column "role" set default 'MANAGER';`);
    // Admins of before the roles ran the program: managers now. A program always has an owner: without one,
    // the oldest admin becomes it.
    this.addSql(`update "admin_users" set "role" = 'MANAGER' where "role" = 'ADMIN';`);
    this.addSql(
      `update "admin_users" set "role" = 'OWNER' where "id" = (select "id" from "admin_users" order by "created_at", "id" limit 1) and not exists (select 1 from "admin_users" where "role" = 'OWNER');`,
    );
    this.addSql(
      `alter table "admin_users" add constraint "admin_users_role_check" check("role" in ('OWNER', 'MANAGER', 'VIEWER'));`,
    );

    this.addSql(
      `alter table "email_templates" add constraint "email_templates_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET', 'ADMIN_INVITE'));`,
    );

    this.addSql(
      `alter table "outbound_emails" add constraint "outbound_emails_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET', 'ADMIN_INVITE'));`,
    );

    this.addSql(`alter table "payout_batches" add column "api_key_id" uuid null;`);
    this.addSql(`alter table "payout_batches" alter column "admin_id" drop default;`);
    this.addSql(
      `alter table "payout_batches" alter column "admin_id" type uuid using ("admin_id"::text::uuid);`,
    );
    this.addSql(`alter table "payout_batches" alter column "admin_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_invites" cascade;`);

    this.addSql(`alter table "admin_users" drop constraint if exists "admin_users_role_check";`);

    this.addSql(`alter table "email_templates" drop constraint if exists "email_templates_kind_check";`);

    this.addSql(`alter table "outbound_emails" drop constraint if exists "outbound_emails_kind_check";`);

    this.addSql(`delete from "outbound_emails" where "kind" = 'ADMIN_INVITE';`);
    this.addSql(`delete from "email_templates" where "kind" = 'ADMIN_INVITE';`);

    this.addSql(`alter table "admin_users" alter column "role" type text using ("role"::text);`);
    this.addSql(`alter table "admin_users" alter column "role" set default 'ADMIN';`);
    this.addSql(`update "admin_users" set "role" = 'ADMIN' where "role" <> 'OWNER';`);
    this.addSql(
      `alter table "admin_users" add constraint "admin_users_role_check" check("role" in ('OWNER', 'ADMIN'));`,
    );

    this.addSql(
      `alter table "email_templates" add constraint "email_templates_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET'));`,
    );

    this.addSql(
      `alter table "outbound_emails" add constraint "outbound_emails_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET'));`,
    );

    this.addSql(`alter table "payout_batches" drop column "api_key_id";`);

    this.addSql(`alter table "payout_batches" alter column "admin_id" drop default;`);
    this.addSql(
      `alter table "payout_batches" alter column "admin_id" type uuid using ("admin_id"::text::uuid);`,
    );
    this.addSql(`alter table "payout_batches" alter column "admin_id" set not null;`);
  }
}
