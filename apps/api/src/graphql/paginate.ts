import {
  Cursor,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type FindByCursorOptions,
} from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { isValidText } from '../common/text.js';
import { findForReading } from '../database/read-entities.js';
import { fail } from '../errors/app-error.js';

export const MAX_PAGE_SIZE = 200;

export interface Page<T> {
  nodes: T[];
  /** Counted only when a query asks for it (the getter runs the count): a page alone never scans the table. */
  readonly totalCount: Promise<number>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** `first` of every list: 1 to 200, else `PAGE_SIZE_INVALID` (a caller asking for more learns it). */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    fail('PAGE_SIZE_INVALID', `first is 1 to ${MAX_PAGE_SIZE}.`, 'first');
  }
}

/**
 * One page of a cursor-paginated list (`first` 1..200, else PAGE_SIZE_INVALID, `after` the previous `endCursor`), in the
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
  assertPageSize(args.first);
  if (args.after != null) assertCursor(em, entity, orderBy, args.after);
  const options = { first: args.first, after: args.after ?? undefined, orderBy, overfetch: true };
  // Without relations to load, the page's rows become read-only entities (no ORM factory: see findForReading).
  const cursor = populate
    ? await em.findByCursor(entity, where, {
        ...options,
        populate,
        includeCount: false,
      } as FindByCursorOptions<T, never, '*', never, false>)
    : new Cursor<T>(
        (await findForReading(em, entity, where, options)) as never,
        undefined as never,
        options as FindByCursorOptions<T>,
        em.getMetadata().get<T>(entity as string),
      );
  let total: Promise<number> | null = null;
  return {
    nodes: cursor.items as T[],
    get totalCount() {
      total ??= em.count(entity, where);
      return total;
    },
    pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
  };
}

/**
 * The page with its `totalCount` read (when asked for) from a count the database keeps (one row, or a few
 * shard rows, summed by `countSql` as `n`), not counted.
 */
export function withKeptCount<T>(
  em: EntityManager,
  page: Page<T>,
  countSql: string,
  params: readonly unknown[] = [],
): Page<T> {
  let total: Promise<number> | null = null;
  return {
    nodes: page.nodes,
    pageInfo: page.pageInfo,
    get totalCount() {
      total ??= em
        .getConnection()
        .execute<Array<{ n: string }>>(countSql, [...params], 'all', em.getTransactionContext())
        .then((rows) => Number(rows[0]?.n ?? 0));
      return total;
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether one decoded cursor value fits the property it stands for (so the query cannot fail on it). */
function fitsProperty(prop: EntityProperty | undefined, value: unknown): boolean {
  if (!prop) return false;
  const type = String(prop.type).toLowerCase();
  if (type === 'uuid') return typeof value === 'string' && UUID.test(value);
  if (type === 'datetime' || type === 'date' || prop.runtimeType === 'Date') {
    return value instanceof Date && !Number.isNaN(value.getTime());
  }
  if (prop.runtimeType === 'number') return typeof value === 'number' && Number.isSafeInteger(value);
  if (prop.runtimeType === 'string')
    return typeof value === 'string' && value.length <= 1000 && isValidText(value);
  return false;
}

/**
 * Refuses (`CURSOR_INVALID`, field `after`) a cursor this list did not give: not base64url JSON, or values
 * that do not fit the list's sort keys (which would otherwise reach the database as a malformed filter).
 */
function assertCursor<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  orderBy: FindByCursorOptions<T>['orderBy'],
  after: string,
): void {
  const refuse = () => fail('CURSOR_INVALID', 'This is not a cursor of this list.', 'after');
  if (after.length > 4000) refuse();
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    refuse();
  }
  const keys = Object.keys(orderBy as object);
  if (!Array.isArray(values) || values.length !== keys.length) refuse();
  const meta = em.getMetadata().find(entity);
  keys.forEach((key, index) => {
    const prop = (meta?.properties as Record<string, EntityProperty> | undefined)?.[key];
    if (!fitsProperty(prop, (values as unknown[])[index])) {
      refuse();
    }
  });
}
