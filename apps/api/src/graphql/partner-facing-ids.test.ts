import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORD_ORDER, orderInput, salesSetup } from '../test-support/sales.js';
import {
  type Caller,
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  type TestApp,
} from '../test-support/test-app.js';

/** A recruiter must not read the identity of the partner who made a sale in the ids of their commissions. */

const MINE = `query($after: String) {
  myCommissions(first: 1, after: $after) { nodes { id level } pageInfo { endCursor hasNextPage } }
  myLedgerEntries(first: 50) { nodes { id commissionId cause { commissionId } } pageInfo { endCursor } }
}`;

let t: TestApp;
let admin: Caller;
let recruiter: Caller;
let child: { id: string; code: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const s = await salesSetup(t, admin);
  const parent = await createPartner(t, admin, { programIds: [s.programId], password: 'recruiter-pass-1' });
  child = await createPartner(t, admin, { programIds: [s.programId], parentCode: parent.code });
  for (let i = 0; i < 2; i += 1) {
    const order = await t.gql(
      RECORD_ORDER,
      { i: orderInput(s, { referral: { programId: s.programId, partnerCode: child.code } }) },
      admin,
    );
    if (order.errors) throw new Error(JSON.stringify(order.errors));
  }
  const signIn = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: parent.code, p: 'recruiter-pass-1' },
    { app: 'portal' },
  );
  recruiter = { cookie: cookieFrom(signIn.headers), app: 'portal' };
});
afterAll(() => t.close());

describe('ids partners see', () => {
  test("a recruiter's commission and ledger ids, and cursors, carry no other partner's id", async () => {
    const first = await t.gql(MINE, {}, recruiter);
    expect(first.errors).toBeUndefined();
    const page = first.data!.myCommissions;
    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0].level).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(MINE, { after: page.pageInfo.endCursor }, recruiter);
    expect(second.data!.myCommissions.nodes).toHaveLength(1);
    expect(second.data!.myCommissions.nodes[0].id).not.toBe(page.nodes[0].id);

    const text = JSON.stringify([first.data, second.data]);
    expect(text).not.toContain(child.id);
    // Nothing decodes to it either (a cursor is base64url of its sort values).
    for (const cursor of [page.pageInfo.endCursor, first.data!.myLedgerEntries.pageInfo.endCursor]) {
      expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain(child.id);
    }

    // Stable, and the ledger points at the same opaque commission id.
    const again = await t.gql(MINE, {}, recruiter);
    expect(again.data!.myCommissions.nodes[0].id).toBe(page.nodes[0].id);
    const commissionIds = new Set(
      [page.nodes[0].id, second.data!.myCommissions.nodes[0].id].map((id: string) => id),
    );
    const entries = first.data!.myLedgerEntries.nodes as Array<{
      id: string;
      commissionId: string;
      cause: { commissionId: string };
    }>;
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(commissionIds.has(entry.commissionId)).toBe(true);
      expect(entry.cause.commissionId).toBe(entry.commissionId);
    }
  });

  test('admins keep the real ids; a cursor a partner did not get is refused', async () => {
    const asAdmin = await t.gql(
      'query($p: ID!) { commissions(first: 5, partnerId: $p) { nodes { id } } }',
      { p: child.id },
      admin,
    );
    expect(asAdmin.errors).toBeUndefined();
    const ids: string[] = asAdmin.data!.commissions.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.includes(child.id))).toBe(true);

    const forged = Buffer.from(JSON.stringify([new Date().toISOString(), 'x'])).toString('base64url');
    const refused = await t.gql(MINE, { after: forged }, recruiter);
    expect(errorOf(refused)).toMatchObject({ reason: 'CURSOR_INVALID', field: 'after' });
  });
});
