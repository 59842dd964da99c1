import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Commission } from '../../kernel/commission.entity.js';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import {
  cookieFrom,
  createTestApp,
  errorOf,
  signedInAdmin,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { PayoutBatch } from './payout-batch.entity.js';
import { balanceOf, batchInput, PAYOUT_BATCH, payableSale, payoutSetup } from '../../test-support/payouts.js';

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

const counts = async () => {
  const em = t.orm.em.fork();
  return {
    entries: await em.count(LedgerEntry, {}),
    batches: await em.count(PayoutBatch, {}),
    emails: await em.count(OutboundEmail, { kind: 'PAYMENT_SENT' }),
  };
};

const PREVIEW = `query($c: String, $p: ID) { payoutPreview(currency: $c, programId: $p) {
  partner { id code } currency payable { amountMinor } pending { amountMinor } flagged { amountMinor }
  minimumPayout { amountMinor } readiness } }`;

async function signIn(code: string) {
  const result = await t.gql(
    'mutation($c: String!, $p: String!) { signInPartner(login: $c, password: $p) { kind } }',
    { c: code, p: 'partner-pass-1' },
    { app: 'portal' },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieFrom(result.headers), app: 'portal' as const };
}

describe('payout preview', () => {
  test('tells who is ready, below the minimum, without payout details or flagged', async () => {
    const s = await payoutSetup(t, admin, { minimumPayoutMinor: '500' });
    await payableSale(t, events, s); // child $10.00 READY, parent $2.00 below the $5.00 minimum
    await t.gql(
      'mutation($id: ID!, $i: UpdatePartnerInput!) { updatePartner(id: $id, input: $i) { id } }',
      { id: s.child.id, i: { payoutDestination: '' } },
      admin,
    );
    await payableSale(t, events, s, { customer: { email: s.child.email } }); // flagged (self-referral)
    const result = await t.gql(PREVIEW, { c: 'USD', p: s.programId }, admin);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.payoutPreview;
    expect(rows).toEqual([
      {
        partner: { id: s.child.id, code: s.child.code },
        currency: 'USD',
        payable: { amountMinor: '1000' },
        pending: { amountMinor: '0' },
        flagged: { amountMinor: '1000' },
        minimumPayout: { amountMinor: '500' },
        readiness: 'NO_PAYOUT_DETAILS',
      },
      {
        partner: { id: s.parent.id, code: s.parent.code },
        currency: 'USD',
        payable: { amountMinor: '200' },
        pending: { amountMinor: '0' },
        flagged: { amountMinor: '200' },
        minimumPayout: { amountMinor: '500' },
        readiness: 'BELOW_MINIMUM',
      },
    ]);
  });
});

describe('payout batches', () => {
  test('pays each payable partner once, zeroes the payable balance, settles commissions, emails and files', async () => {
    const s = await payoutSetup(t, admin);
    const sale = await payableSale(t, events, s);
    const published: string[] = [];
    const stop = (async () => {
      for await (const event of t.events.pubSub.subscribe('PAYOUT_PAID')) {
        published.push((event as { batchId: string }).batchId);
        break;
      }
    })();
    const input = batchInput({ partnerIds: [s.child.id, s.parent.id], reference: 'PP-1' });
    const first = await t.gql(PAYOUT_BATCH, { i: input }, admin);
    expect(first.errors).toBeUndefined();
    const batch = first.data!.createPayoutBatch.batch;
    expect(first.data!.createPayoutBatch.created).toBe(true);
    expect(batch).toMatchObject({
      kind: 'BATCH',
      currency: 'USD',
      method: 'PAYPAL',
      reference: 'PP-1',
      paymentCount: 2,
      total: { amountMinor: '1200', currency: 'USD' },
    });
    expect(
      batch.payments.map((p: any) => [p.partner.id, p.amount.amountMinor, p.voided, p.entry.method]).sort(),
    ).toEqual(
      [
        [s.child.id, '1000', false, 'PAYPAL'],
        [s.parent.id, '200', false, 'PAYPAL'],
      ].sort(),
    );
    expect(await balanceOf(t, admin, s.child.id)).toEqual({
      total: '0',
      payable: '0',
      pending: '0',
      flagged: '0',
    });
    expect(await balanceOf(t, admin, s.parent.id)).toMatchObject({ payable: '0' });
    const commissions = await t.orm.em.fork().find(Commission, { sourceId: sale.id });
    expect(commissions.map((c) => [c.paidAt !== null, c.payoutBatchId])).toEqual([
      [true, batch.id],
      [true, batch.id],
    ]);
    await stop;
    expect(published).toEqual([batch.id]);
    const emails = await t.orm.em.fork().find(OutboundEmail, { kind: 'PAYMENT_SENT', partnerId: s.child.id });
    expect(emails.map((e) => e.subject)).toEqual(['Payment sent: $10.00']);

    // The same key again: the same batch, nothing paid twice.
    const before = await counts();
    const again = await t.gql(PAYOUT_BATCH, { i: input }, admin);
    expect(again.data!.createPayoutBatch).toMatchObject({ created: false, batch: { id: batch.id } });
    expect(await counts()).toEqual(before);
    // The same key for something else (another method, another reference) is refused.
    for (const change of [{ method: 'CHECK' }, { reference: 'another reference' }]) {
      const other = await t.gql(PAYOUT_BATCH, { i: { ...input, ...change } }, admin);
      expect(errorOf(other)).toEqual({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
      });
    }
    // An already-paid selection with a new key pays nothing.
    const paid = await t.gql(
      PAYOUT_BATCH,
      { i: { ...input, idempotencyKey: `${input.idempotencyKey}-2` } },
      admin,
    );
    expect(errorOf(paid)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PAYOUT_NOTHING_TO_PAY',
      field: 'partnerIds',
    });
    expect(await counts()).toEqual(before);

    const files = await t.gql(
      'query($id: ID!) { payoutBatch(id: $id) { paypalFiles { name rowCount content } paymentsCsv { rowCount content } } }',
      { id: batch.id },
      admin,
    );
    const paypal = files.data!.payoutBatch.paypalFiles;
    expect(paypal).toHaveLength(1);
    expect(paypal[0].rowCount).toBe(2);
    expect(paypal[0].content.split('\n')).toContain(
      `paypal-${s.child.email},10.00,USD,${s.child.code},Partner commission payout ${new Date().toISOString().slice(0, 10)} (PP-1),PAYPAL`,
    );
    expect(files.data!.payoutBatch.paymentsCsv.rowCount).toBe(2);

    // The partner sees the payment with its method and reference, and a zero payable balance.
    const portal = await signIn(s.child.code);
    const mine = await t.gql(
      `{ myEarnings { currency payable { amountMinor } paid { amountMinor } canBePaidOut readiness }
         myPayments(first: 10) { nodes { amount { amountMinor } method reference cause { kind payoutBatchId } } } }`,
      {},
      portal,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myEarnings).toEqual([
      {
        currency: 'USD',
        payable: { amountMinor: '0' },
        paid: { amountMinor: '1000' },
        canBePaidOut: false,
        readiness: 'NOTHING_PAYABLE',
      },
    ]);
    expect(mine.data!.myPayments.nodes).toEqual([
      {
        amount: { amountMinor: '-1000' },
        method: 'PAYPAL',
        reference: 'PP-1',
        cause: { kind: 'PAYOUT', payoutBatchId: batch.id },
      },
    ]);
  });

  test.each([
    [{ partnerIds: [] }, 'PAYOUT_NOTHING_TO_PAY', 'partnerIds'],
    [{ currency: 'EUR' }, 'PAYOUT_CURRENCY_NOT_HELD', 'partnerIds[0]'],
    [{ currency: 'XYZ' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    [{ idempotencyKey: '  ' }, 'REQUIRED', 'idempotencyKey'],
    [{ partnerIds: ['not-a-uuid'] }, 'ID_INVALID', 'partnerIds'],
  ] as const)('refuses %j and writes nothing', async (override, reason, field) => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s);
    const before = await counts();
    const result = await t.gql(
      PAYOUT_BATCH,
      { i: batchInput({ partnerIds: [s.child.id], ...override }) },
      admin,
    );
    expect(errorOf(result)).toMatchObject({ reason, field });
    expect(await counts()).toEqual(before);
  });

  test('a partner may not create a batch', async () => {
    const s = await payoutSetup(t, admin);
    const portal = await signIn(s.child.code);
    const result = await t.gql(PAYOUT_BATCH, { i: batchInput() }, portal);
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });
});

const RECORD = `mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) {
  id kind paymentCount total { amountMinor } payments { entry { id } amount { amountMinor } } } }`;
const VOID = `mutation($i: VoidPaymentInput!) { voidPayment(input: $i) { id kind amount { amountMinor } reason cause { kind voidedEntryId payoutBatchId adminName } } }`;
const ADJUST = `mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id kind amount { amountMinor } reason cause { kind reason adminName } } }`;

describe('single payments and voids', () => {
  test('records a payment up to the payable balance, refuses more, voids it once', async () => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s);
    const base = { partnerId: s.child.id, currency: 'USD', method: 'CHECK', reference: 'check 1042' };
    const before = await counts();
    for (const [override, reason, field] of [
      [{ amountMinor: '1001' }, 'PAYOUT_EXCEEDS_PAYABLE', 'amountMinor'],
      [{ amountMinor: '0' }, 'PAYOUT_AMOUNT_INVALID', 'amountMinor'],
      [{ amountMinor: '100', currency: 'EUR' }, 'PAYOUT_CURRENCY_NOT_HELD', 'currency'],
      [{ amountMinor: '1.5' }, 'MONEY_AMOUNT_INVALID', 'amountMinor'],
    ] as const) {
      const refused = await t.gql(
        RECORD,
        { i: { ...base, idempotencyKey: `k-${Math.random()}`, ...override } },
        admin,
      );
      expect(errorOf(refused)).toMatchObject({ reason, field });
    }
    expect(await counts()).toEqual(before);

    const key = `single-${Math.random()}`;
    const paid = await t.gql(RECORD, { i: { ...base, idempotencyKey: key, amountMinor: '600' } }, admin);
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordPartnerPayment).toMatchObject({
      kind: 'SINGLE',
      paymentCount: 1,
      total: { amountMinor: '600' },
    });
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ payable: '400' });
    const replay = await t.gql(RECORD, { i: { ...base, idempotencyKey: key, amountMinor: '600' } }, admin);
    expect(replay.data!.recordPartnerPayment.id).toBe(paid.data!.recordPartnerPayment.id);
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ payable: '400' });
    // The rest is more than payable now.
    const more = await t.gql(
      RECORD,
      { i: { ...base, idempotencyKey: `${key}-b`, amountMinor: '401' } },
      admin,
    );
    expect(errorOf(more).reason).toBe('PAYOUT_EXCEEDS_PAYABLE');

    const entryId = paid.data!.recordPartnerPayment.payments[0].entry.id;
    const voided = await t.gql(VOID, { i: { entryId, reason: 'check lost' } }, admin);
    expect(voided.errors).toBeUndefined();
    expect(voided.data!.voidPayment).toMatchObject({
      kind: 'PAYMENT',
      amount: { amountMinor: '600' },
      reason: 'check lost',
      cause: {
        kind: 'PAYMENT_VOID',
        voidedEntryId: entryId,
        payoutBatchId: paid.data!.recordPartnerPayment.id,
        adminName: 'Test Admin',
      },
    });
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ payable: '1000' });
    const entriesBefore = await counts();
    const twice = await t.gql(VOID, { i: { entryId, reason: 'again' } }, admin);
    expect(errorOf(twice)).toEqual({ code: 'CONFLICT', reason: 'PAYMENT_ALREADY_VOIDED', field: 'entryId' });
    const ofVoid = await t.gql(VOID, { i: { entryId: voided.data!.voidPayment.id, reason: 'x' } }, admin);
    expect(errorOf(ofVoid).reason).toBe('PAYMENT_NOT_VOIDABLE');
    const noReason = await t.gql(VOID, { i: { entryId, reason: ' ' } }, admin);
    expect(errorOf(noReason).reason).toMatch(/PAYMENT_ALREADY_VOIDED|LEDGER_ENTRY_INVALID/);
    const unknown = await t.gql(VOID, { i: { entryId: 'payment:nope', reason: 'x' } }, admin);
    expect(errorOf(unknown)).toEqual({
      code: 'NOT_FOUND',
      reason: 'LEDGER_ENTRY_NOT_FOUND',
      field: 'entryId',
    });
    expect(await counts()).toEqual(entriesBefore);
  });
});

describe('adjustments', () => {
  test('credits and debits with a reason the partner sees; refuses no reason or zero', async () => {
    const s = await payoutSetup(t, admin);
    const before = await counts();
    for (const [override, reason, field] of [
      [{ reason: '  ' }, 'LEDGER_ENTRY_INVALID', 'reason'],
      [{ amountMinor: '0' }, 'LEDGER_ENTRY_INVALID', 'amountMinor'],
      [{ currency: 'ZZZ' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
      [{ amountMinor: '1000000000000001' }, 'MONEY_AMOUNT_TOO_LARGE', 'amountMinor'],
      [{ amountMinor: '-9223372036854775808' }, 'MONEY_AMOUNT_TOO_LARGE', 'amountMinor'],
    ] as const) {
      const valid = { partnerId: s.child.id, amountMinor: '500', currency: 'USD', reason: 'Bonus' };
      const refused = await t.gql(ADJUST, { i: { ...valid, ...override } }, admin);
      expect(errorOf(refused)).toMatchObject({ reason, field });
    }
    expect(await counts()).toEqual(before);
    const credit = await t.gql(
      ADJUST,
      { i: { partnerId: s.child.id, amountMinor: '750', currency: 'USD', reason: 'Launch bonus' } },
      admin,
    );
    expect(credit.data!.addAdjustment).toMatchObject({
      kind: 'ADJUSTMENT',
      amount: { amountMinor: '750' },
      reason: 'Launch bonus',
      cause: { kind: 'ADJUSTMENT', reason: 'Launch bonus', adminName: 'Test Admin' },
    });
    await t.gql(
      ADJUST,
      { i: { partnerId: s.child.id, amountMinor: '-250', currency: 'USD', reason: 'Fee' } },
      admin,
    );
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ total: '500', payable: '500' });
    const portal = await signIn(s.child.code);
    const ledger = await t.gql(
      '{ myLedgerEntries(first: 10) { nodes { kind amount { amountMinor } reason cause { kind reason adminName } } } }',
      {},
      portal,
    );
    expect(ledger.data!.myLedgerEntries.nodes).toEqual(
      expect.arrayContaining([
        {
          kind: 'ADJUSTMENT',
          amount: { amountMinor: '750' },
          reason: 'Launch bonus',
          cause: { kind: 'ADJUSTMENT', reason: 'Launch bonus', adminName: null },
        },
        {
          kind: 'ADJUSTMENT',
          amount: { amountMinor: '-250' },
          reason: 'Fee',
          cause: { kind: 'ADJUSTMENT', reason: 'Fee', adminName: null },
        },
      ]),
    );
  });

  test('an idempotency key adds the adjustment once; the key with other details is refused', async () => {
    const s = await payoutSetup(t, admin);
    const request = {
      partnerId: s.child.id,
      amountMinor: '300',
      currency: 'usd',
      reason: ' Goodwill ',
      idempotencyKey: ' adj-1 ',
    };
    const first = await t.gql(ADJUST, { i: request }, admin);
    expect(first.errors).toBeUndefined();
    const before = await counts();
    // A retry (the same key, trimmed; the same details, as normalised) is the first adjustment again.
    const again = await t.gql(
      ADJUST,
      { i: { ...request, currency: 'USD', reason: 'Goodwill', idempotencyKey: 'adj-1' } },
      admin,
    );
    expect(again.data!.addAdjustment).toEqual(first.data!.addAdjustment);
    for (const override of [
      { amountMinor: '301' },
      { reason: 'Other' },
      { currency: 'EUR' },
      { partnerId: s.parent.id },
    ]) {
      const refused = await t.gql(ADJUST, { i: { ...request, ...override } }, admin);
      expect(errorOf(refused)).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    }
    for (const [idempotencyKey, reason] of [
      ['  ', 'REQUIRED'],
      ['k'.repeat(201), 'TOO_LONG'],
    ] as const) {
      const refused = await t.gql(ADJUST, { i: { ...request, idempotencyKey } }, admin);
      expect(errorOf(refused)).toMatchObject({ reason, field: 'idempotencyKey' });
    }
    expect(await counts()).toEqual(before);
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ total: '300' });
    // Without a key, each request is an adjustment of its own; another key is another adjustment.
    const { idempotencyKey: _key, ...keyless } = request;
    await t.gql(ADJUST, { i: keyless }, admin);
    await t.gql(ADJUST, { i: keyless }, admin);
    await t.gql(ADJUST, { i: { ...request, idempotencyKey: 'adj-2' } }, admin);
    expect(await balanceOf(t, admin, s.child.id)).toMatchObject({ total: '1200' });
  });
});
