import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AdminRole } from '../../kernel/admin-user.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { PayoutBatch } from './payout-batch.entity.js';
import { payableSale, payoutSetup } from '../../test-support/payouts.js';
import {
  createTestApp,
  errorOf,
  signedInAdmin,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

/** What `payouts:write` and `webhooks:write` open to a third party, and what stays with people. */

const RECORD = `mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) {
  id kind adminName payments { entry { id } amount { amountMinor } } } }`;
const VOID = `mutation($i: VoidPaymentInput!) { voidPayment(input: $i) { id kind cause { kind adminName } } }`;
const ADJUST = `mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }`;
const CREATE_HOOK =
  'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id url } } }';
const DELETE_HOOK = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }';

let t: TestApp;
let owner: Caller;
const keys: Record<string, { caller: Caller; id: string }> = {};

async function key(scopes: string[]) {
  const created = await t.gql(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }',
    { i: { name: scopes.join(' '), scopes } },
    owner,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return { caller: { bearer: created.data!.createApiKey.secret }, id: created.data!.createApiKey.apiKey.id };
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signedInAdmin(t);
  keys.payouts = await key(['payouts:write']);
  keys.events = await key(['events:write', '*:read']);
  keys.hooks = await key(['webhooks:write']);
});
afterAll(() => t.close());

/** A setup whose child has $10.00 payable, and a single payment of `amountMinor` to it, not sent yet. */
async function childWithPayment(amountMinor: string, keyPrefix: string) {
  const s = await payoutSetup(t, owner);
  await payableSale(t, keys.events!.caller, s);
  const input = {
    partnerId: s.child.id,
    currency: 'USD',
    method: 'CHECK',
    amountMinor,
    idempotencyKey: `${keyPrefix}-${s.child.id}`,
  };
  return { s, input };
}

describe('payouts:write', () => {
  test('a key pays and voids, recorded as the key; adjustments stay with people', async () => {
    const { s, input } = await childWithPayment('500', 'key-pay');
    expect(errorOf(await t.gql(RECORD, { i: input }, keys.events!.caller))).toMatchObject({
      reason: 'SCOPE_MISSING',
    });
    const paid = await t.gql(RECORD, { i: input }, keys.payouts!.caller);
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordPartnerPayment).toMatchObject({ kind: 'SINGLE', adminName: null });
    const batch = await t.orm.em.fork().findOneOrFail(PayoutBatch, paid.data!.recordPartnerPayment.id);
    expect(batch).toMatchObject({ adminId: null, apiKeyId: keys.payouts!.id });

    const entryId = paid.data!.recordPartnerPayment.payments[0].entry.id;
    const voided = await t.gql(VOID, { i: { entryId, reason: 'bounced' } }, keys.payouts!.caller);
    expect(voided.errors).toBeUndefined();
    expect(voided.data!.voidPayment.cause).toMatchObject({ kind: 'PAYMENT_VOID', adminName: null });
    const entry = await t.orm.em.fork().findOneOrFail(LedgerEntry, voided.data!.voidPayment.id);
    expect(entry.adminId).toBeNull();

    const adjust = { partnerId: s.child.id, amountMinor: '100', currency: 'USD', reason: 'Bonus' };
    const refused = await t.gql(ADJUST, { i: adjust }, keys.payouts!.caller);
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    expect(await t.orm.em.fork().count(LedgerEntry, { partner: s.child.id, kind: 'ADJUSTMENT' })).toBe(0);
  });

  test("a key's answer tells what was paid, not the payees' details or files (partners:read, *:read)", async () => {
    const { s, input } = await childWithPayment('300', 'key-details');
    for (const selection of [
      'payments { partner { email payoutDestination } }',
      'paymentsCsv { content }',
      'paypalFiles { content }',
    ]) {
      const asked = await t.gql(
        `mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) { id ${selection} } }`,
        { i: input },
        keys.payouts!.caller,
      );
      expect(errorOf(asked)).toMatchObject({ reason: 'SCOPE_MISSING' });
    }
    // Nor of the partners a batch leaves out (here: the parent, paid by an admin's batch just before).
    const first = await t.gql(
      'mutation($i: CreatePayoutBatchInput!) { createPayoutBatch(input: $i) { created } }',
      {
        i: {
          idempotencyKey: `admin-${s.parent.id}`,
          currency: 'USD',
          method: 'PAYPAL',
          partnerIds: [s.parent.id],
        },
      },
      owner,
    );
    expect(first.errors).toBeUndefined();
    const batch = await t.gql(
      'mutation($i: CreatePayoutBatchInput!) { createPayoutBatch(input: $i) { skipped { reason partner { email } } } }',
      {
        i: {
          idempotencyKey: `key-skipped-${s.child.id}`,
          currency: 'USD',
          method: 'PAYPAL',
          partnerIds: [s.parent.id, s.child.id],
        },
      },
      keys.payouts!.caller,
    );
    expect(errorOf(batch)).toMatchObject({ reason: 'SCOPE_MISSING' });
    // The payment itself was made once (the key's retries returned it); a reading key sees the payee.
    const batches = await t.orm.em.fork().find(PayoutBatch, { idempotencyKey: input.idempotencyKey });
    expect(batches).toHaveLength(1);
    const read = await t.gql(
      'query($id: ID!) { payoutBatch(id: $id) { payments { partner { code } amount { amountMinor } } } }',
      { id: batches[0]!.id },
      keys.events!.caller,
    );
    expect(read.data!.payoutBatch.payments).toEqual([
      { partner: { code: s.child.code }, amount: { amountMinor: '300' } },
    ]);
  });
});

describe('webhooks:write', () => {
  test('a key creates and deletes endpoints; other keys and managers may not', async () => {
    const input = { url: 'http://127.0.0.1:9/hook', events: ['partner.approved'] };
    expect(errorOf(await t.gql(CREATE_HOOK, { i: input }, keys.payouts!.caller))).toMatchObject({
      reason: 'SCOPE_MISSING',
    });
    const manager = await signedInAdmin(t, AdminRole.MANAGER);
    expect(errorOf(await t.gql(CREATE_HOOK, { i: input }, manager))).toMatchObject({
      reason: 'ROLE_FORBIDDEN',
    });
    const created = await t.gql(CREATE_HOOK, { i: input }, keys.hooks!.caller);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createWebhookEndpoint.endpoint.id;
    const listed = await t.gql('{ webhookEndpoints { id } }', {}, keys.hooks!.caller);
    expect(listed.data!.webhookEndpoints).toContainEqual({ id });
    expect((await t.gql(DELETE_HOOK, { id }, keys.hooks!.caller)).data?.deleteWebhookEndpoint).toBe(true);
  });
});
