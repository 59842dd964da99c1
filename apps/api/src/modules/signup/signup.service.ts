import { type EntityManager } from '@mikro-orm/postgresql';
import { isDomainError, normalizePartnerCode, parseCustomFieldValues } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { normalizeEmail } from '../../common/email.js';
import { parseId } from '../../common/ids.js';
import { type RateLimit } from '../../common/rate-limit.js';
import { requiredText } from '../../common/text.js';
import { type EventBus } from '../../events/event-bus.js';
import { assertAcceptablePassword, hashPassword } from '../../common/password.js';
import { type Mailer } from '../emails/mailer.service.js';
import { Partner, PayoutMethod } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { type SignUpPartnerInput } from './signup.input.js';
import { type PartnerCodeAvailability, type SignupForm, type SignUpResult } from './signup.type.js';
import { partnerApplied, partnerApproved, type WebhookService } from '../webhooks/webhook.service.js';

export interface SignupLimits {
  /** Signups per client IP per 10 minutes. */
  signups: RateLimit;
  /** Code availability checks per client IP per minute. */
  codeChecks: RateLimit;
}

/**
 * Public signup: the form of an open program, live code checks and applications. Unauthenticated, so every
 * input is checked, nothing about other partners is revealed beyond "this code is taken", and each client IP
 * is rate-limited.
 */
export class SignupService {
  constructor(
    private readonly mailer: Mailer,
    private readonly events: EventBus,
    private readonly limits: SignupLimits,
    private readonly webhooks: WebhookService,
  ) {}

  async form(em: EntityManager, programId: string): Promise<SignupForm> {
    const program = await this.openProgram(em, programId);
    return {
      programId: program.id,
      programName: program.name,
      notes: program.notes,
      asksParentCode: program.signupAsksParentCode,
      asksPayoutEmail: program.signupAsksPayoutEmail,
      fields: program.signupFields.map((field) => ({ ...field, options: [...field.options] })),
    };
  }

  async codeAvailability(em: EntityManager, raw: string, clientIp: string): Promise<PartnerCodeAvailability> {
    await this.limits.codeChecks.consume(clientIp);
    let code: string;
    try {
      code = normalizePartnerCode(raw);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return { code: raw.trim().toLowerCase(), available: false, reason: error.code, message: error.message };
    }
    const taken = (await em.count(Partner, { code })) > 0;
    return {
      code,
      available: !taken,
      reason: taken ? 'PARTNER_CODE_TAKEN' : null,
      message: taken ? `The code "${code}" is taken.` : null,
    };
  }

  async signUp(em: EntityManager, input: SignUpPartnerInput, clientIp: string): Promise<SignUpResult> {
    await this.limits.signups.consume(clientIp);
    const programId = parseId(input.programId, 'programId');
    const code = normalizePartnerCode(input.code);
    const name = requiredText(input.name, 'name', 200);
    const email = normalizeEmail(input.email);
    assertAcceptablePassword(input.password);
    const parentCode = input.parentCode?.trim().toLowerCase() || null;
    // Hashed before the transaction: the embedded database runs one transaction at a time.
    const passwordHash = await hashPassword(input.password);

    const partner = await em.transactional(async (tx) => {
      const program = await this.openProgram(tx, programId);
      const payoutEmail =
        program.signupAsksPayoutEmail && input.payoutEmail?.trim()
          ? normalizeEmail(input.payoutEmail, 'payoutEmail')
          : null;
      const customFields = parseCustomFieldValues(program.signupFields, input.customFields ?? {});
      const parent = await this.parentOf(tx, program, parentCode);
      if (await tx.count(Partner, { code })) {
        fail('PARTNER_CODE_TAKEN', `The code "${code}" is taken.`, 'code');
      }
      if (await tx.count(Partner, { email })) {
        // Neutral: a visitor must not learn which addresses partners use.
        fail(
          'EMAIL_UNAVAILABLE',
          'This email address cannot be used to apply. If you are a partner already, sign in instead.',
          'email',
        );
      }
      const created = tx.create(Partner, {
        code,
        name,
        email,
        status: program.autoApprove ? 'ACTIVE' : 'PENDING',
        approvedAt: program.autoApprove ? new Date() : null,
        parent,
        customFields,
        source: 'SIGNUP',
        payoutMethod: payoutEmail ? PayoutMethod.PAYPAL : null,
        payoutDestination: payoutEmail,
        passwordHash,
      });
      created.programs.set([program]);
      await this.mailer.queuePartnerEmail(tx, 'WELCOME', created);
      if (program.autoApprove) await this.mailer.queuePartnerEmail(tx, 'APPROVED', created);
      await this.webhooks.enqueue(tx, [
        partnerApplied(created),
        ...(program.autoApprove ? [partnerApproved(created)] : []),
      ]);
      return created;
    });
    this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
    this.mailer.kick();
    return { code: partner.code, status: partner.status };
  }

  private async openProgram(em: EntityManager, programId: string): Promise<Program> {
    const program = await em.findOne(Program, { id: parseId(programId, 'programId'), signupOpen: true });
    if (!program) fail('PROGRAM_NOT_FOUND', 'Program not found.', 'programId');
    return program;
  }

  /**
   * The recruiting partner: the code of the link or form (an active partner), else the program's default.
   * An unknown or inactive code gets one message, so the form does not reveal partners' statuses.
   */
  private async parentOf(tx: EntityManager, program: Program, parentCode: string | null) {
    if (parentCode) {
      const parent = await tx.findOne(Partner, { code: parentCode, status: 'ACTIVE' });
      if (!parent) {
        fail('PARENT_NOT_FOUND', `No active partner has the code "${parentCode}".`, 'parentCode');
      }
      return parent;
    }
    return program.signupParentId ? tx.findOne(Partner, { id: program.signupParentId }) : null;
  }
}
