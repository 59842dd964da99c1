import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import { renderTemplateText, type PartnerEmailKind } from '@partnerkit/domain';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { EmailTemplate } from './email-template.entity.js';
import { OutboundEmail } from './outbound-email.entity.js';
import { isDatabaseUnavailable } from '../../database/database-outage.js';

export interface MailerOptions {
  /** Base URL of links in emails (portal, tracking links). */
  publicUrl: string;
  /** smtp(s)://user:pass@host:port; without it emails are kept in the outbox (status HELD). */
  smtpUrl?: string;
  from: string;
  log?: { warn(object: unknown, message: string): void; info(object: unknown, message: string): void };
  /** How often the worker looks for due emails (ms). */
  pollMs?: number;
}

/** Values of the kind-specific merge fields (`note` for APPROVED/REJECTED, `amount` for money emails). */
export interface PartnerEmailValues {
  note?: string | null;
  /** A formatted amount, e.g. "$12.50". */
  amount?: string;
}

/** Waits before attempt n+1 (ms), then the email is FAILED. */
const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An email being sent is leased this long; a crashed sender's emails are retried after it. */
const LEASE_MS = 5 * 60_000;

/**
 * Partner emails. `queuePartnerEmail` renders a template and writes the email to the outbox in the caller's
 * transaction, so an action that rolls back sends nothing; the worker delivers due emails with nodemailer
 * after commit (`kick()`), retrying with backoff. Sending never blocks or fails the action that caused it.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private orm: MikroORM | null = null;

  constructor(private readonly options: MailerOptions) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  get smtpConfigured(): boolean {
    return this.transport !== null;
  }

  /** Merge-field values for `partner` (name, code, links) plus the kind-specific ones. */
  mergeValuesOf(partner: Partner, programName: string, values: PartnerEmailValues = {}) {
    const base = this.options.publicUrl.replace(/\/$/, '');
    return {
      name: partner.name,
      code: partner.code,
      portalLink: `${base}/portal/`,
      trackingLink: `${base}/r/${partner.code}`,
      programName,
      note: values.note?.trim() ?? '',
      amount: values.amount ?? '',
    };
  }

  /**
   * Renders the partner email `kind` and adds it to the outbox inside `tx` (the caller's transaction; use
   * nothing else while it is open). Call {@link kick} after the transaction commits. FIRST_COMMISSION honours
   * the partner's `notifyOnSale`, PAYMENT_SENT `notifyOnPayment`: nothing is queued when they are off.
   * Returns the queued email, or null when the partner does not want it.
   */
  async queuePartnerEmail(
    tx: EntityManager,
    kind: PartnerEmailKind,
    partner: Partner,
    values: PartnerEmailValues = {},
  ): Promise<OutboundEmail | null> {
    if (kind === 'FIRST_COMMISSION' && !partner.notifyOnSale) return null;
    if (kind === 'PAYMENT_SENT' && !partner.notifyOnPayment) return null;
    const programs = partner.programs.isInitialized()
      ? partner.programs.getItems()
      : await tx.find(Program, { id: { $in: await this.programIdsOf(tx, partner) } });
    const merge = this.mergeValuesOf(partner, programs[0]?.name ?? 'our partner program', values);
    return this.queue(tx, kind, { partnerId: partner.id, to: partner.email }, merge);
  }

  /**
   * The password-reset email (partners and admins alike) with its one-time link, in the outbox inside `tx`.
   * Call {@link kick} after the commit.
   */
  async queuePasswordResetEmail(
    tx: EntityManager,
    recipient: { to: string; name: string; partner?: Partner | null },
    resetLink: string,
  ): Promise<OutboundEmail> {
    const base = this.options.publicUrl.replace(/\/$/, '');
    const merge = {
      ...(recipient.partner
        ? this.mergeValuesOf(recipient.partner, '')
        : { code: '', portalLink: `${base}/admin/`, trackingLink: '', programName: '' }),
      name: recipient.name,
      resetLink,
    };
    return this.queue(
      tx,
      'PASSWORD_RESET',
      { partnerId: recipient.partner?.id ?? null, to: recipient.to },
      merge,
    );
  }

  /**
   * The invitation of a new admin with its one-time link, in the outbox inside `tx` (`programName`: the
   * first program's name). Call {@link kick} after the commit.
   */
  async queueAdminInviteEmail(
    tx: EntityManager,
    invite: { to: string; role: string; invitedBy: string },
    inviteLink: string,
  ): Promise<OutboundEmail> {
    const [program] = await tx.find(Program, {}, { orderBy: { createdAt: 'asc' }, limit: 1 });
    const merge = {
      name: '',
      code: '',
      portalLink: `${this.publicUrl}/admin/`,
      trackingLink: '',
      programName: program?.name ?? 'Partnerkit',
      role: invite.role.toLowerCase(),
      invitedBy: invite.invitedBy,
      inviteLink,
    };
    return this.queue(tx, 'ADMIN_INVITE', { partnerId: null, to: invite.to }, merge);
  }

  /**
   * The one way an email enters the outbox: the template `kind` (the admin's edited one, else the default)
   * rendered with `merge`, QUEUED when SMTP is configured, else HELD. Inside `tx`, sent after the commit.
   */
  private async queue(
    tx: EntityManager,
    kind: PartnerEmailKind,
    recipient: { partnerId: string | null; to: string },
    merge: Parameters<typeof renderTemplateText>[1],
  ): Promise<OutboundEmail> {
    const template = (await tx.findOne(EmailTemplate, { kind })) ?? DEFAULT_TEMPLATES[kind];
    const email = tx.create(OutboundEmail, {
      kind,
      ...recipient,
      subject: renderTemplateText(template.subject, merge).replace(/\s+/g, ' ').trim(),
      body: renderTemplateText(template.body, merge),
      status: this.transport ? 'QUEUED' : 'HELD',
      lastError: this.transport ? null : 'No SMTP server is configured (SMTP_URL): kept in the outbox.',
    });
    tx.persist(email);
    return email;
  }

  /** Base URL of links in emails. */
  get publicUrl(): string {
    return this.options.publicUrl.replace(/\/$/, '');
  }

  private async programIdsOf(tx: EntityManager, partner: Partner): Promise<string[]> {
    const rows: Array<{ program_id: string }> = await tx
      .getConnection()
      .execute(
        'select program_id from partner_programs where partner_id = ?',
        [partner.id],
        'all',
        tx.getTransactionContext(),
      );
    return rows.map((row) => row.program_id);
  }

  /** Starts the delivery worker (one per API process; several processes share the outbox safely). */
  start(orm: MikroORM): void {
    this.orm = orm;
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 5_000);
    this.timer.unref();
    this.kick();
  }

  /** Delivers due emails soon (call after a transaction that queued emails has committed). */
  kick(): void {
    if (!this.transport || !this.orm) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) =>
        isDatabaseUnavailable(error)
          ? this.options.log?.warn({}, 'email delivery round skipped: database unavailable')
          : this.options.log?.warn({ err: error }, 'email delivery round failed'),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Claims due emails (one atomic UPDATE with SKIP LOCKED, so several API instances never send one twice) and
   * sends them. Returns how many were sent.
   */
  async deliverDue(now = new Date()): Promise<number> {
    if (!this.transport || !this.orm) return 0;
    const connection = this.orm.em.fork().getConnection();
    const claimed: Array<{ id: string; to: string; subject: string; body: string; attempts: number }> =
      await connection.execute(
        `update outbound_emails set attempts = attempts + 1, next_attempt_at = ?
         where id in (select id from outbound_emails where status = 'QUEUED' and next_attempt_at <= ?
                      order by next_attempt_at limit 20 for update skip locked)
         returning id, "to", subject, body, attempts`,
        [new Date(now.getTime() + LEASE_MS), now],
        'all',
      );
    let sent = 0;
    for (const email of claimed) {
      try {
        await this.transport.sendMail({
          from: this.options.from,
          to: email.to,
          subject: email.subject,
          text: email.body,
        });
        await connection.execute(
          `update outbound_emails set status = 'SENT', sent_at = ?, last_error = null, updated_at = ? where id = ?`,
          [new Date(), new Date(), email.id],
        );
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = email.attempts >= MAX_ATTEMPTS;
        const retryAt = new Date(now.getTime() + (RETRY_DELAYS_MS[email.attempts - 1] ?? 0));
        await connection.execute(
          `update outbound_emails set status = ?, last_error = ?, next_attempt_at = ?, updated_at = ? where id = ?`,
          [failed ? 'FAILED' : 'QUEUED', message.slice(0, 2000), retryAt, new Date(), email.id],
        );
        this.options.log?.warn(
          { emailId: email.id, attempts: email.attempts, failed },
          `email delivery failed: ${message}`,
        );
      }
    }
    return sent;
  }

  /** Stops the worker and waits for a round in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport?.close();
  }
}
