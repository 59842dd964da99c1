import { type EntityManager } from '@mikro-orm/postgresql';
import { balanceFromSums, type PartnerBalance } from '@partnerkit/domain';

interface SumsRow {
  partner_id: string;
  currency: string;
  total: string;
  pending: string;
  flagged: string;
}

/**
 * Balances of many partners in one statement, flat in history: the total from the running totals
 * (`partner_balances`, kept by the database with every entry), the amount still in its hold from the
 * entries not yet available (their index holds the amounts, so it is read alone), the flagged part from
 * the entries of the few commissions waiting for review. Pending is what is held less what of it is
 * flagged (a flagged commission counts as flagged, not pending). `balanceFromSums` (the domain) makes the
 * balance of them.
 */
const BALANCES_SQL = `
with flagged_commissions as (
  select id, partner_id from commissions
  where partner_id = any(?::uuid[]) and review = 'FLAGGED' and voided_at is null
), totals as (
  select partner_id, currency, sum(total_minor) as total from partner_balances
  where partner_id = any(?::uuid[]) group by partner_id, currency
), held as (
  select e.partner_id, e.currency, sum(e.amount_minor) as held from ledger_entries e
  where e.partner_id = any(?::uuid[]) and e.available_at > ?
  group by e.partner_id, e.currency
), flagged as (
  select e.partner_id, e.currency, sum(e.amount_minor) as flagged,
    coalesce(sum(e.amount_minor) filter (where e.available_at > ?), 0) as flagged_held
  from ledger_entries e
  join flagged_commissions f on f.id = e.commission_id group by e.partner_id, e.currency
)
select t.partner_id, t.currency, t.total, coalesce(h.held, 0) - coalesce(f.flagged_held, 0) as pending,
  coalesce(f.flagged, 0) as flagged
from totals t
left join held h on h.partner_id = t.partner_id and h.currency = t.currency
left join flagged f on f.partner_id = t.partner_id and f.currency = t.currency
order by t.partner_id, t.currency`;

export class BalanceQueries {
  /** Balances per currency of each partner (a partner without entries has none), sorted by currency. */
  async ofPartners(
    em: EntityManager,
    partnerIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, PartnerBalance[]>> {
    const result = new Map<string, PartnerBalance[]>(partnerIds.map((id) => [id, []]));
    if (partnerIds.length === 0) return result;
    const ids = `{${[...new Set(partnerIds)].join(',')}}`;
    const rows: SumsRow[] = await em
      .getConnection()
      .execute(BALANCES_SQL, [ids, ids, ids, now, now], 'all', em.getTransactionContext());
    for (const row of rows) {
      result.get(row.partner_id)?.push(
        balanceFromSums(row.partner_id, row.currency, {
          totalMinor: BigInt(row.total),
          pendingMinor: BigInt(row.pending),
          flaggedMinor: BigInt(row.flagged),
        }),
      );
    }
    return result;
  }

  async ofPartner(em: EntityManager, partnerId: string, now = new Date()): Promise<PartnerBalance[]> {
    return (await this.ofPartners(em, [partnerId], now)).get(partnerId) ?? [];
  }
}
