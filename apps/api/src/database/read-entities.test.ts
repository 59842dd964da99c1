import { type EntityMetadata } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entities } from '../composition/entities.js';
import { Commission } from '../kernel/commission.entity.js';
import { LedgerEntry } from '../kernel/ledger-entry.entity.js';
import { SaleOrder } from '../kernel/order.entity.js';
import { Partner } from '../kernel/partner.entity.js';
import { childOrder, RECORD_ORDER, RECORD_REFUND, salesSetup } from '../test-support/sales.js';
import { createTestApp, signedInAdmin, unique, type Caller, type TestApp } from '../test-support/test-app.js';
import { findForReading } from './read-entities.js';

/**
 * Read-only entities hold what the ORM's own entities hold: for every stored entity, the rows found both
 * ways compare property by property (scalars after their types' conversion, to-one relations by id).
 */
let t: TestApp;
let admin: Caller;
/** The order refunded $25.00. */
let refundedExternalId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const s = await salesSetup(t, admin);
  for (let i = 0; i < 3; i++) {
    const externalId = `order-${unique()}`;
    const order = await t.gql(
      RECORD_ORDER,
      {
        i: childOrder(s, {
          externalId,
          customer: { externalId: `c-${unique()}`, email: `c-${unique()}@example.com` },
        }),
      },
      admin,
    );
    expect(order.errors).toBeUndefined();
    if (i === 0) {
      refundedExternalId = externalId;
      const refund = await t.gql(
        RECORD_REFUND,
        { i: { externalId: `refund-${unique()}`, orderExternalId: externalId, amountMinor: '2500' } },
        admin,
      );
      expect(refund.errors).toBeUndefined();
    }
  }
});
afterAll(() => t?.close());

/** What an entity holds, comparable: own stored properties, references by their id, collections left out. */
function contentOf(meta: EntityMetadata, entity: Record<string, unknown>) {
  const content: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false || prop.lazy) continue;
    const value = entity[prop.name];
    if (prop.kind === 'scalar') content[prop.name] = value;
    else if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) {
      content[prop.name] =
        value == null ? value : (value as Record<string, unknown>)[prop.targetMeta!.primaryKeys[0]!];
    }
  }
  return content;
}

describe('findForReading', () => {
  test('every entity reads as the ORM reads it', async () => {
    const withRows: string[] = [];
    for (const entity of entities) {
      const em = t.orm.em.fork();
      const meta = em.getMetadata().get(entity.name) as EntityMetadata;
      const orderBy = Object.fromEntries(meta.primaryKeys.map((key) => [key, 'asc' as const]));
      const found = await em.find(entity, {}, { orderBy, limit: 20 });
      const read = await findForReading(t.orm.em.fork(), entity, {}, { orderBy, limit: 20 });
      expect(
        read.map((row) => contentOf(meta, row as never)),
        meta.className,
      ).toEqual(found.map((row) => contentOf(meta, row as never)));
      for (const row of read) expect(row).toBeInstanceOf(entity);
      if (found.length > 0) withRows.push(meta.className);
    }
    // The lists of the admin console and the portal among them, with their bigints, JSON and dates.
    expect(withRows).toEqual(
      expect.arrayContaining(['SaleOrder', 'Commission', 'LedgerEntry', 'Partner', 'SaleRefund']),
    );
  });

  test('a to-one relation is a reference of its class holding only its id; collections are unloaded', async () => {
    const [commission] = await findForReading(
      t.orm.em.fork(),
      Commission,
      {},
      { orderBy: { id: 'desc' }, limit: 1 },
    );
    expect(commission!.partner).toBeInstanceOf(Partner);
    expect(Object.keys(commission!.partner)).toEqual(['id']);
    expect(typeof commission!.amountMinor).toBe('bigint');
    const [partner] = await findForReading(
      t.orm.em.fork(),
      Partner,
      {},
      { orderBy: { id: 'desc' }, limit: 1 },
    );
    expect(partner!.programs.isInitialized()).toBe(false);
    const [order] = await findForReading(
      t.orm.em.fork(),
      SaleOrder,
      { externalId: refundedExternalId, refundedMinor: { $gt: 0 } },
      { limit: 1 },
    );
    expect(order!.refundedMinor).toBe(2500n);
    expect(order!.orderedAt).toBeInstanceOf(Date);
  });

  test('the cursor of a page: the same rows as the ORM finds, page after page', async () => {
    const em = t.orm.em.fork();
    const orderBy = { effectiveAt: 'desc', id: 'desc' } as const;
    const all = await em.find(LedgerEntry, {}, { orderBy });
    const first = await em.findByCursor(LedgerEntry, {}, { first: 2, orderBy, includeCount: false });
    const next = await findForReading(
      t.orm.em.fork(),
      LedgerEntry,
      {},
      { first: 2, after: first.endCursor!, orderBy, overfetch: false },
    );
    expect(next.map((row) => row.id)).toEqual(all.slice(2, 4).map((row) => row.id));
  });
});
