import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addDaysToDayKey,
  ledgerReport,
  planPayoutBatch,
  zonedDayStart,
  type LedgerEntry as DomainLedgerEntry,
} from '@partnerkit/domain';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import {
  RECORD_ORDER,
  RECORD_REFUND,
  orderInput,
  salesSetup,
  type SalesSetup,
} from '../../test-support/sales.js';
import { drawnEntry } from '../../test-support/ledger.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import {
  applyCommissionChange,
  newLedgerEntry,
  toDomainCommission,
  toDomainLedgerEntry,
} from '../commissions/commission.mapper.js';

const LEDGER = `query($from: String!, $to: String!, $programId: ID, $search: String, $sortBy: String,
  $descending: Boolean, $first: Int, $offset: Int, $parentId: ID) {
  ledgerReport(from: $from, to: $to, programId: $programId, search: $search, sortBy: $sortBy,
    descending: $descending, first: $first, offset: $offset, parentId: $parentId) {
    period { from to timeZone startsAt endsAt }
    rows { partner { id code } currency beginning { amountMinor } commissions { amountMinor }
      clawbacks { amountMinor } payments { amountMinor } adjustments { amountMinor } ending { amountMinor } }
    totals { currency partners beginning { amountMinor } commissions { amountMinor } clawbacks { amountMinor }
      payments { amountMinor } adjustments { amountMinor } ending { amountMinor } }
    pageInfo { offset totalCount hasNextPage }
    csv
  } }`;

const ENTRIES = `query($from: String!, $to: String!, $programId: ID, $partnerId: ID, $currency: String,
  $kinds: [String!], $sortBy: String, $first: Int, $offset: Int) {
  ledgerEntriesReport(from: $from, to: $to, programId: $programId, partnerId: $partnerId, currency: $currency,
    kinds: $kinds, sortBy: $sortBy, first: $first, offset: $offset) {
    rows { id kind amount { amountMinor currency } effectiveAt partner { code }
      cause { kind level orderExternalId refundExternalId payoutBatchId method reference commissionId } }
    totals { amountMinor currency }
    pageInfo { totalCount hasNextPage }
    csv
  } }`;

type Row = {
  partner: { id: string; code: string };
  currency: string;
  [column: string]: unknown;
};

/** A row as `[code, currency, beginning, commissions, clawbacks, payments, adjustments, ending]`. */
const flat = (row: Row) => [
  row.partner.code,
  row.currency,
  ...['beginning', 'commissions', 'clawbacks', 'payments', 'adjustments', 'ending'].map(
    (column) => (row[column] as { amountMinor: string }).amountMinor,
  ),
];

/** Pays every payable balance of `partnerIds` at `at` (as the payout batch will): the domain plans, the kernel stores. */
async function payOut(t: TestApp, partnerIds: string[], at: Date, batchId: string) {
  const em = t.orm.em.fork();
  await em.transactional(async (tx) => {
    const entries = await tx.find(LedgerEntry, { partner: { id: { $in: partnerIds } } });
    const commissions = await tx.find(Commission, { partner: { id: { $in: partnerIds } } });
    const plan = planPayoutBatch({
      batchId,
      at,
      payees: partnerIds.map((partnerId) => ({ partnerId, method: 'PAYPAL', reference: `ref-${batchId}` })),
      minimumPayoutMinor: {},
      entries: entries.map(toDomainLedgerEntry),
      commissions: commissions.map(toDomainCommission),
    });
    for (const entry of plan.entries) newLedgerEntry(tx, entry);
    const byId = new Map(commissions.map((c) => [c.id, c]));
    for (const decided of plan.commissions) applyCommissionChange(byId.get(decided.id)!, decided);
  });
}

describe('the ledger report', () => {
  let t: TestApp;
  let admin: Caller;
  let s: SalesSetup;
  let grandchild: { id: string; code: string };
  let late: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedInAdmin(t);
    s = await salesSetup(t, admin, {
      holdDays: 0,
      levels: 3,
      rules: [
        {
          layer: 'DEFAULT',
          levels: [
            { level: 1, sale: { kind: 'PERCENT', percent: '10' } },
            { level: 2, sale: { kind: 'PERCENT', percent: '20', of: 'CHILD_COMMISSION' } },
            { level: 3, sale: { kind: 'PERCENT', percent: '50', of: 'CHILD_COMMISSION' } },
          ],
        },
      ],
    });
    // parent -> child -> grandchild: a three-level chain.
    grandchild = await createPartner(t, admin, { programIds: [s.programId], parentCode: s.child.code });
    late = await createPartner(t, admin, { programIds: [s.programId] });
    const order = async (
      externalId: string,
      partnerCode: string,
      currency: string,
      minor: string,
      at: string,
    ) => {
      const result = await t.gql(
        RECORD_ORDER,
        {
          i: orderInput(s, {
            externalId,
            currency,
            orderedAt: at,
            items: [{ sku: s.sku, quantity: 1, unitPriceMinor: minor }],
            referral: { programId: s.programId, partnerCode },
          }),
        },
        admin,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!.recordOrder.order;
    };
    const refund = async (externalId: string, orderExternalId: string, amountMinor: string, at: string) => {
      const result = await t.gql(
        RECORD_REFUND,
        { i: { externalId, orderExternalId, amountMinor, refundedAt: at } },
        admin,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    };
    const tag = unique();
    // Before the period: a USD sale, paid out.
    await order(`o1-${tag}`, grandchild.code, 'USD', '10000', '2026-01-15T12:00:00Z');
    await payOut(
      t,
      [grandchild.id, s.child.id, s.parent.id],
      new Date('2026-01-20T12:00:00Z'),
      `batch-1-${tag}`,
    );
    // In the period: half of it refunded after payment (clawbacks), a EUR sale, a quarter of it refunded
    // before payment (negative commissions), another partner's sale, a payout of two balances.
    await refund(`r1-${tag}`, `o1-${tag}`, '5000', '2026-02-05T12:00:00Z');
    await order(`o2-${tag}`, grandchild.code, 'EUR', '20000', '2026-02-10T12:00:00Z');
    await refund(`r2-${tag}`, `o2-${tag}`, '5000', '2026-02-12T12:00:00Z');
    await order(`o3-${tag}`, s.other.code, 'USD', '5000', '2026-02-15T12:00:00Z');
    await payOut(t, [grandchild.id, s.other.id], new Date('2026-02-20T12:00:00Z'), `batch-2-${tag}`);
    // After the period: not in it.
    await order(`o4-${tag}`, s.other.code, 'USD', '10000', '2026-03-05T12:00:00Z');
    await order(`o5-${tag}`, late.code, 'USD', '10000', '2026-03-05T12:00:00Z');
  });
  afterAll(() => t.close());

  const february = () => ({ from: '2026-02-01', to: '2026-02-28', programId: s.programId });

  test('equals the hand-computed figures per partner and currency, with totals per currency', async () => {
    const result = await t.gql(LEDGER, february(), admin);
    expect(result.errors).toBeUndefined();
    const report = result.data!.ledgerReport;
    expect(report.period).toMatchObject({ from: '2026-02-01', to: '2026-02-28', timeZone: 'UTC' });
    // Levels: 10 % of the order, 20 % of level 1, 50 % of level 2.
    // USD order 1: grandchild 1000, child 200, parent 100; paid 2026-01-20; half refunded after payment.
    // EUR order 2: grandchild 2000, child 400, parent 200; a quarter refunded before payment; grandchild paid.
    // USD order 3: other 500, paid.
    const expected = [
      [grandchild.code, 'EUR', '0', '1500', '0', '-1500', '0', '0'],
      [grandchild.code, 'USD', '0', '0', '-500', '0', '0', '-500'],
      [s.child.code, 'EUR', '0', '300', '0', '0', '0', '300'],
      [s.child.code, 'USD', '0', '0', '-100', '0', '0', '-100'],
      [s.other.code, 'USD', '0', '500', '0', '-500', '0', '0'],
      [s.parent.code, 'EUR', '0', '150', '0', '0', '0', '150'],
      [s.parent.code, 'USD', '0', '0', '-50', '0', '0', '-50'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1));
    expect(report.rows.map(flat)).toEqual(expected);
    expect(report.rows.map((row: Row) => row.partner.code)).not.toContain(late.code);
    expect(
      report.totals.map((total: Row & { partners: number }) => [
        total.partners,
        ...flat({ ...total, partner: { id: '', code: '' } }).slice(1),
      ]),
    ).toEqual([
      [3, 'EUR', '0', '1950', '0', '-1500', '0', '450'],
      [4, 'USD', '0', '500', '-650', '-500', '0', '-650'],
    ]);
    expect(report.pageInfo).toEqual({ offset: 0, totalCount: 7, hasNextPage: false });
  });

  test('the beginning balance is what came before the period', async () => {
    const result = await t.gql(LEDGER, { ...february(), from: '2026-01-16', to: '2026-01-31' }, admin);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.ledgerReport.rows.map(flat);
    expect(rows).toContainEqual([grandchild.code, 'USD', '1000', '0', '0', '-1000', '0', '0']);
    expect(rows).toContainEqual([s.parent.code, 'USD', '100', '0', '0', '-100', '0', '0']);
    expect(rows.map((row: string[]) => row[1])).not.toContain('EUR');
  });

  test('sorts, pages, filters by parent and exports the page shown as CSV', async () => {
    const page = await t.gql(
      LEDGER,
      { ...february(), sortBy: 'ending', descending: true, first: 2, offset: 0 },
      admin,
    );
    expect(page.errors).toBeUndefined();
    const report = page.data!.ledgerReport;
    expect(report.rows.map(flat).map((row: string[]) => row[7])).toEqual(['300', '150']);
    expect(report.pageInfo).toEqual({ offset: 0, totalCount: 7, hasNextPage: true });
    expect(report.csv.split('\r\n')).toEqual([
      'partner_code,partner_name,currency,beginning,commissions,clawbacks,payments,adjustments,ending',
      expect.stringMatching(new RegExp(`^${s.child.code},[^,]+,EUR,0.00,3.00,0.00,0.00,0.00,3.00$`)),
      expect.stringMatching(new RegExp(`^${s.parent.code},[^,]+,EUR,0.00,1.50,0.00,0.00,0.00,1.50$`)),
      '',
    ]);
    const last = await t.gql(
      LEDGER,
      { ...february(), sortBy: 'ending', descending: true, first: 2, offset: 6 },
      admin,
    );
    expect(last.data!.ledgerReport.pageInfo).toEqual({ offset: 6, totalCount: 7, hasNextPage: false });
    const children = await t.gql(LEDGER, { ...february(), parentId: s.child.id }, admin);
    expect(children.data!.ledgerReport.rows.map((row: Row) => row.partner.code)).toEqual([
      grandchild.code,
      grandchild.code,
    ]);
  });

  test("drills down from a row to its entries and each entry's cause", async () => {
    const result = await t.gql(
      ENTRIES,
      { ...february(), partnerId: grandchild.id, currency: 'EUR', sortBy: 'effectiveAt' },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data!.ledgerEntriesReport;
    expect(
      entries.rows.map((row: any) => [row.kind, row.amount.amountMinor, row.cause.kind, row.cause.level]),
    ).toEqual([
      ['COMMISSION', '2000', 'SALE', 1],
      ['COMMISSION', '-500', 'REFUND', 1],
      ['PAYMENT', '-1500', 'PAYOUT', null],
    ]);
    expect(entries.rows[0].cause.orderExternalId).toMatch(/^o2-/);
    expect(entries.rows[1].cause.refundExternalId).toMatch(/^r2-/);
    expect(entries.rows[2].cause).toMatchObject({
      method: 'PAYPAL',
      payoutBatchId: expect.stringMatching(/^batch-2-/),
    });
    expect(entries.totals).toEqual([{ amountMinor: '0', currency: 'EUR' }]);
    const clawbacks = await t.gql(ENTRIES, { ...february(), kinds: ['CLAWBACK'] }, admin);
    expect(clawbacks.data!.ledgerEntriesReport.totals).toEqual([{ amountMinor: '-650', currency: 'USD' }]);
    expect(clawbacks.data!.ledgerEntriesReport.csv.split('\r\n')[0]).toBe(
      'effective_at,partner_code,kind,currency,amount,cause,order,lead,refund,level,payout_batch,method,reference,reason,admin',
    );
    const payments = await t.gql(ENTRIES, { ...february(), kinds: ['PAYMENT'], sortBy: 'amount' }, admin);
    expect(
      payments.data!.ledgerEntriesReport.rows.map((row: any) => [
        row.partner.code,
        row.amount.amountMinor,
        row.amount.currency,
      ]),
    ).toEqual([
      [grandchild.code, '-1500', 'EUR'],
      [s.other.code, '-500', 'USD'],
    ]);
  });

  test('refuses bad input with codes', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ from: '2026-02-10', to: '2026-02-01' }, 'LEDGER_PERIOD_INVALID', 'to'],
      [{ from: '2024-01-01', to: '2026-02-01' }, 'REPORT_PERIOD_TOO_LONG', 'to'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'TIME_DAY_KEY_INVALID', 'from'],
      [{ sortBy: 'amount_minor; drop table partners' }, 'REPORT_SORT_INVALID', 'sortBy'],
      [{ first: 201 }, 'REPORT_PAGE_INVALID', 'first'],
      [{ offset: -1 }, 'REPORT_PAGE_INVALID', 'offset'],
    ];
    for (const [args, reason, field] of cases) {
      const result = await t.gql(LEDGER, { ...february(), ...args }, admin);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason, field: expect.any(String) });
      expect(errorOf(result).field).toBe(field);
    }
    const notFound = await t.gql(
      LEDGER,
      { ...february(), programId: '00000000-0000-4000-8000-000000000000' },
      admin,
    );
    expect(errorOf(notFound)).toEqual({ code: 'NOT_FOUND', reason: 'PROGRAM_NOT_FOUND', field: 'programId' });
    const kinds = await t.gql(ENTRIES, { ...february(), kinds: ['BONUS'] }, admin);
    expect(errorOf(kinds)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_FILTER_INVALID',
      field: 'kinds[0]',
    });
    const filtered = (filter: string, value: string) =>
      t.gql(
        `query($from: String!, $to: String!, $v: String) { ledgerEntriesReport(from: $from, to: $to, ${filter}: $v) { rows { id } } }`,
        { ...february(), v: value },
        admin,
      );
    expect(errorOf(await filtered('method', 'zz'))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_FILTER_INVALID',
      field: 'method',
    });
    expect(errorOf(await filtered('payoutBatchId', 'zz'))).toMatchObject({
      reason: 'ID_INVALID',
      field: 'payoutBatchId',
    });
    expect((await filtered('method', 'CHECK')).errors).toBeUndefined();
  });

  test('partners may not read it', async () => {
    const signIn = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: s.child.code, p: 'partner-pass-1' },
      { app: 'portal' },
    );
    const cookie = String(signIn.headers['set-cookie']).split(';')[0];
    const result = await t.gql(LEDGER, february(), { cookie, app: 'portal' });
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });
});

describe('the ledger report in SQL agrees with the domain', () => {
  let t: TestApp;
  let admin: Caller;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedInAdmin(t);
  });
  afterAll(() => t.close());

  test('property: random entries, random periods, a time zone with a half-hour offset', async () => {
    const program = await t.gql(
      'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
      { i: { name: `Zone ${unique()}`, currency: 'USD', timeZone: 'Asia/Kolkata' } },
      admin,
    );
    const programId = program.data!.createProgram.id as string;
    const partners: Array<{ id: string; code: string }> = [];
    for (let i = 0; i < 3; i++) partners.push(await createPartner(t, admin, { programIds: [programId] }));
    const all: DomainLedgerEntry[] = [];
    const base = Date.parse('2025-01-01T00:00:00Z');
    const day = 86_400_000;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            partner: fc.integer({ min: 0, max: 2 }),
            kind: fc.constantFrom('COMMISSION', 'CLAWBACK', 'PAYMENT', 'ADJUSTMENT' as const),
            amount: fc.bigInt({ min: -100_000n, max: 100_000n }),
            currency: fc.constantFrom('USD', 'EUR', 'JPY'),
            at: fc.integer({ min: 0, max: 90 * day }),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 30 }),
        async (drafts, fromOffset, length) => {
          const em = t.orm.em.fork();
          for (const draft of drafts) {
            const entry = drawnEntry(draft, partners, base);
            newLedgerEntry(em, entry);
            all.push(entry);
          }
          await em.flush();
          const from = addDaysToDayKey('2024-12-31', fromOffset);
          const to = addDaysToDayKey(from, length);
          const expected = ledgerReport(all, {
            from: zonedDayStart(from, 'Asia/Kolkata'),
            to: zonedDayStart(addDaysToDayKey(to, 1), 'Asia/Kolkata'),
          }).map((row) => [
            partners.find((p) => p.id === row.partnerId)!.code,
            row.currency,
            ...[row.beginning, row.commissions, row.clawbacks, row.payments, row.adjustments, row.ending].map(
              (money) => money.amountMinor.toString(),
            ),
          ]);
          const result = await t.gql(LEDGER, { from, to, programId, first: 200 }, admin);
          expect(result.errors).toBeUndefined();
          const sortKey = (row: unknown[]) => `${row[0]}|${row[1]}`;
          expect(
            result
              .data!.ledgerReport.rows.map(flat)
              .sort((a: unknown[], b: unknown[]) => (sortKey(a) < sortKey(b) ? -1 : 1)),
          ).toEqual(expected.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 40) },
    );
  });
});
