import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { moneyOf, type PartnerBalance } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { paginate, withKeptCount, type Page } from '../../graphql/paginate.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { type Balance } from './commission.type.js';

/** Reads of commissions, ledgers and balances; callers make sure a partner reads only their own. */
export class CommissionQueries {
  /**
   * Commissions newest first; a partner's (`partnerId`) by the index `partner_id, created_at`, with its
   * `totalCount` from the counts the database keeps in `partner_commission_counts`.
   */
  async commissions(
    em: EntityManager,
    args: { partnerId?: string | null; first: number; after?: string | null },
  ): Promise<Page<Commission>> {
    const where: FilterQuery<Commission> = {};
    if (!args.partnerId) return paginate(em, Commission, where, args, { createdAt: 'desc', id: 'desc' });
    const partnerId = parseId(args.partnerId, 'partnerId');
    where.partner = partnerId;
    const page = await paginate(em, Commission, where, args, { createdAt: 'desc', id: 'desc' });
    return withKeptCount(
      em,
      page,
      'select coalesce(sum(commission_count), 0) as n from partner_commission_counts where partner_id = ?',
      [partnerId],
    );
  }

  /**
   * A partner's ledger, newest first (the index `partner_id, effective_at, id`); its `totalCount` is the
   * entry count the database keeps in `partner_balances` with every insert, not a count of the entries.
   */
  async ledger(
    em: EntityManager,
    args: { partnerId: string; first: number; after?: string | null },
  ): Promise<Page<LedgerEntry>> {
    const partnerId = parseId(args.partnerId, 'partnerId');
    const where: FilterQuery<LedgerEntry> = { partner: partnerId };
    const page = await paginate(em, LedgerEntry, where, args, { effectiveAt: 'desc', id: 'desc' });
    return withKeptCount(
      em,
      page,
      'select coalesce(sum(entry_count), 0) as n from partner_balances where partner_id = ?',
      [partnerId],
    );
  }
}

export function balanceView(balance: PartnerBalance): Balance {
  return {
    currency: balance.currency,
    total: MoneyType.of(balance.total),
    payable: MoneyType.of(balance.payable),
    pending: MoneyType.of(balance.pending),
    flagged: MoneyType.of(balance.flagged),
  };
}

export const moneyView = (minor: bigint, currency: string) => MoneyType.of(moneyOf(minor, currency));
