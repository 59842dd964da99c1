import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { moneyOf, type PartnerBalance } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { paginate } from '../../graphql/paginate.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { type Balance } from './commission.type.js';

/** Reads of commissions, ledgers and balances; callers make sure a partner reads only their own. */
export class CommissionQueries {
  commissions(em: EntityManager, args: { partnerId?: string | null; first: number; after?: string | null }) {
    const where: FilterQuery<Commission> = {};
    if (args.partnerId) where.partner = parseId(args.partnerId, 'partnerId');
    return paginate(em, Commission, where, args, { createdAt: 'desc', id: 'desc' });
  }

  ledger(em: EntityManager, args: { partnerId: string; first: number; after?: string | null }) {
    const where: FilterQuery<LedgerEntry> = { partner: parseId(args.partnerId, 'partnerId') };
    return paginate(em, LedgerEntry, where, args, { effectiveAt: 'desc', id: 'desc' });
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
