import { Migration } from '@mikro-orm/migrations';

export class Migration20261203073909_api_key_rotation_password_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_reset_tokens" ("token_hash" varchar(64) not null, "admin_user_id" uuid null, "partner_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_tokens_pkey" primary key ("token_hash"));`,
    );
    this.addSql(
      `create index "password_reset_tokens_admin_user_id_index" on "password_reset_tokens" ("admin_user_id");`,
    );
    this.addSql(
      `create index "password_reset_tokens_partner_id_index" on "password_reset_tokens" ("partner_id");`,
    );

    this.addSql(
      `alter table "password_reset_tokens" add constraint "password_reset_tokens_admin_user_id_foreign" foreign key ("admin_user_id") references "admin_users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "password_reset_tokens" add constraint "password_reset_tokens_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "email_templates" drop constraint if exists "email_templates_kind_check";`);

    this.addSql(`alter table "outbound_emails" drop constraint if exists "outbound_emails_kind_check";`);

    this.addSql(
      `alter table "api_keys" add column "expires_at" timestamptz null, add column "rate_limit_per_minute" int null, add column "previous_secret_hash" varchar(64) null, add column "previous_secret_expires_at" timestamptz null, add column "rotated_at" timestamptz null;`,
    );
    this.addSql(`create index "api_keys_previous_secret_hash_index" on "api_keys" ("previous_secret_hash");`);

    this.addSql(
      `alter table "email_templates" add constraint "email_templates_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET'));`,
    );

    this.addSql(
      `alter table "outbound_emails" add constraint "outbound_emails_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT', 'PASSWORD_RESET'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset_tokens" cascade;`);

    this.addSql(`alter table "email_templates" drop constraint if exists "email_templates_kind_check";`);

    this.addSql(`alter table "outbound_emails" drop constraint if exists "outbound_emails_kind_check";`);

    this.addSql(`drop index "api_keys_previous_secret_hash_index";`);
    this.addSql(
      `alter table "api_keys" drop column "expires_at", drop column "rate_limit_per_minute", drop column "previous_secret_hash", drop column "previous_secret_expires_at", drop column "rotated_at";`,
    );

    this.addSql(
      `alter table "email_templates" add constraint "email_templates_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT'));`,
    );

    this.addSql(
      `alter table "outbound_emails" add constraint "outbound_emails_kind_check" check("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT'));`,
    );
  }
}
