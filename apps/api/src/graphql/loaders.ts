import DataLoader from 'dataloader';
import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { findForReading } from '../database/read-entities.js';

/**
 * Per-request DataLoaders: every field resolver that loads a relation asks its loader, and the loads of one
 * tick (a whole list page) become one query. Keyed by the request's EntityManager (each request has its
 * own fork), so nothing is shared between requests or callers, and they go away with the request.
 */
const loaders = new WeakMap<EntityManager, Map<unknown, DataLoader<string, unknown>>>();

function loaderFor<V>(
  em: EntityManager,
  key: unknown,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  let mine = loaders.get(em);
  if (!mine) loaders.set(em, (mine = new Map()));
  let loader = mine.get(key) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    mine.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * Loads entities of `entity` by id, batched per request; null for an id that matches nothing. They are for
 * the answer only (read-only entities, `findForReading`): a resolver that changes something loads its own.
 */
export function byId<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, id: string) {
  return loaderFor<T>(em, entity, async (ids) => {
    const rows = await findForReading(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    return new Map(rows.map((row) => [row.id, row]));
  }).load(id);
}

/** {@link byId} for many ids, in their order, missing ones left out. */
export async function manyById<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: readonly string[],
): Promise<T[]> {
  const rows = await Promise.all(ids.map((id) => byId(em, entity, id)));
  return rows.filter((row): row is Awaited<T> => row !== null) as T[];
}

/** What a request already knows, per loader key and id (see {@link prime}): built on first use. */
const known = new WeakMap<EntityManager, Map<string, Map<string, () => unknown>>>();

/**
 * A batched load of something other than an entity by id (e.g. the commissions of many orders): `key`
 * names the loader (one per request), `batch` answers for many ids at once.
 */
export function batched<V>(
  em: EntityManager,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
  id: string,
): Promise<V | null> {
  const primed = known.get(em)?.get(key)?.get(id);
  if (primed) return Promise.resolve(primed() as V);
  return loaderFor(em, key, batch).load(id);
}

/**
 * Tells the request what {@link batched} `key` answers for `id` (rows it has just written), so a field that
 * asks for it reads nothing. `value` runs once, when a field first asks (entities cost their mapping, and
 * most answers do not select them).
 */
export function prime<V>(em: EntityManager, key: string, id: string, value: () => V): void {
  let mine = known.get(em);
  if (!mine) known.set(em, (mine = new Map()));
  let primed = mine.get(key);
  if (!primed) mine.set(key, (primed = new Map()));
  let built: { value: V } | null = null;
  primed.set(id, () => (built ??= { value: value() }).value);
}
