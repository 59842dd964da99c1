import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { PartnerStatus } from '../partners/index.js';
import { PROGRAM_DEFAULTS } from '../programs/index.js';
import {
  attributeConversion,
  isSelfReferral,
  splitCredit,
  type AttributionInput,
  type AttributionPartner,
  type AttributionProgram,
} from './index.js';

const program: AttributionProgram = { ...PROGRAM_DEFAULTS, cookieWindowDays: 30, attributionMode: 'LAST' };
const partners: AttributionPartner[] = [
  { id: 'man', status: 'ACTIVE' },
  { id: 'perm', status: 'ACTIVE' },
  { id: 'coup', status: 'ACTIVE' },
  { id: 'c1', status: 'ACTIVE', email: 'Jane+aff@Example.com' },
  { id: 'c2', status: 'ACTIVE' },
  { id: 'c3', status: 'ACTIVE' },
  { id: 'ip', status: 'ACTIVE' },
  { id: 'off', status: 'SUSPENDED' },
];
const at = new Date('2024-05-31T12:00:00Z');
const h = (hoursBefore: number) => new Date(at.getTime() - hoursBefore * 3_600_000);
const base: AttributionInput = {
  at,
  program: { ...program, permanentReferral: true, ipWindowMinutes: 60 },
  partners,
  manualPartnerId: 'man',
  permanentReferralPartnerId: 'perm',
  couponPartnerId: 'coup',
  visitorTouches: [
    { partnerId: 'c1', at: h(48) },
    { partnerId: 'c2', at: h(24) },
  ],
  ipTouches: [{ partnerId: 'ip', at: h(0.5) }],
};

describe('attribution order', () => {
  test.each([
    ['manual first', {}, 'MANUAL', 'man'],
    ['then the permanent referral', { manualPartnerId: null }, 'PERMANENT_REFERRAL', 'perm'],
    [
      'permanent referral only if the program keeps referrals',
      { manualPartnerId: null, program: { ...program, ipWindowMinutes: 60 } },
      'COUPON',
      'coup',
    ],
    ['then the coupon', { manualPartnerId: null, permanentReferralPartnerId: null }, 'COUPON', 'coup'],
    [
      'an inactive coupon partner is skipped',
      { manualPartnerId: null, permanentReferralPartnerId: 'off', couponPartnerId: 'off' },
      'COOKIE',
      'c2',
    ],
    [
      'then the last click',
      { manualPartnerId: null, permanentReferralPartnerId: null, couponPartnerId: null },
      'COOKIE',
      'c2',
    ],
    [
      'or the first click',
      {
        manualPartnerId: null,
        permanentReferralPartnerId: null,
        couponPartnerId: null,
        program: { ...program, attributionMode: 'FIRST' },
      },
      'COOKIE',
      'c1',
    ],
    [
      'then the IP window',
      { manualPartnerId: null, permanentReferralPartnerId: null, couponPartnerId: null, visitorTouches: [] },
      'IP',
      'ip',
    ],
    [
      'nothing: unattributed',
      {
        manualPartnerId: null,
        permanentReferralPartnerId: null,
        couponPartnerId: null,
        visitorTouches: [],
        ipTouches: [{ partnerId: 'ip', at: h(2) }],
      },
      'NONE',
      null,
    ],
  ] as Array<[string, Partial<AttributionInput>, string, string | null]>)(
    '%s',
    (_name, patch, method, partnerId) => {
      const result = attributeConversion({ ...base, ...patch });
      expect(result.method).toBe(method);
      expect(result.credits.map((c) => c.partnerId)).toEqual(partnerId ? [partnerId] : []);
    },
  );

  test.each([
    ['suspended', 'off', 'PERMANENT_REFERRAL', 'perm'],
    ['unknown', 'gone', 'PERMANENT_REFERRAL', 'perm'],
  ])(
    'a manual assignment to an %s partner no longer counts: the next source is tried',
    (_name, manualPartnerId, method, partnerId) => {
      const result = attributeConversion({ ...base, manualPartnerId });
      expect(result.method).toBe(method);
      expect(result.credits.map((c) => c.partnerId)).toEqual([partnerId]);
      const nothingElse = attributeConversion({
        ...base,
        manualPartnerId,
        permanentReferralPartnerId: null,
        couponPartnerId: null,
        visitorTouches: [],
        ipTouches: [],
      });
      expect(nothingElse).toEqual({ method: 'NONE', credits: [] });
    },
  );

  test('the cookie window counts local days in the program time zone', () => {
    const sale = new Date('2024-05-31T23:30:00Z'); // June 1 in Paris
    const click = new Date('2024-05-01T21:30:00Z'); // May 1 in UTC, May 1 23:30 in Paris
    const run = (timeZone: string, cookieWindowDays = 30) =>
      attributeConversion({
        at: sale,
        program: { ...program, timeZone, cookieWindowDays },
        partners,
        visitorTouches: [{ partnerId: 'c1', at: click }],
      }).method;
    expect(run('UTC')).toBe('COOKIE'); // May 1 -> May 31: 30 days
    expect(run('Europe/Paris')).toBe('NONE'); // May 1 -> June 1: 31 days
    expect(run('Europe/Paris', 31)).toBe('COOKIE');
    expect(() => run('Mars/Base')).toThrow(expect.objectContaining({ code: 'TIME_ZONE_INVALID' }));
  });

  test('a partner cookie window replaces the program one; clicks after the sale never count', () => {
    const result = attributeConversion({
      at,
      program,
      partners: [{ id: 'short', status: 'ACTIVE', cookieWindowDays: 1 }, ...partners],
      visitorTouches: [
        { partnerId: 'c1', at: h(24 * 10) },
        { partnerId: 'short', at: h(24 * 3) },
        { partnerId: 'c3', at: new Date(at.getTime() + 1) },
      ],
    });
    expect(result.credits.map((c) => c.partnerId)).toEqual(['c1']);
  });

  test('self-referral flags the credit (case and +tag ignored)', () => {
    const result = attributeConversion({
      at,
      program,
      partners,
      visitorTouches: [{ partnerId: 'c1', at: h(1) }],
      customerEmail: ' jane@example.COM',
    });
    expect(result.credits).toEqual([{ partnerId: 'c1', weightBps: 10_000, flagged: true }]);
    expect(isSelfReferral('a.b+x@x.io', 'A.B@X.IO')).toBe(true);
    expect(isSelfReferral('ab@x.io', 'a.b@x.io')).toBe(false);
    expect(isSelfReferral(null, null)).toBe(false);
  });
});

describe('split credit', () => {
  const w = { firstBps: 4_000, lastBps: 4_000, middleBps: 2_000 };
  const t = (...ids: string[]) => ids.map((partnerId, i) => ({ partnerId, at: h(ids.length - i) }));
  test.each([
    [['a'], [['a', 10_000]]],
    [
      ['a', 'b'],
      [
        ['a', 5_000],
        ['b', 5_000],
      ],
    ],
    [
      ['a', 'm', 'b'],
      [
        ['a', 4_000],
        ['m', 2_000],
        ['b', 4_000],
      ],
    ],
    [
      ['a', 'm', 'n', 'o', 'b'],
      [
        ['a', 4_000],
        ['m', 667],
        ['n', 667],
        ['o', 666],
        ['b', 4_000],
      ],
    ],
    [
      ['a', 'm', 'a'],
      [
        ['a', 8_000],
        ['m', 2_000],
      ],
    ],
    [
      ['a', 'b', 'a', 'b'],
      [
        ['a', 5_000],
        ['b', 5_000],
      ],
    ],
  ])('%j -> %j', (ids, expected) => {
    expect(splitCredit(t(...ids), w).map((c) => [c.partnerId, c.weightBps])).toEqual(expected);
  });

  test('uneven first/last weights without a middle partner keep their proportion', () => {
    expect(splitCredit(t('a', 'b'), { firstBps: 1_000, lastBps: 3_000, middleBps: 6_000 })).toEqual([
      { partnerId: 'a', weightBps: 2_500 },
      { partnerId: 'b', weightBps: 7_500 },
    ]);
  });

  test('property: only active partners are credited and the weights always sum to 10,000 bp', () => {
    const statuses: PartnerStatus[] = ['ACTIVE', 'PENDING', 'SUSPENDED', 'REJECTED'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { minLength: 6, maxLength: 6 }),
        fc.array(fc.record({ p: fc.nat(7), hoursBefore: fc.integer({ min: -10, max: 24 * 40 }) }), {
          maxLength: 12,
        }),
        fc.constantFrom('FIRST' as const, 'LAST' as const, 'SPLIT' as const),
        fc.option(fc.nat(7)),
        fc.option(fc.nat(7)),
        (status, touches, mode, coupon, permanent) => {
          const ps = status.map((s, i) => ({ id: `p${i}`, status: s }));
          const result = attributeConversion({
            at,
            program: {
              ...program,
              attributionMode: mode,
              splitWeights: { firstBps: 3_000, lastBps: 5_000, middleBps: 2_000 },
              permanentReferral: true,
              ipWindowMinutes: 120,
            },
            partners: ps,
            couponPartnerId: coupon === null ? null : `p${coupon}`,
            permanentReferralPartnerId: permanent === null ? null : `p${permanent}`,
            visitorTouches: touches.map((x) => ({ partnerId: `p${x.p}`, at: h(x.hoursBefore) })),
            ipTouches: touches.map((x) => ({ partnerId: `p${x.p}`, at: h(x.hoursBefore / 100) })),
          });
          const byId = new Map(ps.map((p) => [p.id, p]));
          for (const c of result.credits) expect(byId.get(c.partnerId)?.status).toBe('ACTIVE');
          if (result.method !== 'NONE') {
            expect(result.credits.reduce((s, c) => s + c.weightBps, 0)).toBe(10_000);
          } else {
            expect(result.credits).toEqual([]);
          }
        },
      ),
    );
  });
});
