import { type EntityName, type FilterQuery, type FindByCursorOptions } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

export const MAX_PAGE_SIZE = 200;

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * One page of a cursor-paginated list (`first` clamped to 1..200, `after` the previous `endCursor`), in the
 * shape of a GraphQL `Connection`. `orderBy` must end with a unique field (the id) for stable pages.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first: number; after?: string | null },
  orderBy: FindByCursorOptions<T>['orderBy'],
  /** Relations to load with the page, e.g. `['parent', 'programs']`. */
  populate?: readonly string[],
): Promise<Page<T>> {
  const cursor = await em.findByCursor(entity, where, {
    first: Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE),
    after: args.after ?? undefined,
    orderBy,
    ...(populate ? { populate } : {}),
  } as FindByCursorOptions<T>);
  return {
    nodes: cursor.items as T[],
    totalCount: cursor.totalCount,
    pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
  };
}
