import { type EntityManager } from '@mikro-orm/postgresql';
import { moneyOf, paymentVoidEntryId, payoutReadiness } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { fail } from '../../errors/app-error.js';
import { paginate } from '../../graphql/paginate.js';
import { MoneyType } from '../../graphql/money.type.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type BalanceQueries } from '../commissions/balance.queries.js';
import { PayoutBatch } from './payout-batch.entity.js';
import { type PaymentFileRow } from './payout-files.js';
import { type EarningsBalance, type PayoutPayment, type ProductSold } from './payout.type.js';

const view = (minor: bigint, currency: string) => MoneyType.of(moneyOf(minor, currency));

/** Reads of payout batches, their payments and a partner's earnings (callers check who may read). */
export class PayoutQueries {
  constructor(private readonly balances: BalanceQueries) {}

  batches(em: EntityManager, args: { first: number; after?: string | null }) {
    return paginate(em, PayoutBatch, {}, args, { paidAt: 'desc', id: 'desc' });
  }

  async batch(em: EntityManager, rawId: string): Promise<PayoutBatch> {
    const batch = await em.findOne(PayoutBatch, { id: parseId(rawId, 'id') });
    if (!batch) fail('PAYOUT_BATCH_NOT_FOUND', 'Payout batch not found.', 'id');
    return batch;
  }

  /** The payments of a batch (its negative PAYMENT entries), by partner code, each marked if voided. */
  async payments(em: EntityManager, batch: PayoutBatch): Promise<PayoutPayment[]> {
    const entries = await em.find(
      LedgerEntry,
      { payoutBatchId: batch.id, kind: 'PAYMENT' },
      { populate: ['partner'] },
    );
    const voids = new Set(entries.filter((e) => e.amountMinor > 0n).map((e) => e.id));
    return entries
      .filter((entry) => entry.amountMinor < 0n)
      .map((entry) => ({
        entry,
        partner: entry.partner,
        amount: view(-entry.amountMinor, entry.currency),
        voided: voids.has(paymentVoidEntryId(entry.id)),
      }))
      .sort((a, b) => a.partner.code.localeCompare(b.partner.code));
  }

  async fileRows(em: EntityManager, batch: PayoutBatch): Promise<PaymentFileRow[]> {
    return (await this.payments(em, batch)).map((payment) => ({
      entryId: payment.entry.id,
      partnerCode: payment.partner.code,
      partnerName: payment.partner.name,
      partnerEmail: payment.partner.email,
      payoutMethod: payment.partner.payoutMethod,
      payoutDestination: payment.partner.payoutDestination,
      amountMinor: -payment.entry.amountMinor,
      currency: payment.entry.currency,
      voided: payment.voided,
    }));
  }

  /** A partner's payments (PAYMENT entries, voids included), newest first. */
  partnerPayments(em: EntityManager, partnerId: string, args: { first: number; after?: string | null }) {
    return paginate(em, LedgerEntry, { partner: partnerId, kind: 'PAYMENT' }, args, {
      effectiveAt: 'desc',
      id: 'desc',
    });
  }

  /**
   * A partner's earnings per currency: the running balance and its pending/payable/flagged split, what was
   * paid, the minimum payout (the smallest of the partner's programs in that currency), whether it can be
   * paid out (`payoutReadiness`, the same rule as the payout batch) and when the next pending amount
   * becomes payable.
   */
  async earnings(em: EntityManager, partnerId: string, now = new Date()): Promise<EarningsBalance[]> {
    const partner = await em.findOneOrFail(Partner, { id: partnerId }, { populate: ['programs'] });
    const balances = await this.balances.ofPartner(em, partnerId, now);
    const connection = em.getConnection();
    const context = em.getTransactionContext();
    const paid: Array<{ currency: string; paid: string }> = await connection.execute(
      `select currency, -sum(amount_minor) as paid from ledger_entries
       where partner_id = ? and kind = 'PAYMENT' group by currency`,
      [partnerId],
      'all',
      context,
    );
    const next: Array<{ currency: string; at: Date; amount: string }> = await connection.execute(
      `select distinct on (e.currency) e.currency, e.available_at as at,
         sum(e.amount_minor) over (partition by e.currency, e.available_at) as amount
       from ledger_entries e
       where e.partner_id = ? and e.available_at > ?
         and (e.commission_id is null or e.commission_id not in (
           select id from commissions where partner_id = ? and review = 'FLAGGED' and voided_at is null))
       order by e.currency, e.available_at`,
      [partnerId, now, partnerId],
      'all',
      context,
    );
    const hasDetails = partner.payoutMethod !== null && (partner.payoutDestination ?? '').trim() !== '';
    return balances.map((balance) => {
      const programs = partner.programs.getItems().filter((p) => p.currency === balance.currency);
      const minimumMinor = programs.length
        ? programs.reduce(
            (min, p) => (p.minimumPayoutMinor < min ? p.minimumPayoutMinor : min),
            programs[0]!.minimumPayoutMinor,
          )
        : 0n;
      const readiness = payoutReadiness({ balance, minimumMinor, hasPayoutDetails: hasDetails });
      const upcoming = next.find((row) => row.currency === balance.currency);
      const paidRow = paid.find((row) => row.currency === balance.currency);
      return {
        currency: balance.currency,
        total: MoneyType.of(balance.total),
        payable: MoneyType.of(balance.payable),
        pending: MoneyType.of(balance.pending),
        flagged: MoneyType.of(balance.flagged),
        paid: view(BigInt(paidRow?.paid ?? 0), balance.currency),
        minimumPayout: view(minimumMinor, balance.currency),
        readiness,
        canBePaidOut: readiness === 'READY',
        nextPayableAt: upcoming ? new Date(upcoming.at) : null,
        nextPayable: upcoming ? view(BigInt(upcoming.amount), balance.currency) : null,
      };
    });
  }

  /** Products in the level-1 sales credited to a partner: quantity and orders, most sold first. */
  async productsSold(em: EntityManager, partnerId: string): Promise<ProductSold[]> {
    const rows: Array<{ sku: string; name: string; quantity: string; orders: string }> = await em
      .getConnection()
      .execute(
        `select item->>'sku' as sku, max(item->>'name') as name, sum((item->>'quantity')::int) as quantity,
           count(distinct o.id) as orders
         from orders o
         cross join lateral jsonb_array_elements(o.items) as item
         where o.id in (select distinct source_id from commissions
                        where partner_id = ? and level = 1 and kind = 'SALE')
         group by item->>'sku'
         order by quantity desc, sku
         limit 100`,
        [partnerId],
        'all',
        em.getTransactionContext(),
      );
    return rows.map((row) => ({
      sku: row.sku,
      name: row.name,
      quantity: Number(row.quantity),
      orders: Number(row.orders),
    }));
  }
}
