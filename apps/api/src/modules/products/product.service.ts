import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { assertCurrency, assertMinorUnits, toMinorUnits } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { paginate } from '../../graphql/paginate.js';
import { containsPattern } from '../../common/search.js';
import { requiredText } from '../../common/text.js';
import { Product } from '../../kernel/product.entity.js';
import { type ProductsArgs } from './product.args.js';
import { type UpsertProductInput } from './product.input.js';

/** The product catalogue: listed for admins and keys, upserted by SKU by admins and integrations. */
export class ProductService {
  async list(em: EntityManager, args: ProductsArgs) {
    const where: FilterQuery<Product> = {};
    if (!args.includeArchived) where.archivedAt = null;
    const search = args.search?.trim();
    if (search)
      where.$or = [
        { sku: { $ilike: containsPattern(search) } },
        { name: { $ilike: containsPattern(search) } },
      ];
    return paginate(em, Product, where, args, { name: 'asc', id: 'asc' });
  }

  async get(em: EntityManager, id: string): Promise<Product> {
    const product = await em.findOne(Product, { id: parseId(id) });
    if (!product) fail('PRODUCT_NOT_FOUND', 'Product not found.', 'id');
    return product;
  }

  /** Creates or updates the product of `input.sku`, in one statement safe against concurrent upserts. */
  async upsert(em: EntityManager, input: UpsertProductInput): Promise<Product> {
    const sku = requiredText(input.sku, 'sku', 120);
    const data = {
      sku,
      name: requiredText(input.name, 'name', 200),
      priceMinor: assertMinorUnits(toMinorUnits(input.priceMinor, 'priceMinor'), 'priceMinor'),
      currency: assertCurrency(input.currency.trim().toUpperCase()),
      subscription: input.subscription,
      updatedAt: new Date(),
      ...(input.archived == null ? {} : { archivedAt: input.archived ? new Date() : null }),
    };
    return em.upsert(
      Product,
      { ...data, id: randomUUID(), createdAt: new Date() },
      { onConflictFields: ['sku'], onConflictExcludeFields: ['id', 'createdAt'] },
    );
  }
}
