import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { parseId } from '../../common/ids.js';
import { paginate, withKeptCount } from '../../graphql/paginate.js';
import { SaleOrder } from '../../kernel/order.entity.js';
import { type OrdersArgs } from './order.args.js';

/** Reads of recorded sales for admins and read keys. */
export class OrderQueries {
  async list(em: EntityManager, args: OrdersArgs) {
    const where: FilterQuery<SaleOrder> = {};
    if (args.externalId) where.externalId = args.externalId.trim();
    if (args.partnerId) {
      // credits is a JSON array of { partnerId, weightBps }: containment finds the partner's sales.
      where.credits = { $contains: [{ partnerId: parseId(args.partnerId, 'partnerId') }] } as never;
    }
    const page = await paginate(em, SaleOrder, where, args, { orderedAt: 'desc', id: 'desc' });
    // All orders: the count the database keeps (`order_counts`); a filtered list counts its own index range.
    if (Object.keys(where).length > 0) return page;
    return withKeptCount(em, page, 'select coalesce(sum(order_count), 0) as n from order_counts');
  }
}
