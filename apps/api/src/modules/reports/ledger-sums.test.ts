import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDaysToDayKey, zonedDayStart, type LedgerEntry as DomainLedgerEntry } from '@partnerkit/domain';
import {
  createPartner,
  createTestApp,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { newLedgerEntry } from '../commissions/commission.mapper.js';
import { drawnEntry, plainEntry } from '../../test-support/ledger.js';
import { balancePieces, ledgerSumsSql, type LedgerSumPiece } from './ledger-sums.js';
import { run } from './report-sql.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const BEGINNING = Date.parse('0001-01-01T00:00:00Z');
const END = Date.UTC(9999, 0, 1);

/** The instants a set of pieces counts, as signed UTC ranges (an ALL piece is everything). */
const ranges = (pieces: LedgerSumPiece[]) =>
  pieces.map((piece) => ({
    from: piece.grain === 'ALL' ? BEGINNING : piece.from.getTime(),
    to: piece.grain === 'ALL' ? END : piece.to.getTime(),
    sign: piece.sign,
  }));

/** Whether the signed ranges count exactly the instants before `t` (each probe once). */
function countsBefore(pieces: LedgerSumPiece[], t: number, probes: number[]): boolean {
  const signed = ranges(pieces);
  return probes.every((probe) => {
    const count = signed.reduce((n, r) => n + (probe >= r.from && probe < r.to ? r.sign : 0), 0);
    return count === (probe < t ? 1 : 0);
  });
}

describe('the pieces of a balance at an instant', () => {
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) });

  test('property: either way, they count every instant before it once and none after', () => {
    fc.assert(
      fc.property(
        instant,
        fc.array(fc.integer({ min: -40 * DAY, max: 40 * DAY }), { maxLength: 30 }),
        (t, offsets) => {
          const probes = [t - 1, t, t + 1, ...offsets.map((offset) => t + offset)];
          const context = { first: new Date(Date.UTC(2023, 5, 1)), now: new Date(Date.UTC(2026, 11, 3)) };
          for (const side of ['before', 'after'] as const) {
            const pieces = balancePieces(new Date(t), context, side);
            expect(countsBefore(pieces, t, probes)).toBe(true);
            // Raw entries only within t's own UTC day.
            for (const piece of pieces.filter((p) => p.grain === 'RAW')) {
              expect(piece.to.getTime() - piece.from.getTime()).toBeLessThan(DAY);
            }
          }
        },
      ),
    );
  });

  test.each([
    // [t, expected side, why]
    ['2026-12-04T00:00:00Z', 'after', 'tomorrow: nothing after it but all time'],
    ['2026-09-05T00:00:00Z', 'before', 'early in a month near the first entry'],
    ['2026-09-29T18:30:00Z', 'after', 'late in a month: the rest of the month is shorter'],
    ['2026-10-02T18:15:00Z', 'before', 'early in a month'],
  ])('at %s reads %s (%s)', (t, side) => {
    const pieces = balancePieces(new Date(t), {
      first: new Date('2026-09-04T11:04:10Z'),
      now: new Date('2026-12-03T11:00:00Z'),
    });
    expect(pieces.some((piece) => piece.grain === 'ALL')).toBe(side === 'after');
  });

  test('an instant on a UTC month boundary is read from months alone', () => {
    const context = { first: new Date('2025-01-01T00:00:00Z'), now: new Date('2026-12-03T00:00:00Z') };
    expect(balancePieces(new Date('2026-03-01T00:00:00Z'), context, 'before')).toEqual([
      { grain: 'MONTH', from: new Date(BEGINNING), to: new Date('2026-03-01T00:00:00Z'), sign: 1 },
    ]);
    expect(
      balancePieces(new Date('2026-03-01T00:00:00Z'), context, 'after').map((piece) => piece.grain),
    ).toEqual(['ALL', 'MONTH']);
  });
});

const ZONES = ['Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'] as const;

describe('the rollup agrees with the plain sum of the entries', () => {
  let t: TestApp;
  let admin: Caller;
  const partners: Array<{ id: string; code: string }> = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedInAdmin(t);
    for (let i = 0; i < 3; i++) partners.push(await createPartner(t, admin));
  });
  afterAll(() => t.close());

  /** The report's rows by the definition: plain sums of the partners' entries, read from the entries. */
  async function plainReport(start: Date, end: Date, ids = partners.map((p) => p.id)) {
    const em = t.orm.em.fork();
    return run<Record<string, string>>(em, {
      text: `select e.partner_id, e.currency,
        coalesce(sum(e.amount_minor) filter (where e.effective_at < ?), 0) as beginning,
        ${['COMMISSION', 'CLAWBACK', 'PAYMENT', 'ADJUSTMENT']
          .map(
            (kind) =>
              `coalesce(sum(e.amount_minor) filter (where e.effective_at >= ? and e.effective_at < ? and e.kind = '${kind}'), 0) as k_${kind.toLowerCase()}`,
          )
          .join(', ')},
        coalesce(sum(e.amount_minor) filter (where e.effective_at < ?), 0) as ending
      from ledger_entries e where e.partner_id = any(?::uuid[])
      group by e.partner_id, e.currency having count(*) filter (where e.effective_at < ?) > 0
      order by e.partner_id, e.currency`,
      params: [
        start,
        ...Array.from({ length: 4 }, () => [start, end]).flat(),
        end,
        `{${ids.join(',')}}`,
        end,
      ],
    }).then((rows) =>
      rows.map((row) =>
        [
          row.partner_id,
          row.currency,
          row.beginning,
          row.k_commission,
          row.k_clawback,
          row.k_payment,
          row.k_adjustment,
          row.ending,
        ].map(String),
      ),
    );
  }

  async function rolledUp(start: Date, end: Date, sides: Parameters<typeof ledgerSumsSql>[4]) {
    const em = t.orm.em.fork();
    const sums = ledgerSumsSql(
      {
        text: 'select p.id from partners p where p.id = any(?::uuid[])',
        params: [`{${partners.map((p) => p.id).join(',')}}`],
      },
      start,
      end,
      { first: new Date(Date.UTC(2024, 11, 1)), now: new Date(Date.UTC(2026, 1, 1)) },
      sides,
    );
    const rows = await run<Record<string, string>>(em, {
      text: `${sums.text} select * from r order by r.partner_id, r.currency`,
      params: sums.params,
    });
    return rows.map((row) =>
      [
        row.partner_id,
        row.currency,
        row.beginning,
        row.commissions,
        row.clawbacks,
        row.payments,
        row.adjustments,
        row.ending,
      ].map(String),
    );
  }

  test('property: random entries (several statements), random periods of :30/:45 zones, either way to each boundary', async () => {
    const base = Date.UTC(2025, 0, 1);
    const side = fc.constantFrom(undefined, 'before' as const, 'after' as const);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.record({
              partner: fc.integer({ min: 0, max: 2 }),
              kind: fc.constantFrom('COMMISSION', 'CLAWBACK', 'PAYMENT', 'ADJUSTMENT' as const),
              amount: fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
              currency: fc.constantFrom('USD', 'EUR'),
              // Any minute of 13 months: entries mid-hour, on and around UTC day and month boundaries.
              at: fc.oneof(
                fc.integer({ min: 0, max: 395 * 24 * 60 }).map((m) => m * MINUTE),
                fc.integer({ min: 0, max: 395 }).map((d) => d * DAY),
              ),
            }),
            { maxLength: 8 },
          ),
          { maxLength: 3 },
        ),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 395 }),
        fc.integer({ min: 0, max: 120 }),
        side,
        side,
        async (statements, zone, fromOffset, length, startSide, endSide) => {
          for (const drafts of statements) {
            const em = t.orm.em.fork();
            for (const draft of drafts) {
              newLedgerEntry(em, drawnEntry(draft, partners, base));
            }
            await em.flush();
          }
          const from = addDaysToDayKey('2024-12-31', fromOffset);
          const start = zonedDayStart(from, zone);
          const end = zonedDayStart(addDaysToDayKey(from, length + 1), zone);
          expect(await rolledUp(start, end, { start: startSide, end: endSide })).toEqual(
            await plainReport(start, end),
          );
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 60) },
    );
  });

  test('the report through the API equals the plain sums in zones with :30 and :45 offsets', async () => {
    const base = Date.UTC(2025, 2, 30, 17, 7);
    for (const timeZone of ['Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns']) {
      const program = await t.gql(
        'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
        { i: { name: `Zone ${unique()}`, currency: 'USD', timeZone } },
        admin,
      );
      const programId = program.data!.createProgram.id as string;
      const members = [
        await createPartner(t, admin, { programIds: [programId] }),
        await createPartner(t, admin, { programIds: [programId] }),
      ];
      const em = t.orm.em.fork();
      ['COMMISSION', 'CLAWBACK', 'PAYMENT', 'ADJUSTMENT'].forEach((kind, i) => {
        for (let hour = 0; hour < 60; hour += 1) {
          newLedgerEntry(
            em,
            plainEntry({
              partnerId: members[hour % 2]!.id,
              kind: kind as DomainLedgerEntry['kind'],
              amountMinor: BigInt((hour + 1) * (i + 1) * (i % 2 ? -1 : 1)),
              currency: 'USD',
              effectiveAt: new Date(base + hour * 3_600_000 + i * 11 * MINUTE),
              availableAt: new Date(base),
              reason: 'api',
            }),
          );
        }
      });
      await em.flush();
      for (const [from, to] of [
        ['2025-03-31', '2025-03-31'],
        ['2025-04-01', '2025-04-01'],
        ['2025-03-31', '2025-04-02'],
        ['2025-04-02', '2025-04-30'],
      ] as const) {
        const result = await t.gql(
          `query($from: String!, $to: String!, $programId: ID) {
            ledgerReport(from: $from, to: $to, programId: $programId, first: 20) {
              period { startsAt endsAt timeZone }
              rows { partner { id } currency beginning { amountMinor } commissions { amountMinor }
                clawbacks { amountMinor } payments { amountMinor } adjustments { amountMinor }
                ending { amountMinor } } } }`,
          { from, to, programId },
          admin,
        );
        expect(result.errors).toBeUndefined();
        const report = result.data!.ledgerReport;
        expect(report.period.timeZone).toBe(timeZone);
        const rows = (report.rows as Array<Record<string, { amountMinor: string; id: string }>>)
          .map((row) => [
            row.partner!.id,
            row.currency as unknown as string,
            ...['beginning', 'commissions', 'clawbacks', 'payments', 'adjustments', 'ending'].map(
              (c) => row[c]!.amountMinor,
            ),
          ])
          .sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
        const expected = await plainReport(
          new Date(report.period.startsAt),
          new Date(report.period.endsAt),
          members.map((m) => m.id),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(rows).toEqual(expected.sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1)));
      }
    }
  });
});
