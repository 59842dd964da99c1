import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  assertCurrency,
  DomainError,
  formatMoney,
  moneyOf,
  paymentVoidEntryId,
  payoutReadiness,
  planPaymentVoid,
  planPayouts,
  planSinglePayment,
  toMinorUnits,
  type LedgerEntry as DomainLedgerEntry,
  type PartnerBalance,
  type PayoutReadiness,
} from '@partnerkit/domain';
import { idempotencyKeyOf } from '../../common/idempotency-key.js';
import { parseId, parseIds } from '../../common/ids.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { databaseNow } from '../../database/database-clock.js';
import { fail } from '../../errors/app-error.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner, PayoutMethod } from '../../kernel/partner.entity.js';
import { type BalanceQueries } from '../commissions/balance.queries.js';
import { type LedgerWriter } from '../commissions/ledger-writer.service.js';
import { type Mailer } from '../emails/mailer.service.js';
import { payoutPaid, type WebhookService } from '../webhooks/webhook.service.js';
import { PayoutBatch } from './payout-batch.entity.js';

/** At most this many partners are named in one batch (a batch of everyone payable has no such limit). */
export const MAX_BATCH_PARTNERS = 10_000;

/** One partner and currency of the payout preview. */
export interface PreviewRow {
  partner: Partner;
  balance: PartnerBalance;
  minimumMinor: bigint;
  readiness: PayoutReadiness;
}

export interface CreateBatchInput {
  idempotencyKey: string;
  currency: string;
  method: PayoutMethod;
  reference?: string | null;
  /** Only these partners; everyone payable in the currency when absent. */
  partnerIds?: readonly string[] | null;
}

export interface SinglePaymentRequest {
  idempotencyKey: string;
  partnerId: string;
  amountMinor: string;
  currency: string;
  method: PayoutMethod;
  reference?: string | null;
}

/** Who pays (or voids): an admin, or an API key with `payouts:write`. */
export interface PaidBy {
  adminId: string | null;
  apiKeyId: string | null;
}

export interface BatchResult {
  batch: PayoutBatch;
  /** False when the idempotency key had been used: the earlier batch, nothing paid again. */
  created: boolean;
  skipped: { partnerId: string; reason: string }[];
}

const hasPayoutDetails = (partner: Partner) =>
  partner.payoutMethod !== null && (partner.payoutDestination ?? '').trim() !== '';

function referenceOf(raw: string | null | undefined): string | null {
  const reference = raw?.trim() || null;
  if (reference && reference.length > 200)
    fail('TOO_LONG', 'reference has at most 200 characters.', 'reference');
  return reference;
}

/**
 * Money out: the payout preview, payout batches, single payments and their voids. Every decision is the
 * domain's (`planPayouts`, `planSinglePayment`, `planPaymentVoid`); this service stores a batch under its
 * unique idempotency key first (the same request twice returns the first batch and pays nothing), locks
 * the payees (`partnerPayout` advisory locks, sorted) and reads their balances after the locks (two
 * batches at once never see the same money), writes the entries, the settled commissions, the batch totals
 * and each paid partner's "payment sent" email in one transaction, and publishes after commit.
 */
export class PayoutService {
  constructor(
    private readonly balances: BalanceQueries,
    private readonly ledger: LedgerWriter,
    private readonly mailer: Mailer,
    private readonly events: EventBus,
    private readonly webhooks?: WebhookService,
  ) {}

  /** Who is payable in which currency and how much, who is below the minimum, flagged or without details. */
  async preview(
    em: EntityManager,
    args: { currency?: string | null; programId?: string | null },
    now = new Date(),
  ): Promise<PreviewRow[]> {
    const currency = args.currency ? assertCurrency(args.currency.trim().toUpperCase(), 'currency') : null;
    const programId = args.programId ? parseId(args.programId, 'programId') : null;
    const ids = await this.partnersWithBalances(em, currency, programId);
    if (ids.length === 0) return [];
    const [balances, partners] = await Promise.all([
      this.balances.ofPartners(em, ids, now),
      em.find(Partner, { id: { $in: ids } }, { populate: ['programs'] }),
    ]);
    const rows: PreviewRow[] = [];
    for (const partner of partners) {
      for (const balance of balances.get(partner.id) ?? []) {
        if (currency && balance.currency !== currency) continue;
        const b = balance;
        if (b.total.amountMinor === 0n && b.pending.amountMinor === 0n && b.flagged.amountMinor === 0n) {
          continue; // paid in full: nothing to show
        }
        const minimumMinor = this.minimumOf(partner, balance.currency, programId);
        rows.push({
          partner,
          balance,
          minimumMinor,
          readiness: payoutReadiness({ balance, minimumMinor, hasPayoutDetails: hasPayoutDetails(partner) }),
        });
      }
    }
    const order: PayoutReadiness[] = ['READY', 'NO_PAYOUT_DETAILS', 'BELOW_MINIMUM', 'NOTHING_PAYABLE'];
    return rows.sort(
      (a, b) =>
        order.indexOf(a.readiness) - order.indexOf(b.readiness) ||
        a.balance.currency.localeCompare(b.balance.currency) ||
        Number(b.balance.payable.amountMinor - a.balance.payable.amountMinor) ||
        a.partner.code.localeCompare(b.partner.code),
    );
  }

  /**
   * The minimum payout for a partner in a currency: that of the program asked for, else the smallest of
   * the partner's programs in that currency (0 when none of them is in it).
   */
  minimumOf(partner: Partner, currency: string, programId: string | null = null): bigint {
    const programs = partner.programs
      .getItems()
      .filter((p) => p.currency === currency && (!programId || p.id === programId));
    if (programs.length === 0) return 0n;
    return programs.reduce(
      (min, p) => (p.minimumPayoutMinor < min ? p.minimumPayoutMinor : min),
      programs[0]!.minimumPayoutMinor,
    );
  }

  /** Creates (or, for a key used before, returns) a payout batch in one currency. */
  async createBatch(em: EntityManager, by: PaidBy, input: CreateBatchInput): Promise<BatchResult> {
    const key = idempotencyKeyOf(input.idempotencyKey);
    const currency = assertCurrency(input.currency.trim().toUpperCase(), 'currency');
    const reference = referenceOf(input.reference);
    const named = input.partnerIds ? [...new Set(parseIds(input.partnerIds, 'partnerIds'))] : null;
    if (named && named.length === 0) {
      fail('PAYOUT_NOTHING_TO_PAY', 'Choose at least one partner to pay.', 'partnerIds');
    }
    if (named && named.length > MAX_BATCH_PARTNERS) {
      fail('TOO_MANY', `A batch names at most ${MAX_BATCH_PARTNERS} partners.`, 'partnerIds');
    }
    const requested = named ? [...named].sort() : null;
    const requestedAt = new Date();
    const published: PublishedEvent[] = [];
    const result = await em.transactional(async (tx): Promise<BatchResult> => {
      const batch = await this.claimKey(tx, key, {
        kind: 'BATCH',
        currency,
        method: input.method,
        reference,
        requestedPartnerIds: requested,
        ...by,
        paidAt: requestedAt,
      });
      if (!batch.created) return { batch: batch.batch, created: false, skipped: [] };
      const ids = requested ?? (await this.partnersWithBalances(tx, currency, null));
      await lockForTransaction(
        tx,
        ids.map((id) => lockName.partnerPayout(id, currency)),
      );
      // After the locks, on the database's clock (see databaseNow): no earlier payment looks pending.
      const now = await databaseNow(tx);
      batch.batch.paidAt = now;
      const partners = await tx.find(Partner, { id: { $in: ids } }, { populate: ['programs'] });
      const byId = new Map(partners.map((partner) => [partner.id, partner]));
      requested?.forEach((id) => {
        if (!byId.has(id))
          fail('PARTNER_NOT_FOUND', 'Partner not found.', `partnerIds[${named!.indexOf(id)}]`);
      });
      const commissions = await this.ledger.unpaidCommissions(tx, ids, currency, now);
      const balances = await this.balances.ofPartners(tx, ids, now);
      const payees = [];
      for (const id of ids) {
        const partner = byId.get(id);
        if (!partner) continue;
        const balance = balances.get(id)?.find((b) => b.currency === currency);
        if (!balance) {
          if (requested) {
            fail(
              'PAYOUT_CURRENCY_NOT_HELD',
              `${partner.name} (${partner.code}) holds nothing in ${currency}.`,
              `partnerIds[${named!.indexOf(id)}]`,
            );
          }
          continue;
        }
        payees.push({
          partnerId: id,
          balance,
          minimumMinor: this.minimumOf(partner, currency),
          hasPayoutDetails: hasPayoutDetails(partner),
          commissions: this.ledger.toDomain(commissions.filter((c) => c.partner.id === id)),
          alreadyPaid: false,
        });
      }
      const plan = planPayouts({
        batchId: batch.batch.id,
        currency,
        at: now,
        method: input.method,
        reference,
        adminId: by.adminId,
        payees,
      });
      await this.storePayments(tx, batch.batch, plan.entries, plan.commissions, commissions, byId, published);
      return { batch: batch.batch, created: true, skipped: plan.skipped };
    });
    this.events.publishAll(published);
    if (result.created) this.mailer.kick();
    return result;
  }

  /** A single payment to one partner (from the partner's page), at most the payable balance. */
  async recordPartnerPayment(
    em: EntityManager,
    by: PaidBy,
    input: SinglePaymentRequest,
  ): Promise<PayoutBatch> {
    const key = idempotencyKeyOf(input.idempotencyKey);
    const partnerId = parseId(input.partnerId, 'partnerId');
    const currency = assertCurrency(input.currency.trim().toUpperCase(), 'currency');
    const amountMinor = toMinorUnits(input.amountMinor, 'amountMinor');
    const reference = referenceOf(input.reference);
    const published: PublishedEvent[] = [];
    const batch = await em.transactional(async (tx) => {
      const claimed = await this.claimKey(tx, key, {
        kind: 'SINGLE',
        currency,
        method: input.method,
        reference,
        requestedPartnerIds: [partnerId],
        ...by,
        paidAt: new Date(),
      });
      if (!claimed.created) {
        if (claimed.batch.totalMinor !== amountMinor) {
          fail(
            'IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was used for another payment.',
            'idempotencyKey',
          );
        }
        return claimed.batch;
      }
      const partner = await tx.findOne(Partner, { id: partnerId }, { populate: ['programs'] });
      if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
      await lockForTransaction(tx, [lockName.partnerPayout(partnerId, currency)]);
      const now = await databaseNow(tx);
      claimed.batch.paidAt = now;
      const commissions = await this.ledger.unpaidCommissions(tx, [partnerId], currency, now);
      const balance = (await this.balances.ofPartner(tx, partnerId, now)).find(
        (b) => b.currency === currency,
      );
      let decision;
      try {
        decision = planSinglePayment({
          batchId: claimed.batch.id,
          partnerId,
          amount: { amountMinor, currency },
          balance: balance ?? null,
          commissions: this.ledger.toDomain(commissions),
          method: input.method,
          reference,
          adminId: by.adminId,
          at: now,
        });
      } catch (error) {
        // The amount field as the caller named it.
        if (error instanceof DomainError && error.field === 'amount') {
          throw new DomainError(error.code, error.message, 'amountMinor');
        }
        throw error;
      }
      await this.storePayments(
        tx,
        claimed.batch,
        [decision.entry],
        decision.commissions,
        commissions,
        new Map([[partnerId, partner]]),
        published,
      );
      return claimed.batch;
    });
    this.events.publishAll(published);
    this.mailer.kick();
    return batch;
  }

  /** Voids a payment with a reversing entry; its commissions become payable again. */
  async voidPayment(
    em: EntityManager,
    by: PaidBy,
    input: { entryId: string; reason: string },
  ): Promise<LedgerEntry> {
    const entryId = input.entryId.trim();
    const reason = input.reason?.trim() ?? '';
    if (reason.length > 2000) fail('TOO_LONG', 'reason has at most 2000 characters.', 'reason');
    const published: PublishedEvent[] = [];
    const voided = await em.transactional(async (tx) => {
      const payment = entryId.length <= 300 ? await tx.findOne(LedgerEntry, { id: entryId }) : null;
      if (!payment) fail('LEDGER_ENTRY_NOT_FOUND', 'Ledger entry not found.', 'entryId');
      await lockForTransaction(tx, [lockName.partnerPayout(payment.partner.id, payment.currency)]);
      const now = await databaseNow(tx);
      const alreadyVoided = (await tx.count(LedgerEntry, { id: paymentVoidEntryId(payment.id) })) > 0;
      const commissions = payment.payoutBatchId
        ? await tx.find(
            Commission,
            { payoutBatchId: payment.payoutBatchId, partner: payment.partner.id, currency: payment.currency },
            { refresh: true },
          )
        : [];
      const decision = planPaymentVoid({
        payment: this.ledger.toDomainEntry(payment),
        alreadyVoided,
        commissions: this.ledger.toDomain(commissions),
        reason,
        adminId: by.adminId,
        at: now,
      });
      const stored = await this.ledger.store(tx, decision.commissions, commissions, [decision.entry]);
      const entry = stored.entries[0]!;
      published.push({
        topic: 'LEDGER_ENTRY_RECORDED',
        payload: { partnerId: entry.partner.id, entryId: entry.id, kind: entry.kind },
      });
      for (const commission of stored.commissions) {
        published.push({
          topic: 'COMMISSION_CHANGED',
          payload: { commissionId: commission.id, partnerId: commission.partner.id },
        });
      }
      return entry;
    });
    this.events.publishAll(published);
    return voided;
  }

  /**
   * Stores the batch row under its unique key (`on conflict do nothing`: a concurrent request with the
   * same key waits for the first one and then finds its batch). A key used before with other details is
   * refused.
   */
  private async claimKey(
    tx: EntityManager,
    key: string,
    fields: Omit<
      PayoutBatch,
      'id' | 'createdAt' | 'updatedAt' | 'idempotencyKey' | 'paymentCount' | 'totalMinor'
    >,
  ): Promise<{ batch: PayoutBatch; created: boolean }> {
    const id = randomUUID();
    const now = new Date();
    const inserted: Array<{ id: string }> = await tx.getConnection().execute(
      `insert into payout_batches (id, created_at, updated_at, idempotency_key, kind, currency, method, reference,
           requested_partner_ids, admin_id, api_key_id, paid_at, payment_count, total_minor)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0) on conflict (idempotency_key) do nothing returning id`,
      [
        id,
        now,
        now,
        key,
        fields.kind,
        fields.currency,
        fields.method,
        fields.reference,
        fields.requestedPartnerIds ? JSON.stringify(fields.requestedPartnerIds) : null,
        fields.adminId,
        fields.apiKeyId,
        fields.paidAt,
      ],
      'all',
      tx.getTransactionContext(),
    );
    if (inserted.length === 1) {
      return { batch: await tx.findOneOrFail(PayoutBatch, { id }, { refresh: true }), created: true };
    }
    const earlier = await tx.findOneOrFail(PayoutBatch, { idempotencyKey: key }, { refresh: true });
    const same =
      earlier.kind === fields.kind &&
      earlier.currency === fields.currency &&
      earlier.method === fields.method &&
      earlier.reference === fields.reference &&
      JSON.stringify(earlier.requestedPartnerIds) === JSON.stringify(fields.requestedPartnerIds);
    if (!same) {
      fail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for another payout.', 'idempotencyKey');
    }
    return { batch: earlier, created: false };
  }

  private async storePayments(
    tx: EntityManager,
    batch: PayoutBatch,
    entries: readonly DomainLedgerEntry[],
    decided: Parameters<LedgerWriter['store']>[1],
    current: readonly Commission[],
    partners: ReadonlyMap<string, Partner>,
    published: PublishedEvent[],
  ) {
    const stored = await this.ledger.store(tx, decided, current, entries);
    batch.paymentCount = entries.length;
    batch.totalMinor = entries.reduce((sum, entry) => sum - entry.amount.amountMinor, 0n);
    for (const entry of entries) {
      const partner = partners.get(entry.partnerId)!;
      await this.mailer.queuePartnerEmail(tx, 'PAYMENT_SENT', partner, {
        amount: formatMoney(moneyOf(-entry.amount.amountMinor, entry.amount.currency)),
      });
      published.push({
        topic: 'LEDGER_ENTRY_RECORDED',
        payload: { partnerId: entry.partnerId, entryId: entry.id, kind: entry.kind },
      });
    }
    for (const commission of stored.commissions) {
      published.push({
        topic: 'COMMISSION_CHANGED',
        payload: { commissionId: commission.id, partnerId: commission.partner.id },
      });
    }
    await this.webhooks?.enqueue(
      tx,
      entries.map((entry) =>
        payoutPaid({
          batchId: batch.id,
          partnerId: entry.partnerId,
          amountMinor: -entry.amount.amountMinor,
          currency: entry.amount.currency,
          method: entry.method,
          reference: entry.reference,
        }),
      ),
    );
    published.push({
      topic: 'PAYOUT_PAID',
      payload: { batchId: batch.id, partnerIds: entries.map((entry) => entry.partnerId) },
    });
    await tx.flush();
  }

  /** Partners with ledger entries (in `currency`, in `programId`), sorted by id. */
  private async partnersWithBalances(
    em: EntityManager,
    currency: string | null,
    programId: string | null,
  ): Promise<string[]> {
    const params: unknown[] = [];
    let sql = 'select distinct b.partner_id from partner_balances b';
    if (programId) {
      sql += ' join partner_programs pp on pp.partner_id = b.partner_id and pp.program_id = ?';
      params.push(programId);
    }
    sql += ' where b.entry_count > 0';
    if (currency) {
      sql += ' and b.currency = ?';
      params.push(currency);
    }
    sql += ' order by b.partner_id';
    const rows: Array<{ partner_id: string }> = await em
      .getConnection()
      .execute(sql, params, 'all', em.getTransactionContext());
    return rows.map((row) => row.partner_id);
  }
}
