import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { moneyOf, type PartnerBalance } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { MoneyType } from '../money/money.type.js';
import { Commission } from './commission.entity.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { type Balance } from './commission.type.js';

const page = (first: number) => Math.min(Math.max(first, 1), 200);

/** Reads of commissions, ledgers and balances; callers make sure a partner reads only their own. */
export class CommissionQueries {
  async commissions(
    em: EntityManager,
    args: { partnerId?: string | null; first: number; after?: string | null },
  ) {
    const where: FilterQuery<Commission> = {};
    if (args.partnerId) where.partner = parseId(args.partnerId, 'partnerId');
    const cursor = await em.findByCursor(Commission, where, {
      first: page(args.first),
      after: args.after ?? undefined,
      orderBy: { createdAt: 'desc', id: 'desc' },
    });
    return {
      nodes: cursor.items,
      totalCount: cursor.totalCount,
      pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
    };
  }

  async ledger(em: EntityManager, args: { partnerId: string; first: number; after?: string | null }) {
    const cursor = await em.findByCursor(
      LedgerEntry,
      { partner: parseId(args.partnerId, 'partnerId') },
      {
        first: page(args.first),
        after: args.after ?? undefined,
        orderBy: { effectiveAt: 'desc', id: 'desc' },
      },
    );
    return {
      nodes: cursor.items,
      totalCount: cursor.totalCount,
      pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
    };
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
