import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071343_enrollment extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "email_templates" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT')) not null, "subject" varchar(300) not null, "body" text not null, constraint "email_templates_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "email_templates" add constraint "email_templates_kind_unique" unique ("kind");`,
    );

    this.addSql(
      `create table "outbound_emails" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('WELCOME', 'APPROVED', 'REJECTED', 'FIRST_COMMISSION', 'PAYMENT_SENT')) not null, "partner_id" uuid null, "to" varchar(254) not null, "subject" varchar(300) not null, "body" text not null, "status" text check ("status" in ('QUEUED', 'SENT', 'FAILED', 'HELD')) not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, constraint "outbound_emails_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbound_emails_partner_id_index" on "outbound_emails" ("partner_id");`);
    this.addSql(
      `create index "outbound_emails_status_next_attempt_at_index" on "outbound_emails" ("status", "next_attempt_at");`,
    );

    this.addSql(
      `alter table "partners" add column "review_note" text null, add column "source" varchar(16) null;`,
    );

    this.addSql(
      `alter table "programs" add column "signup_open" boolean not null default false, add column "signup_asks_parent_code" boolean not null default false, add column "signup_asks_payout_email" boolean not null default false, add column "signup_parent_id" uuid null, add column "signup_fields" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "email_templates" cascade;`);

    this.addSql(`drop table if exists "outbound_emails" cascade;`);

    this.addSql(`alter table "partners" drop column "review_note", drop column "source";`);

    this.addSql(
      `alter table "programs" drop column "signup_open", drop column "signup_asks_parent_code", drop column "signup_asks_payout_email", drop column "signup_parent_id", drop column "signup_fields";`,
    );
  }
}
