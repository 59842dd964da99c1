import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { RECORD_ORDER, orderInput, salesSetup, type SalesSetup } from '../../test-support/sales.js';
import { ClickStat } from '../tracking/click-stat.entity.js';
import { Partner } from '../../kernel/partner.entity.js';

const money = '{ amountMinor currency }';
const DASHBOARD = `query($from: String!, $to: String!, $programId: ID) {
  dashboard(from: $from, to: $to, programId: $programId) {
    period { timeZone startsAt endsAt }
    clicks uniqueClicks leads sales revenue ${money} commissionsEarned ${money} owed ${money} paid ${money}
    conversionRate
    topPartners { partner { code } sales revenue ${money} commissions ${money} }
    days { day clicks uniqueClicks leads sales revenue ${money} commissions ${money} }
  } }`;
const ARGS =
  '$from: String!, $to: String!, $programId: ID, $sortBy: String, $descending: Boolean, $first: Int';
const PASS =
  'from: $from, to: $to, programId: $programId, sortBy: $sortBy, descending: $descending, first: $first';
const ACTIVITY = `query(${ARGS}) { activityReport(${PASS}) {
  rows { partner { code } clicks uniqueClicks leads sales revenue ${money} commissions ${money} }
  pageInfo { totalCount } csv } }`;
const LINKS = `query(${ARGS}) { linkReport(${PASS}) {
  rows { linkKey name slug clicks uniqueClicks botClicks partners } pageInfo { totalCount } csv } }`;
const LEADS = `query(${ARGS}) { leadReport(${PASS}) {
  rows { externalId partner { code } customerEmail weightBps occurredAt } pageInfo { totalCount } csv } }`;
const REFERRALS = `query(${ARGS}) { referralReport(${PASS}) {
  rows { externalId email partner { code } via } pageInfo { totalCount } csv } }`;

describe('the dashboard and the activity reports', () => {
  let t: TestApp;
  let admin: Caller;
  let s: SalesSetup;
  let linkId: string;
  const tag = unique();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedInAdmin(t);
    s = await salesSetup(t, admin, { timeZone: 'America/New_York' });
    const link = await t.gql(
      'mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { id } }',
      { i: { slug: `spring-${tag}`, name: `Spring ${tag}`, destinationUrl: 'https://example.com/spring' } },
      admin,
    );
    if (link.errors) throw new Error(JSON.stringify(link.errors));
    linkId = link.data!.createTrackingLink.id;
    // The hourly rollup the click buffer keeps (UTC hours); New York is UTC-4 from 2026-03-08.
    const em = t.orm.em.fork();
    const stat = (partnerId: string, linkKey: string, hour: string, raw: number, uniq: number, bot: number) =>
      em.create(ClickStat, {
        partner: em.getReference(Partner, partnerId),
        linkKey,
        hour: new Date(hour),
        rawCount: raw,
        uniqueCount: uniq,
        botCount: bot,
      });
    stat(s.parent.id, 'default', '2026-03-10T03:00:00Z', 5, 4, 1); // 23:00 on the 9th in New York
    stat(s.parent.id, 'default', '2026-03-10T15:00:00Z', 3, 2, 0);
    stat(s.child.id, linkId, '2026-03-11T12:00:00Z', 2, 2, 0);
    stat(s.child.id, linkId, '2026-03-12T12:00:00Z', 7, 7, 0); // after the period
    await em.flush();
    const lead = await t.gql(
      'mutation($i: RecordLeadInput!) { recordLead(input: $i) { duplicate } }',
      {
        i: {
          externalId: `lead-${tag}`,
          occurredAt: '2026-03-10T14:00:00Z',
          customer: { email: `lead-${tag}@example.test` },
          referral: { programId: s.programId, partnerCode: s.child.code },
        },
      },
      admin,
    );
    if (lead.errors) throw new Error(JSON.stringify(lead.errors));
    const order = async (partnerCode: string, currency: string, minor: string, at: string) => {
      const result = await t.gql(
        RECORD_ORDER,
        {
          i: orderInput(s, {
            currency,
            orderedAt: at,
            items: [{ sku: s.sku, quantity: 1, unitPriceMinor: minor }],
            customer: { externalId: `cus-${partnerCode}-${tag}`, email: `${partnerCode}-buyer@example.test` },
            referral: { programId: s.programId, partnerCode },
          }),
        },
        admin,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    };
    await order(s.parent.code, 'USD', '10000', '2026-03-10T16:00:00Z');
    await order(s.child.code, 'EUR', '5000', '2026-03-11T02:00:00Z'); // 22:00 on the 10th in New York
    await order(s.other.code, 'USD', '3000', '2026-03-12T05:00:00Z'); // after the period
  });
  afterAll(() => t.close());

  const period = () => ({ from: '2026-03-09', to: '2026-03-11', programId: s.programId });

  test('the dashboard adds up the period by day of the program time zone', async () => {
    const result = await t.gql(DASHBOARD, period(), admin);
    expect(result.errors).toBeUndefined();
    const d = result.data!.dashboard;
    expect(d.period).toEqual({
      timeZone: 'America/New_York',
      startsAt: '2026-03-09T04:00:00.000Z',
      endsAt: '2026-03-12T04:00:00.000Z',
    });
    expect([d.clicks, d.uniqueClicks, d.leads, d.sales]).toEqual([10, 8, 1, 2]);
    expect(d.revenue).toEqual([
      { amountMinor: '5000', currency: 'EUR' },
      { amountMinor: '10000', currency: 'USD' },
    ]);
    // parent: 10 % of $100; child: 10 % of EUR 50 and a $1.50 lead; parent level 2: 20 % of EUR 5.
    expect(d.commissionsEarned).toEqual([
      { amountMinor: '600', currency: 'EUR' },
      { amountMinor: '1150', currency: 'USD' },
    ]);
    // The 30-day hold ended long ago; nothing was paid; the later sale of `other` is payable too.
    expect(d.owed).toEqual([
      { amountMinor: '600', currency: 'EUR' },
      { amountMinor: '1450', currency: 'USD' },
    ]);
    expect(d.paid).toEqual([]);
    expect(d.conversionRate).toBe(0.25);
    expect(d.topPartners.map((p: { partner: { code: string } }) => p.partner.code)).toEqual(
      [s.child.code, s.parent.code].sort(),
    );
    expect(
      d.days.map((day: Record<string, unknown>) => [
        day.day,
        day.clicks,
        day.uniqueClicks,
        day.leads,
        day.sales,
      ]),
    ).toEqual([
      ['2026-03-09', 5, 4, 0, 0],
      ['2026-03-10', 3, 2, 1, 2],
      ['2026-03-11', 2, 2, 0, 0],
    ]);
    expect(d.days[1].revenue).toEqual([
      { amountMinor: '5000', currency: 'EUR' },
      { amountMinor: '10000', currency: 'USD' },
    ]);
  });

  test('activity per partner, sortable, as CSV', async () => {
    const result = await t.gql(ACTIVITY, { ...period(), sortBy: 'clicks', descending: true }, admin);
    expect(result.errors).toBeUndefined();
    const report = result.data!.activityReport;
    expect(report.rows).toEqual([
      {
        partner: { code: s.parent.code },
        clicks: 8,
        uniqueClicks: 6,
        leads: 0,
        sales: 1,
        revenue: [{ amountMinor: '10000', currency: 'USD' }],
        commissions: [
          { amountMinor: '100', currency: 'EUR' },
          { amountMinor: '1000', currency: 'USD' },
        ],
      },
      {
        partner: { code: s.child.code },
        clicks: 2,
        uniqueClicks: 2,
        leads: 1,
        sales: 1,
        revenue: [{ amountMinor: '5000', currency: 'EUR' }],
        commissions: [
          { amountMinor: '500', currency: 'EUR' },
          { amountMinor: '150', currency: 'USD' },
        ],
      },
    ]);
    expect(report.csv.split('\r\n').slice(0, 2)).toEqual([
      'partner_code,partner_name,clicks,unique_clicks,leads,sales,revenue,commissions',
      expect.stringMatching(new RegExp(`^${s.parent.code},[^,]+,8,6,0,1,USD 100.00,EUR 1.00; USD 10.00$`)),
    ]);
  });

  test('per tracking link, leads by partner, referrals', async () => {
    const links = await t.gql(LINKS, period(), admin);
    expect(links.errors).toBeUndefined();
    expect(links.data!.linkReport.rows).toEqual([
      {
        linkKey: 'default',
        name: 'Default link and deep links',
        slug: null,
        clicks: 8,
        uniqueClicks: 6,
        botClicks: 1,
        partners: 1,
      },
      {
        linkKey: linkId,
        name: `Spring ${tag}`,
        slug: `spring-${tag}`,
        clicks: 2,
        uniqueClicks: 2,
        botClicks: 0,
        partners: 1,
      },
    ]);
    const leads = await t.gql(LEADS, period(), admin);
    expect(leads.data!.leadReport.rows).toEqual([
      {
        externalId: `lead-${tag}`,
        partner: { code: s.child.code },
        customerEmail: `lead-${tag}@example.test`,
        weightBps: 10000,
        occurredAt: '2026-03-10T14:00:00.000Z',
      },
    ]);
    // Customers are first seen when they are recorded (today).
    const today = new Date().toISOString().slice(0, 10);
    const referrals = await t.gql(
      REFERRALS,
      { from: '2026-01-01', to: today, programId: s.programId, sortBy: 'partner' },
      admin,
    );
    expect(referrals.errors).toBeUndefined();
    expect(
      referrals
        .data!.referralReport.rows.filter((row: { externalId: string | null }) =>
          row.externalId?.startsWith('cus-'),
        )
        .map((row: { externalId: string; partner: { code: string }; via: string }) => [
          row.externalId,
          row.partner.code,
          row.via,
        ]),
    ).toEqual(
      [
        [`cus-${s.child.code}-${tag}`, s.child.code, 'REFERRED'],
        [`cus-${s.other.code}-${tag}`, s.other.code, 'REFERRED'],
        [`cus-${s.parent.code}-${tag}`, s.parent.code, 'REFERRED'],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
  });

  test('bad input: a bad sort key, a period the wrong way round, an unknown program', async () => {
    expect(errorOf(await t.gql(LINKS, { ...period(), sortBy: 'revenue' }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_SORT_INVALID',
      field: 'sortBy',
    });
    expect(errorOf(await t.gql(DASHBOARD, { ...period(), from: '2026-03-12' }, admin)).reason).toBe(
      'LEDGER_PERIOD_INVALID',
    );
    expect(
      errorOf(
        await t.gql(DASHBOARD, { ...period(), programId: '00000000-0000-4000-8000-000000000001' }, admin),
      ),
    ).toEqual({ code: 'NOT_FOUND', reason: 'PROGRAM_NOT_FOUND', field: 'programId' });
  });
});

describe('what the dashboard says is owed', () => {
  let t: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedInAdmin(t);
  });
  afterAll(() => t.close());

  test('is payable only: not in the hold, not flagged for review', async () => {
    const s = await salesSetup(t, admin);
    const order = async (at: string, customerEmail: string) => {
      const result = await t.gql(
        RECORD_ORDER,
        {
          i: orderInput(s, {
            orderedAt: at,
            customer: { email: customerEmail },
            referral: { programId: s.programId, partnerCode: s.other.code },
          }),
        },
        admin,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    };
    const now = Date.now();
    await order(new Date(now - 60 * 86_400_000).toISOString(), `old-${unique()}@example.test`); // payable
    await order(new Date(now - 86_400_000).toISOString(), `new-${unique()}@example.test`); // in the 30-day hold
    await order(new Date(now - 60 * 86_400_000).toISOString(), s.other.email); // self-referral: flagged
    const today = new Date(now).toISOString().slice(0, 10);
    const result = await t.gql(
      DASHBOARD,
      { from: new Date(now - 90 * 86_400_000).toISOString().slice(0, 10), to: today, programId: s.programId },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.dashboard.owed).toEqual([{ amountMinor: '1000', currency: 'USD' }]);
    expect(result.data!.dashboard.commissionsEarned).toEqual([{ amountMinor: '3000', currency: 'USD' }]);
  });
});
