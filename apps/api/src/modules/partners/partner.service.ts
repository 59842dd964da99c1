import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import {
  DomainError,
  isDomainError,
  assertCookieWindowOverride,
  assertInitialPartnerStatus,
  assertNoParentCycle,
  assertPartnerStatusTransition,
  normalizePartnerCode,
} from '@partnerkit/domain';
import { AppError, fail } from '../../errors/app-error.js';
import { normalizeEmail } from '../../common/email.js';
import { paginate } from '../../graphql/paginate.js';
import { parseId, parseIds } from '../../common/ids.js';
import { containsPattern } from '../../common/search.js';
import { requiredText } from '../../common/text.js';
import { type EventBus } from '../../events/event-bus.js';
import { assertAcceptablePassword, hashPassword } from '../../common/password.js';
import { type Mailer } from '../emails/mailer.service.js';
import { Program } from '../../kernel/program.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type PartnersArgs } from './partner.args.js';
import { partnerApproved, type WebhookService } from '../webhooks/webhook.service.js';
import {
  type CreatePartnerInput,
  type UpdateMyProfileInput,
  type UpdatePartnerInput,
} from './partner.input.js';

const CUSTOM_FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const MAX_REVIEW = 500;

/** Ends every session of a partner (the auth module's `AuthService`). */
export interface PartnerSessions {
  endAllSessions(em: EntityManager, owner: { partnerId: string }): Promise<void>;
}

/** Partners: create, edit, list, and a partner's own profile. Every write is one transaction. */
export class PartnerService {
  /** @param sessions ends a partner's sessions when an admin sets the password, suspends or rejects. */
  constructor(
    private readonly events: EventBus,
    private readonly mailer: Mailer,
    private readonly sessions?: PartnerSessions,
    private readonly webhooks?: WebhookService,
  ) {}

  async list(em: EntityManager, args: PartnersArgs) {
    const where: FilterQuery<Partner> = {};
    if (args.status) where.status = args.status;
    if (args.programId) where.programs = { id: parseId(args.programId, 'programId') };
    if (args.customField) {
      const key = args.customField.key.trim();
      if (!CUSTOM_FIELD_KEY.test(key)) {
        fail('CUSTOM_FIELD_KEY_INVALID', 'A custom field key is letters, digits or "_".', 'customField.key');
      }
      where.customFields = { [key]: args.customField.value };
    }
    const search = args.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      where.$or = [
        { code: { $ilike: pattern } },
        { name: { $ilike: pattern } },
        { email: { $ilike: pattern } },
      ];
    }
    // The parent and programs of the page's partners are loaded by their field resolvers, batched.
    return paginate(em, Partner, where, args, { createdAt: 'desc', id: 'desc' });
  }

  async get(em: EntityManager, id: string): Promise<Partner> {
    const partner = await em.findOne(Partner, { id: parseId(id) }, { populate: ['parent', 'programs'] });
    if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'id');
    return partner;
  }

  async getByCode(em: EntityManager, code: string): Promise<Partner> {
    const partner = await em.findOne(
      Partner,
      { code: code.trim().toLowerCase() },
      { populate: ['parent', 'programs'] },
    );
    if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'code');
    return partner;
  }

  async create(em: EntityManager, input: CreatePartnerInput): Promise<Partner> {
    const code = normalizePartnerCode(input.code);
    const email = normalizeEmail(input.email);
    const name = requiredText(input.name, 'name', 200);
    if (input.password != null) assertAcceptablePassword(input.password);
    assertInitialPartnerStatus(input.status);
    const partner = await em.transactional(async (tx) => {
      await this.assertCodeFree(tx, code);
      await this.assertEmailFree(tx, email);
      const created = tx.create(Partner, {
        code,
        email,
        name,
        status: input.status,
        source: 'ADMIN',
        approvedAt: input.status === 'ACTIVE' ? new Date() : null,
        customFields: input.customFields ?? {},
        passwordHash: input.password != null ? await hashPassword(input.password) : null,
      });
      if (input.parentCode) created.parent = await this.findParent(tx, input.parentCode);
      created.programs.set(await this.findPrograms(tx, input.programIds));
      return created;
    });
    this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
    return partner;
  }

  async update(em: EntityManager, id: string, input: UpdatePartnerInput): Promise<Partner> {
    let endSessions = false;
    const partner = await em.transactional(async (tx) => {
      const current = await tx.findOne(Partner, { id: parseId(id) }, { populate: ['programs', 'parent'] });
      if (!current) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'id');
      if (input.name != null) current.name = requiredText(input.name, 'name', 200);
      if (input.email != null) await this.changeEmail(tx, current, input.email);
      if (input.status != null && input.status !== current.status) {
        assertPartnerStatusTransition(current.status, input.status);
        if (input.status === 'ACTIVE' && !current.approvedAt) current.approvedAt = new Date();
        current.status = input.status;
        endSessions ||= input.status === 'SUSPENDED' || input.status === 'REJECTED';
      }
      if (input.parentCode !== undefined) await this.changeParent(tx, current, input.parentCode);
      if (input.programIds != null) current.programs.set(await this.findPrograms(tx, input.programIds));
      if (input.cookieWindowDays !== undefined) {
        assertCookieWindowOverride(input.cookieWindowDays);
        current.cookieWindowDays = input.cookieWindowDays;
      }
      this.applyPayout(current, input);
      if (input.customFields != null) current.customFields = input.customFields;
      if (input.password != null) {
        assertAcceptablePassword(input.password);
        current.passwordHash = await hashPassword(input.password);
        endSessions = true;
      }
      if (endSessions) await this.sessions?.endAllSessions(tx, { partnerId: current.id });
      return current;
    });
    this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
    if (endSessions) this.events.publish('SESSIONS_ENDED', { partnerId: partner.id });
    return partner;
  }

  /**
   * Approves (ACTIVE) or rejects (REJECTED) pending applications, all or none: one partner that is not
   * PENDING refuses the whole batch (field `ids[i]`). Each partner gets the APPROVED or REJECTED email with the
   * optional note; the emails are queued in the same transaction.
   */
  async review(
    em: EntityManager,
    rawIds: string[],
    decision: 'ACTIVE' | 'REJECTED',
    rawNote: string | null | undefined,
  ): Promise<Partner[]> {
    if (rawIds.length === 0) fail('REQUIRED', 'Choose at least one partner.', 'ids');
    if (rawIds.length > MAX_REVIEW) {
      fail('TOO_MANY', `Review at most ${MAX_REVIEW} partners at once.`, 'ids');
    }
    const ids = [...new Set(parseIds(rawIds, 'ids'))];
    const note = rawNote?.trim() || null;
    if (note && note.length > 2000) fail('TOO_LONG', 'note has at most 2000 characters.', 'note');
    const partners = await em.transactional(async (tx) => {
      const found = await tx.find(Partner, { id: { $in: ids } }, { populate: ['programs'] });
      const byId = new Map(found.map((partner) => [partner.id, partner]));
      const now = new Date();
      const reviewed: Partner[] = [];
      for (const [index, id] of ids.entries()) {
        const partner = byId.get(id);
        if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', `ids[${index}]`);
        if (partner.status !== 'PENDING') {
          fail(
            'PARTNER_NOT_PENDING',
            `${partner.name} (${partner.code}) is ${partner.status}, not awaiting approval.`,
            `ids[${index}]`,
          );
        }
        assertPartnerStatusTransition(partner.status, decision);
        partner.status = decision;
        partner.reviewNote = note;
        if (decision === 'ACTIVE') partner.approvedAt = now;
        else await this.sessions?.endAllSessions(tx, { partnerId: partner.id });
        await this.mailer.queuePartnerEmail(tx, decision === 'ACTIVE' ? 'APPROVED' : 'REJECTED', partner, {
          note,
        });
        reviewed.push(partner);
      }
      await this.webhooks?.enqueue(
        tx,
        reviewed.filter((partner) => partner.status === 'ACTIVE').map((partner) => partnerApproved(partner)),
      );
      return reviewed;
    });
    for (const partner of partners) {
      this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
      if (decision === 'REJECTED') this.events.publish('SESSIONS_ENDED', { partnerId: partner.id });
    }
    this.mailer.kick();
    return partners;
  }

  /** A partner edits their own profile: name, email, payout details and notification preferences. */
  async updateOwnProfile(
    em: EntityManager,
    partnerId: string,
    input: UpdateMyProfileInput,
  ): Promise<Partner> {
    const partner = await em.transactional(async (tx) => {
      const current = await tx.findOne(Partner, { id: partnerId });
      if (!current) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'id');
      if (input.name != null) current.name = requiredText(input.name, 'name', 200);
      if (input.email != null) {
        // A partner must not learn which addresses other partners use: a neutral message, no "taken".
        await this.changeEmail(
          tx,
          current,
          input.email,
          () =>
            new AppError('EMAIL_UNAVAILABLE', 'This email address cannot be used for your account.', 'email'),
        );
      }
      this.applyPayout(current, input);
      if (input.notifyOnSale != null) current.notifyOnSale = input.notifyOnSale;
      if (input.notifyOnPayment != null) current.notifyOnPayment = input.notifyOnPayment;
      return current;
    });
    this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
    return partner;
  }

  private applyPayout(
    partner: Partner,
    input: Pick<UpdatePartnerInput, 'payoutMethod' | 'payoutDestination'>,
  ): void {
    if (input.payoutMethod !== undefined) partner.payoutMethod = input.payoutMethod;
    if (input.payoutDestination !== undefined) {
      const destination = input.payoutDestination?.trim() || null;
      if (destination && destination.length > 254) {
        fail('TOO_LONG', 'payoutDestination has at most 254 characters.', 'payoutDestination');
      }
      partner.payoutDestination = destination;
    }
    if (partner.payoutMethod === 'PAYPAL' && partner.payoutDestination) {
      partner.payoutDestination = normalizeEmail(partner.payoutDestination, 'payoutDestination');
    }
  }

  private async changeEmail(em: EntityManager, partner: Partner, raw: string, taken?: () => Error) {
    const email = normalizeEmail(raw);
    if (email === partner.email) return;
    if (taken && (await em.count(Partner, { email }))) throw taken();
    await this.assertEmailFree(em, email);
    partner.email = email;
  }

  private async changeParent(em: EntityManager, partner: Partner, parentCode: string | null) {
    if (parentCode === null || parentCode.trim() === '') {
      partner.parent = null;
      return;
    }
    const parent = await this.findParent(em, parentCode);
    const chain = await this.ancestorChain(em, parent.id);
    try {
      assertNoParentCycle(partner.id, parent.id, (id) => chain.get(id) ?? null);
    } catch (error) {
      // The caller named the parent by code: point the error at that input.
      if (isDomainError(error)) throw new DomainError(error.code, error.message, 'parentCode');
      throw error;
    }
    partner.parent = parent;
  }

  /**
   * Parent of every ancestor of `startId` (itself included), in one recursive query. Runs inside `em`'s
   * transaction: a query outside it would wait for it forever on the embedded database, which runs one
   * transaction at a time.
   */
  private async ancestorChain(em: EntityManager, startId: string): Promise<Map<string, string | null>> {
    const rows: Array<{ id: string; parent_id: string | null }> = await em.getConnection().execute(
      `with recursive chain(id, parent_id, depth) as (
         select id, parent_id, 0 from partners where id = ?
         union all
         select p.id, p.parent_id, c.depth + 1 from partners p join chain c on p.id = c.parent_id where c.depth < 1000
       ) select id, parent_id from chain`,
      [startId],
      'all',
      em.getTransactionContext(),
    );
    return new Map(rows.map((row) => [row.id, row.parent_id]));
  }

  private async findParent(em: EntityManager, parentCode: string): Promise<Partner> {
    const parent = await em.findOne(Partner, { code: parentCode.trim().toLowerCase() });
    if (!parent) fail('PARENT_NOT_FOUND', `No partner has the code "${parentCode}".`, 'parentCode');
    return parent;
  }

  private async findPrograms(em: EntityManager, ids: string[]): Promise<Program[]> {
    const unique = [...new Set(parseIds(ids, 'programIds'))];
    if (unique.length === 0) return [];
    const programs = await em.find(Program, { id: { $in: unique } });
    if (programs.length !== unique.length) {
      fail('PROGRAM_NOT_FOUND', 'One of the programs does not exist.', 'programIds');
    }
    return programs;
  }

  private async assertCodeFree(em: EntityManager, code: string) {
    if (await em.count(Partner, { code })) {
      fail('PARTNER_CODE_TAKEN', `The code "${code}" is taken.`, 'code');
    }
  }

  private async assertEmailFree(em: EntityManager, email: string) {
    if (await em.count(Partner, { email })) {
      fail('PARTNER_EMAIL_TAKEN', 'A partner with this email exists already.', 'email');
    }
  }
}
