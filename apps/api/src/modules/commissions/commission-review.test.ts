import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import {
  createTestApp,
  errorOf,
  signedInAdmin,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { balanceOf, payableSale, payoutSetup } from '../../test-support/payouts.js';

let t: TestApp;
let admin: Caller;
let events: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write", "*:read"] }) { secret } }',
    {},
    admin,
  );
  events = { bearer: key.data!.createApiKey.secret };
});
afterAll(() => t?.close());

const REVIEW = `mutation($ids: [ID!]!, $d: CommissionReviewDecision!, $n: String) {
  reviewCommissions(ids: $ids, decision: $d, note: $n) { id level status review reviewNote reviewedAt flagReason } }`;
const QUEUE = `{ flaggedCommissions(first: 50) { totalCount nodes { id level flagReason status partner { code } amount { amountMinor } } } }`;

const entryCount = () => t.orm.em.fork().count(LedgerEntry, {});

/** A self-referral of the child (the customer is the child): the chain child + parent is flagged. */
async function flaggedSale() {
  const s = await payoutSetup(t, admin);
  const order = await payableSale(t, events, s, { customer: { email: s.child.email } });
  const child = order.commissions.find((c) => c.level === 1)!;
  const parent = order.commissions.find((c) => c.level === 2)!;
  return { s, order, child, parent };
}

describe('flag review', () => {
  test('the queue lists flagged commissions with the reason', async () => {
    const { child, parent } = await flaggedSale();
    const queue = await t.gql(QUEUE, {}, admin);
    const ids = queue.data!.flaggedCommissions.nodes.map((c: any) => c.id);
    expect(ids).toEqual(expect.arrayContaining([child.id, parent.id]));
    expect(queue.data!.flaggedCommissions.nodes.find((c: any) => c.id === child.id)).toMatchObject({
      flagReason: 'SELF_REFERRAL',
      status: 'FLAGGED',
      amount: { amountMinor: '1000' },
    });
  });

  test('approval makes the chain payable (hold elapsed) with the note, no entry', async () => {
    const { s, child, parent } = await flaggedSale();
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ payable: '0', flagged: '1000' });
    const before = await entryCount();
    const result = await t.gql(REVIEW, { ids: [child.id], d: 'APPROVE', n: 'Bought for a client' }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.reviewCommissions).toEqual([
      expect.objectContaining({
        id: child.id,
        status: 'PAYABLE',
        review: 'APPROVED',
        reviewNote: 'Bought for a client',
      }),
    ]);
    expect(await entryCount()).toBe(before);
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ payable: '1000', flagged: '0' });
    expect(await balanceOf(t, admin, s.parent.id)).toMatchObject({ payable: '200', flagged: '0' });
    const stored = await t.orm.em.fork().findOneOrFail(Commission, { id: parent.id });
    expect(stored.review).toBe('APPROVED');
  });

  test('approval within the hold makes it pending', async () => {
    const s = await payoutSetup(t, admin);
    const order = await payableSale(t, events, s, {
      customer: { email: s.child.email },
      orderedAt: new Date(),
    });
    const child = order.commissions.find((c) => c.level === 1)!;
    const result = await t.gql(REVIEW, { ids: [child.id], d: 'APPROVE' }, admin);
    expect(result.data!.reviewCommissions[0].status).toBe('PENDING');
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ pending: '1000', payable: '0' });
  });

  test('rejection voids the chain with reversing entries; in bulk with the parent selected too', async () => {
    const { s, child, parent } = await flaggedSale();
    const result = await t.gql(
      REVIEW,
      { ids: [child.id, parent.id], d: 'REJECT', n: 'Self-referral' },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.reviewCommissions.map((c: any) => [c.id, c.status, c.review])).toEqual([
      [child.id, 'VOIDED', 'REJECTED'],
      [parent.id, 'VOIDED', 'REJECTED'],
    ]);
    const reversals = await t.orm.em
      .fork()
      .find(LedgerEntry, { commissionId: { $in: [child.id, parent.id] }, amountMinor: { $lt: 0n } });
    expect(reversals.map((e) => [e.commissionId, e.amountMinor, e.reason]).sort()).toEqual(
      [
        [child.id, -1000n, 'REJECTED'],
        [parent.id, -200n, 'REJECTED'],
      ].sort(),
    );
    expect(await balanceOf(t, admin, s.child.id)).toEqual({
      total: '0',
      payable: '0',
      pending: '0',
      flagged: '0',
    });
    const cause = await t.gql(
      'query($id: ID!) { ledgerEntries(partnerId: $id, first: 10) { nodes { amount { amountMinor } cause { kind commissionId adminName } } } }',
      { id: s.child.id },
      admin,
    );
    expect(cause.data!.ledgerEntries.nodes).toEqual(
      expect.arrayContaining([
        {
          amount: { amountMinor: '-1000' },
          cause: { kind: 'REVIEW_REJECTED', commissionId: child.id, adminName: 'Test Admin' },
        },
        {
          amount: { amountMinor: '1000' },
          cause: { kind: 'COMMISSION_EARNED', commissionId: child.id, adminName: null },
        },
      ]),
    );
  });

  test('refuses a commission that is not flagged, an unknown one, an empty list; writes nothing', async () => {
    const { child } = await flaggedSale();
    const s = await payoutSetup(t, admin);
    const plain = (await payableSale(t, events, s)).commissions[0]!;
    const before = await entryCount();
    const notFlagged = await t.gql(REVIEW, { ids: [child.id, plain.id], d: 'REJECT' }, admin);
    expect(errorOf(notFlagged)).toEqual({
      code: 'CONFLICT',
      reason: 'LEDGER_COMMISSION_NOT_FLAGGED',
      field: 'ids[1]',
    });
    const unknown = await t.gql(REVIEW, { ids: ['commission-that-is-not'], d: 'APPROVE' }, admin);
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', reason: 'COMMISSION_NOT_FOUND', field: 'ids[0]' });
    const empty = await t.gql(REVIEW, { ids: [], d: 'APPROVE' }, admin);
    expect(errorOf(empty)).toMatchObject({ reason: 'REQUIRED', field: 'ids' });
    expect(await entryCount()).toBe(before);
    const stillFlagged = await t.orm.em.fork().findOneOrFail(Commission, { id: child.id });
    expect(stillFlagged.review).toBe('FLAGGED');
    // Reviewed once, never twice.
    await t.gql(REVIEW, { ids: [child.id], d: 'APPROVE' }, admin);
    const twice = await t.gql(REVIEW, { ids: [child.id], d: 'REJECT' }, admin);
    expect(errorOf(twice).reason).toBe('LEDGER_COMMISSION_NOT_FLAGGED');
  });
});
