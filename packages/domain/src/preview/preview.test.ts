import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { chain, days, order, pct, program } from '../testing/fixtures.js';
import { previewProgramChange, type PreviewSale } from './index.js';

const current = program([pct(1, '10'), pct(2, '5')]);
const sales: PreviewSale[] = [
  {
    order: order(10_000n, { id: 'o1', orderedAt: days(1) }),
    programs: [current],
    credits: [{ partnerId: 'a', weightBps: 10_000 }],
    partners: chain('a', 'b'),
  },
  {
    order: order(20_000n, { id: 'o2', orderedAt: days(5) }),
    programs: [current],
    credits: [{ partnerId: 'c', weightBps: 10_000 }],
    partners: chain('c'),
  },
  {
    order: order(50_000n, { id: 'o3', orderedAt: days(40) }),
    programs: [current],
    credits: [{ partnerId: 'a', weightBps: 10_000 }],
    partners: chain('a', 'b'),
  },
];

describe('previewProgramChange', () => {
  test('recomputes the period under the changed program and returns the difference per partner', () => {
    const changed = program([pct(1, '12'), pct(2, '2.5')]);
    const preview = previewProgramChange({ sales, changed, from: days(0), to: days(30) });
    expect(preview.salesCompared).toBe(2);
    expect(
      preview.rows.map((r) => [
        r.partnerId,
        r.current.amountMinor,
        r.changed.amountMinor,
        r.difference.amountMinor,
      ]),
    ).toEqual([
      ['a', 1_000n, 1_200n, 200n],
      ['b', 500n, 250n, -250n],
      ['c', 2_000n, 2_400n, 400n],
    ]);
  });

  test('a level added by the change shows up; bad periods are refused', () => {
    const changed = program([pct(1, '10'), pct(2, '5'), pct(3, '1')], {
      levels: 3,
      unusedLevelShare: 'ROLL_DOWN_TO_LEVEL_1',
    });
    const rows = previewProgramChange({ sales, changed, from: days(0), to: days(30) }).rows;
    expect(rows.map((r) => [r.partnerId, r.difference.amountMinor])).toEqual([
      ['a', 100n],
      ['b', 0n],
      ['c', 1_200n], // rolled-down levels 2 and 3 of c's sale: 5 % + 1 % of 200.00
    ]);
    expect(() => previewProgramChange({ sales, changed, from: days(2), to: days(1) })).toThrow(
      expect.objectContaining({ code: 'PREVIEW_PERIOD_INVALID' }),
    );
    expect(() =>
      previewProgramChange({ sales, changed: { ...changed, id: 'other' }, from: days(0), to: days(30) }),
    ).toThrow(expect.objectContaining({ code: 'PREVIEW_PROGRAM_NOT_USED' }));
  });

  test('property: an unchanged program previews no difference, and writes nothing to its input', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { maxLength: 8 }), (prices) => {
        const input = prices.map(
          (price, i) =>
            ({ ...sales[0], order: order(price, { id: `o${i}`, orderedAt: days(i) }) }) as PreviewSale,
        );
        const snapshot = JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
        const preview = previewProgramChange({
          sales: input,
          changed: current,
          from: days(0),
          to: days(100),
        });
        expect(preview.rows.every((r) => r.difference.amountMinor === 0n)).toBe(true);
        expect(JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(snapshot);
      }),
    );
  });
});
