import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Commission } from '../../kernel/commission.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const PREVIEW = `query($id: ID!, $i: UpdateProgramInput!, $from: DateTimeISO!, $to: DateTimeISO!) {
  previewProgramChange(programId: $id, input: $i, from: $from, to: $to) {
    salesCompared truncated rows { partner { code } current { amountMinor } changed { amountMinor } difference { amountMinor } }
  } }`;
const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const rate = (percent: string, level = 1) => ({ level, sale: { kind: 'PERCENT', percent } });

describe('previewProgramChange', () => {
  test('shows what a rate change would have paid over the period, per partner, and writes nothing', async () => {
    const sku = `SKU-${unique()}`;
    await t.gql(
      'mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id } }',
      { i: { sku, name: sku, priceMinor: '10000', currency: 'USD' } },
      admin,
    );
    const program = await t.gql(
      'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
      {
        i: {
          name: `Preview ${unique()}`,
          currency: 'USD',
          rules: [{ layer: 'DEFAULT', levels: [rate('10'), rate('5', 2)] }],
        },
      },
      admin,
    );
    const programId = program.data!.createProgram.id;
    const parent = await createPartner(t, admin, { programIds: [programId] });
    const child = await createPartner(t, admin, { programIds: [programId], parentCode: parent.code });
    for (const [i, when] of [3, 2, 20].entries()) {
      const result = await t.gql(
        'mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status } }',
        {
          i: {
            externalId: `prev-${unique()}-${i}`,
            currency: 'USD',
            orderedAt: days(when),
            items: [{ sku, unitPriceMinor: '10000' }],
            referral: { programId, partnerCode: child.code },
          },
        },
        admin,
      );
      expect(result.errors).toBeUndefined();
    }
    const before = await t.orm.em.fork().count(Commission, {});

    const preview = await t.gql(
      PREVIEW,
      {
        id: programId,
        i: { rules: [{ layer: 'DEFAULT', levels: [rate('15'), rate('5', 2)] }] },
        from: days(7),
        to: days(0),
      },
      admin,
    );
    expect(preview.errors).toBeUndefined();
    const { rows, ...summary } = preview.data!.previewProgramChange;
    expect(summary).toEqual({ salesCompared: 2, truncated: false });
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          partner: { code: child.code },
          current: { amountMinor: '2000' },
          changed: { amountMinor: '3000' },
          difference: { amountMinor: '1000' },
        },
        {
          partner: { code: parent.code },
          current: { amountMinor: '1000' },
          changed: { amountMinor: '1000' },
          difference: { amountMinor: '0' },
        },
      ]),
    );
    expect(await t.orm.em.fork().count(Commission, {})).toBe(before);
    const stored = await t.gql(
      'query($id: ID!) { program(id: $id) { rules { levels { sale { percent } } } } }',
      { id: programId },
      admin,
    );
    expect(stored.data!.program.rules[0].levels[0].sale.percent).toBe('10');
  });

  test('an invalid change or period is refused with a coded error', async () => {
    const program = await t.gql(
      'mutation { createProgram(input: { name: "Preview errors", currency: "USD" }) { id } }',
      {},
      admin,
    );
    const id = program.data!.createProgram.id;
    const bad = await t.gql(PREVIEW, { id, i: { levels: 12 }, from: days(7), to: days(0) }, admin);
    expect(errorOf(bad)).toMatchObject({ reason: 'PROGRAM_LEVELS_OUT_OF_RANGE', field: 'levels' });
    const backwards = await t.gql(PREVIEW, { id, i: {}, from: days(0), to: days(7) }, admin);
    expect(errorOf(backwards)).toMatchObject({ reason: 'PREVIEW_PERIOD_INVALID', field: 'to' });
    const empty = await t.gql(PREVIEW, { id, i: { levels: 3 }, from: days(7), to: days(0) }, admin);
    expect(empty.data!.previewProgramChange).toEqual({ salesCompared: 0, truncated: false, rows: [] });
  });
});
