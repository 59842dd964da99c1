import {
  Collection,
  QueryHelper,
  ReferenceKind,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type FindOptions,
  type Platform,
} from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * Entities for an answer, not for changing: the rows of `em.find`'s own query (the same SQL: filter, order,
 * cursor and limit), each made an instance of its class without the ORM's entity factory.
 *
 * The factory costs 90-250 µs of CPU per row (accessors defined on each instance, references registered in
 * the identity map, a snapshot for change tracking), so a list page of 50 orders with their partners spent
 * most of its CPU making entities. These are made as `unmanagedEntity` makes them (the class's constructor,
 * its collections unloaded as for any entity found without populating them), with the values the ORM's
 * hydrator would set: custom types converted, dates as `Date`, and each to-one relation a reference holding
 * only its id, as an unloaded reference of the ORM does. Field resolvers load what they need by id.
 *
 * No EntityManager manages them: never change, persist or flush one. Entities with embeddables, scalar
 * references, composite keys or filters go through `em.find`.
 */
export async function findForReading<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: Pick<FindOptions<T>, 'orderBy' | 'limit'> & {
    first?: number;
    after?: string;
    overfetch?: boolean;
  } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity as string);
  const plan = planOf(meta);
  if (!plan) return (await em.find(entity, where, options as FindOptions<T>)) as T[];
  const platform = em.getPlatform();
  // What em.find does to the filter before its query (entities with filters of their own take its path).
  const processed = QueryHelper.processWhere({
    where: where as never,
    entityName: meta.className,
    metadata: em.getMetadata(),
    platform,
    aliased: true,
  });
  const rows = await em.getDriver().find<T>(
    meta.className,
    processed as never,
    {
      ...options,
      populate: [],
      ctx: em.getTransactionContext(),
    } as FindOptions<T>,
  );
  return rows.map((row) => readEntity(meta, plan, platform, row as Record<string, unknown>));
}

type Reader = (value: unknown, platform: Platform) => unknown;

/**
 * How each stored property of an entity becomes its value, and which of its collections to leave unloaded
 * ({@link makePlan} gives null for an entity that needs the ORM's factory).
 */
interface Plan {
  values: ReadonlyArray<{ name: string; read: Reader }>;
  collections: readonly string[];
}

const plans = new WeakMap<EntityMetadata, Plan | null>();

function planOf<T>(meta: EntityMetadata<T>): Plan | null {
  let plan = plans.get(meta as EntityMetadata);
  if (plan === undefined) {
    plan = makePlan(meta as EntityMetadata);
    plans.set(meta as EntityMetadata, plan);
  }
  return plan;
}

function makePlan(meta: EntityMetadata): Plan | null {
  if (meta.compositePK || meta.embeddable || meta.virtual || meta.discriminatorColumn) return null;
  if (Object.keys(meta.filters).length > 0) return null;
  const values: Array<Plan['values'][number]> = [];
  const collections: string[] = [];
  for (const prop of meta.props) {
    if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      collections.push(prop.name);
      continue;
    }
    if (prop.persist === false) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.ref || (prop.getter && !prop.setter)) return null;
      values.push({ name: prop.name, read: scalarReader(prop) });
    } else if (
      prop.kind === ReferenceKind.MANY_TO_ONE ||
      (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)
    ) {
      if (prop.ref || prop.targetMeta!.compositePK) return null;
      values.push({ name: prop.name, read: referenceReader(prop) });
    } else {
      return null; // embedded, or the inverse side of a one-to-one
    }
  }
  return { values, collections };
}

function scalarReader(prop: EntityProperty): Reader {
  const type = prop.customType;
  if (type) return (value, platform) => type.convertToJSValue(value, platform, { mode: 'serialization' });
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date')
    return (value) => (value instanceof Date ? value : new Date(value as string));
  return (value) => value;
}

/** An unloaded reference: an instance of the target's class holding only its primary key. */
function referenceReader(prop: EntityProperty): Reader {
  const target = prop.targetMeta!;
  const [key] = target.primaryKeys as [string];
  return (id) => Object.assign(Object.create(target.prototype as object) as object, { [key]: id });
}

function readEntity<T>(
  meta: EntityMetadata<T>,
  plan: Plan,
  platform: Platform,
  row: Record<string, unknown>,
): T {
  const entity = new (meta.class as new () => T)() as Record<string, unknown>;
  for (const { name, read } of plan.values) {
    const value = row[name];
    if (value === undefined) continue;
    entity[name] = value === null ? null : read(value, platform);
  }
  // A collection the constructor makes is that of a new entity (loaded, empty); this one's are not loaded.
  for (const name of plan.collections) entity[name] = new Collection(entity, undefined, false);
  return entity as T;
}
