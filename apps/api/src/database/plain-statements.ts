import { type EntityManager, type Knex } from '@mikro-orm/postgresql';

/**
 * Plain statements that travel together. Each round trip to PostgreSQL costs both processes a socket write
 * and a read (on the benchmark's machine that is most of a short statement's cost), so the statements
 * issued while one turn of the event loop runs are sent as one query of several statements (the simple
 * protocol, values inlined and quoted by the ORM's platform, as for every plain statement), and each caller
 * gets its own rows.
 *
 * - Inside a transaction, a batch is that transaction's statements in the order they were issued. PostgreSQL
 *   runs them one after another, each with its own snapshot (READ COMMITTED), so a read issued after a lock
 *   in the same turn sees what the lock protects. If one fails, the transaction is aborted: every caller of
 *   the batch gets that error.
 * - Outside a transaction, the statements of every request in the turn share a batch (they run in one
 *   implicit transaction, each with its own snapshot). Only reads belong here. If the batch fails, each
 *   statement is sent again on its own, so each caller gets its own answer or error.
 */
interface Queued {
  sql: string;
  params: readonly unknown[];
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  em: EntityManager;
  transaction: unknown;
  statements: Queued[];
}

/** The batch being filled, per open transaction or, outside one, per connection. */
const filling = new Map<object, Batch>();

/**
 * The rows of one plain statement (`?` placeholders), in the caller's transaction when there is one, sent
 * with the other statements of the same turn (see above).
 */
export function plainRows<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const transaction = em.getTransactionContext<object>();
  const key = transaction ?? em.getConnection();
  let batch = filling.get(key);
  if (!batch) {
    batch = { em, transaction, statements: [] };
    filling.set(key, batch);
    const started = batch;
    setImmediate(() => {
      filling.delete(key);
      void send(started);
    });
  }
  return new Promise<T[]>((resolve, reject) => {
    batch.statements.push({ sql, params, resolve: resolve as Queued['resolve'], reject });
  });
}

function one(batch: Batch, statement: Queued): Promise<Record<string, unknown>[]> {
  return batch.em
    .getConnection()
    .execute<Record<string, unknown>[]>(statement.sql, [...statement.params], 'all', batch.transaction);
}

async function send(batch: Batch): Promise<void> {
  const { statements } = batch;
  if (statements.length === 1) {
    const [statement] = statements as [Queued];
    await one(batch, statement).then(statement.resolve, statement.reject);
    return;
  }
  const platform = batch.em.getPlatform();
  const sql = statements
    .map((statement) => platform.formatQuery(statement.sql, [...statement.params]))
    .join(';\n');
  let results: Record<string, unknown>[][];
  try {
    results = await batch.em
      .getConnection()
      .execute<Record<string, unknown>[][]>(sql, [], 'all', batch.transaction);
  } catch (error) {
    if (batch.transaction) {
      for (const statement of statements) statement.reject(error);
      return;
    }
    await Promise.all(
      statements.map((statement) => one(batch, statement).then(statement.resolve, statement.reject)),
    );
    return;
  }
  statements.forEach((statement, index) => statement.resolve(results[index] ?? []));
}

/**
 * Databases whose connections share sessions: the embedded database's socket server runs every connection
 * on its one backend, and a pooler in transaction mode (PgBouncer) hands one server session to many
 * connections; there, two connections preparing a statement of the same name collide, or a statement
 * prepared on one session is missing on the next.
 */
const sharedSessions = new WeakSet<object>();

/** Marks the ORM's database as one whose connections share sessions: no named prepared statements. */
export function markSharedSessions(em: EntityManager): void {
  sharedSessions.add(em.getConnection().getKnex().client);
}

/**
 * One constant statement (`?` placeholders, values bound, never inlined) in the caller's transaction when
 * there is one, as a named prepared statement: PostgreSQL parses and analyses it once per connection rather
 * than on every run (it may still plan it per run, where a custom plan costs no more than the generic one).
 * For the order's write of six CTEs that saved 0.36 ms of PostgreSQL CPU per order. `name` must be unique
 * to `sql`. Unnamed where sessions are shared (above). It is sent at once, not with the statements
 * `plainRows` queues in the same turn: await those first.
 */
export async function preparedRows<T = Record<string, unknown>>(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const knex = em.getConnection().getKnex();
  const statement = (em.getTransactionContext<Knex.Transaction>() ?? knex).raw(
    sql,
    params as readonly Knex.RawBinding[],
  );
  if (!sharedSessions.has(knex.client)) statement.options({ name });
  const result = (await statement) as { rows: T[] };
  return result.rows;
}
