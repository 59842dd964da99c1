import { type EntityManager } from '@mikro-orm/postgresql';
import { MoneyType } from '../../graphql/money.type.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type SubPartner } from './sub-partner.type.js';

/** The recruits of a partner, with their sales and what the recruiter earned from them. */
export class SubPartnerQueries {
  /** Direct recruits of `partnerId`, newest first (at most 500). */
  async ofPartner(em: EntityManager, partnerId: string): Promise<SubPartner[]> {
    const children = await em.find(
      Partner,
      { parent: partnerId },
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit: 500,
        fields: ['id', 'code', 'status', 'createdAt'],
      },
    );
    if (children.length === 0) return [];
    const ids = `{${children.map((child) => child.id).join(',')}}`;
    const connection = em.getConnection();
    const sales = await connection.execute<Array<{ partner_id: string; sales: string }>>(
      `select partner_id, count(distinct source_id) as sales from commissions
        where partner_id = any(?::uuid[]) and level = 1 and kind = 'SALE' group by 1`,
      [ids],
    );
    const earnings = await connection.execute<Array<{ child: string; currency: string; amount: string }>>(
      `select credited_partner_id as child, currency, sum(amount_minor - reversed_minor) as amount
         from commissions
        where partner_id = ? and level = 2 and credited_partner_id = any(?::uuid[])
        group by 1, 2 order by 2`,
      [partnerId, ids],
    );
    const salesOf = new Map(sales.map((row) => [row.partner_id, Number(row.sales)]));
    return children.map((child) => ({
      id: child.id,
      code: child.code,
      status: child.status,
      joinedAt: child.createdAt,
      sales: salesOf.get(child.id) ?? 0,
      overrideEarnings: earnings
        .filter((row) => row.child === child.id)
        .map((row) => MoneyType.of({ amountMinor: BigInt(row.amount), currency: row.currency })),
    }));
  }
}
