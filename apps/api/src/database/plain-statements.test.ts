import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ormConfig } from '../composition/orm-config.js';
import { lockForTransaction } from './advisory-locks.js';
import { openDatabase } from '../composition/database.js';
import { plainRows, preparedRows } from './plain-statements.js';

/** On the real PostgreSQL: what `plainRows` promises its callers (one round trip, own rows, own errors). */
let orm: MikroORM;
const sent: string[] = [];
const table = `plain_statements_probe_${process.pid}`;

beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(inject('databaseUrl'), { pool: { min: 0, max: 4 } }));
  await orm.em.getConnection().execute(`create table ${table} (id int primary key, note text)`);
  orm.em
    .getConnection()
    .getKnex()
    .client.on('query', (query: { sql: string }) => sent.push(query.sql));
});
afterAll(async () => {
  await orm.em.getConnection().execute(`drop table if exists ${table}`);
  await orm.close(true);
});

describe('plainRows', () => {
  test('statements issued in one turn travel in one round trip, each caller with its own rows', async () => {
    const em = orm.em.fork();
    sent.length = 0;
    const [a, b, c] = await Promise.all([
      plainRows<{ n: number }>(em, 'select ?::int as n', [1]),
      plainRows<{ s: string }>(em, 'select ?::text as s', ["it's ?"]),
      plainRows<{ n: number }>(em, 'select generate_series(1, ?) as n', [3]),
    ]);
    expect(sent).toHaveLength(1);
    expect(a).toEqual([{ n: 1 }]);
    expect(b).toEqual([{ s: "it's ?" }]);
    expect(c.map((row) => row.n)).toEqual([1, 2, 3]);
  });

  test('outside a transaction, a failing statement fails only its caller', async () => {
    const em = orm.em.fork();
    const results = await Promise.allSettled([
      plainRows(em, 'select 1 as one'),
      plainRows(em, 'select ?::uuid as bad', ['not a uuid']),
      plainRows(em, 'select 3 as three'),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: [{ one: 1 }] });
    expect(results[1]!.status).toBe('rejected');
    expect(results[2]).toEqual({ status: 'fulfilled', value: [{ three: 3 }] });
  });

  test('in a transaction, a read sent with a lock runs after it: it sees what the lock holder committed', async () => {
    const lock = `plain-statements-${process.pid}`;
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const hasLock = new Promise<void>((resolve) => (locked = resolve));
    const writer = orm.em.fork().transactional(async (tx) => {
      await lockForTransaction(tx, [lock]);
      await tx
        .getConnection()
        .execute(
          `insert into ${table} values (1, 'written under the lock')`,
          [],
          'run',
          tx.getTransactionContext(),
        );
      locked();
      await holding;
    });
    await hasLock;
    const reader = orm.em.fork().transactional(async (tx) => {
      sent.length = 0;
      const [, rows] = await Promise.all([
        lockForTransaction(tx, [lock]),
        plainRows<{ note: string }>(tx, `select note from ${table} where id = 1`),
      ]);
      return { rows, statements: sent.filter((sql) => !/^(BEGIN|COMMIT)/.test(sql)).length };
    });
    // The reader's lock waits for the writer; its read has not run yet.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await writer;
    const { rows, statements } = await reader;
    expect(statements).toBe(1);
    expect(rows).toEqual([{ note: 'written under the lock' }]);
  });

  test('in a transaction, a failing statement fails every caller of its batch (the transaction is aborted)', async () => {
    const attempt = orm.em.fork().transactional(async (tx) => {
      const results = await Promise.allSettled([
        plainRows(tx, 'select 1 as one'),
        plainRows(tx, 'select ?::uuid as bad', ['not a uuid']),
      ]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      throw new Error('rolled back');
    });
    await expect(attempt).rejects.toThrow('rolled back');
  });
});

describe('preparedRows', () => {
  const preparedNames = async (database: MikroORM) => {
    const names: (string | undefined)[] = [];
    const listener = (query: { options?: { name?: string } }) => names.push(query.options?.name);
    const client = database.em.getConnection().getKnex().client;
    client.on('query', listener);
    try {
      const rows = await database.em
        .fork()
        .transactional((tx) =>
          preparedRows<{ n: number }>(tx, 'partnerkit_probe_statement', 'select ?::int as n', [7]),
        );
      expect(rows).toEqual([{ n: 7 }]);
      const again = await preparedRows<{ n: number }>(
        database.em.fork(),
        'partnerkit_probe_statement',
        'select ?::int as n',
        [8],
      );
      expect(again).toEqual([{ n: 8 }]);
    } finally {
      client.off('query', listener);
    }
    return names.filter((name) => name !== undefined);
  };

  test('runs as a named prepared statement, in a transaction or not', async () => {
    expect(await preparedNames(orm)).toEqual(['partnerkit_probe_statement', 'partnerkit_probe_statement']);
  });

  test('runs unnamed where connections share sessions (DATABASE_PREPARED_STATEMENTS=false)', async () => {
    const pooled = await openDatabase({
      databaseUrl: inject('databaseUrl'),
      dataDir: '.data-unused',
      preparedStatements: false,
      overrides: { pool: { min: 0, max: 2 } },
    });
    try {
      expect(await preparedNames(pooled.orm)).toEqual([]);
    } finally {
      await pooled.close();
    }
  });
});
