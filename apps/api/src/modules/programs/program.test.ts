import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Program } from '../../kernel/program.entity.js';
import {
  PROGRAM_ROW_COLUMNS,
  programRowToDomain,
  toDomainProgram,
  type ProgramRow,
} from '../../kernel/program.mapper.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { errorEntry } from '../../errors/error-catalogue.js';

const PROGRAM_FIELDS = `id name currency levels holdDays timeZone attributionMode timing unusedLevelShare permanentReferral
  splitWeights { firstBps lastBps middleBps }
  minimumPayout { amountMinor currency formatted }
  rules { id layer productIds recurring { maxPayments afterPayments afterLevels { level sale { kind percent of } } }
    levels { level leadPayout { amountMinor } sale { kind percent of amount { amountMinor formatted } } } }`;
const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { ${PROGRAM_FIELDS} } }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const countPrograms = () => t.orm.em.fork().count(Program, {});

async function upsertProduct(subscription = false) {
  const sku = `SKU-${unique()}`;
  const result = await t.gql(
    'mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id sku } }',
    { i: { sku, name: `Product ${sku}`, priceMinor: '4900', currency: 'USD', subscription } },
    admin,
  );
  return result.data!.upsertProduct as { id: string; sku: string };
}

describe('creating programs', () => {
  test('applies the documented defaults', async () => {
    const result = await t.gql(CREATE, { input: { name: 'Defaults', currency: 'usd' } }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProgram).toMatchObject({
      currency: 'USD',
      levels: 2,
      holdDays: 30,
      timeZone: 'UTC',
      attributionMode: 'LAST',
      timing: 'UPFRONT',
      unusedLevelShare: 'NOT_PAID',
      permanentReferral: false,
      splitWeights: null,
      rules: [],
      minimumPayout: { amountMinor: '0', currency: 'USD' },
    });
  });

  test.each([
    ['USD', '5000', '$50.00'],
    ['JPY', '5000', '¥5,000'],
    ['KWD', '12345', 'KWD 12.345'],
  ])('keeps the minimum payout exact in %s', async (currency, minor, formatted) => {
    const result = await t.gql(
      CREATE,
      { input: { name: `P ${currency}`, currency, minimumPayoutMinor: minor } },
      admin,
    );
    expect(result.data?.createProgram.minimumPayout.amountMinor).toBe(minor);
    expect(result.data?.createProgram.minimumPayout.formatted.replace(/\u00a0/g, ' ')).toBe(formatted);
  });

  test('a program read as a plain row is the same domain program as its entity (every field set)', async () => {
    const product = await upsertProduct(true);
    const input = {
      name: `Every field ${unique()}`,
      notes: 'noted',
      priority: 999, // not the default, and never the default program of the other tests' orders
      currency: 'EUR',
      cookieWindowDays: 45,
      levels: 3,
      holdDays: 12,
      timeZone: 'Europe/Berlin',
      attributionMode: 'SPLIT',
      splitWeights: { firstBps: 5000, lastBps: 3000, middleBps: 2000 },
      permanentReferral: true,
      ipWindowMinutes: 90,
      minimumPayoutMinor: '2500',
      timing: 'ON_PAYMENT',
      unusedLevelShare: 'ROLL_DOWN_TO_LEVEL_1',
      rules: [
        { layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '12.5' } }] },
        {
          layer: 'SUBSCRIPTION',
          productIds: [product.id],
          levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: '900' } }],
          recurring: {
            maxPayments: 6,
            afterPayments: 2,
            afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '5' } }],
          },
        },
      ],
    };
    const created = await t.gql(CREATE, { input }, admin);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProgram.id as string;
    const em = t.orm.em.fork();
    const entity = await em.findOneOrFail(Program, { id });
    const [row] = await em
      .getConnection()
      .execute<ProgramRow[]>(`select ${PROGRAM_ROW_COLUMNS} from programs where id = ?`, [id]);
    const fromRow = programRowToDomain(row!);
    const fromEntity = toDomainProgram(entity);
    expect(fromRow).toEqual(fromEntity);
    // Not the defaults: a field the row mapping dropped or misnamed would show here.
    expect(fromRow).toMatchObject({
      notes: 'noted',
      priority: 999,
      cookieWindowDays: 45,
      ipWindowMinutes: 90,
      permanentReferral: true,
      minimumPayoutMinor: 2500n,
      timeZone: 'Europe/Berlin',
      unusedLevelShare: 'ROLL_DOWN_TO_LEVEL_1',
    });
  });

  test('stores tiered rules with product and subscription layers exactly as given', async () => {
    const product = await upsertProduct();
    const plan = await upsertProduct(true);
    const input = {
      name: 'Tiered',
      currency: 'USD',
      levels: 3,
      attributionMode: 'SPLIT',
      splitWeights: { firstBps: 4000, lastBps: 4000, middleBps: 2000 },
      rules: [
        {
          layer: 'DEFAULT',
          levels: [
            { level: 1, sale: { kind: 'PERCENT', percent: '10' }, leadPayoutMinor: '150' },
            { level: 2, sale: { kind: 'PERCENT', percent: '2.5', of: 'BASE' } },
            { level: 3, sale: { kind: 'PERCENT', percent: '10', of: 'CHILD_COMMISSION' } },
          ],
        },
        {
          layer: 'PRODUCT',
          productIds: [product.id],
          levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: '1500' } }],
        },
        {
          layer: 'SUBSCRIPTION',
          productIds: [plan.id],
          levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '30' } }],
          recurring: {
            maxPayments: 12,
            afterPayments: 3,
            afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '15' } }],
          },
        },
      ],
    };
    const result = await t.gql(CREATE, { input }, admin);
    expect(result.errors).toBeUndefined();
    const program = result.data!.createProgram;
    expect(program.splitWeights).toEqual({ firstBps: 4000, lastBps: 4000, middleBps: 2000 });
    expect(program.rules).toHaveLength(3);
    expect(program.rules[0].levels).toEqual([
      {
        level: 1,
        leadPayout: { amountMinor: '150' },
        sale: { kind: 'PERCENT', percent: '10', of: 'BASE', amount: null },
      },
      { level: 2, leadPayout: null, sale: { kind: 'PERCENT', percent: '2.5', of: 'BASE', amount: null } },
      {
        level: 3,
        leadPayout: null,
        sale: { kind: 'PERCENT', percent: '10', of: 'CHILD_COMMISSION', amount: null },
      },
    ]);
    expect(program.rules[1]).toMatchObject({
      layer: 'PRODUCT',
      productIds: [product.id],
      levels: [{ level: 1, sale: { kind: 'FLAT', amount: { amountMinor: '1500', formatted: '$15.00' } } }],
    });
    expect(program.rules[2].recurring).toEqual({
      maxPayments: 12,
      afterPayments: 3,
      afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '15', of: 'BASE' } }],
    });
    expect(program.rules.every((rule: { id: string }) => /^[0-9a-f-]{36}$/.test(rule.id))).toBe(true);
  });

  test.each([
    [{ currency: 'XYZ' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    [{ levels: 11 }, 'PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
    [{ levels: 0 }, 'PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
    [{ timeZone: 'Mars/Olympus' }, undefined, 'timeZone'],
    [{ minimumPayoutMinor: '10.5' }, 'MONEY_AMOUNT_INVALID', 'minimumPayoutMinor'],
    [{ minimumPayoutMinor: '-5' }, 'MONEY_AMOUNT_NEGATIVE', 'minimumPayoutMinor'],
    [{ holdDays: -1 }, 'PROGRAM_NUMBER_INVALID', 'holdDays'],
    [{ name: '' }, 'REQUIRED', 'name'],
    [{ attributionMode: 'SPLIT' }, 'PROGRAM_SPLIT_WEIGHTS_INVALID', 'splitWeights'],
    [
      { rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '101' } }] }] },
      'RATE_OUT_OF_RANGE',
      'rules[0].levels[0].sale.percent',
    ],
    [
      { rules: [{ layer: 'DEFAULT', levels: [{ level: 3, sale: { kind: 'PERCENT', percent: '1' } }] }] },
      'PROGRAM_LEVELS_OUT_OF_RANGE',
      'rules[0].levels[0].level',
    ],
    [
      { rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: '1.5' } }] }] },
      'MONEY_AMOUNT_INVALID',
      'rules[0].levels[0].sale.amountMinor',
    ],
    [
      { rules: [{ layer: 'PRODUCT', productIds: ['00000000-0000-4000-8000-000000000000'], levels: [] }] },
      'PRODUCT_NOT_FOUND',
      'rules[0].productIds',
    ],
  ] as const)('refuses %j with a coded field error and writes nothing', async (override, reason, field) => {
    const before = await countPrograms();
    const result = await t.gql(CREATE, { input: { name: 'Bad', currency: 'USD', ...override } }, admin);
    expect(errorOf(result)).toMatchObject({
      code: reason ? errorEntry(reason).category : 'BAD_USER_INPUT',
      field,
      ...(reason ? { reason } : {}),
    });
    expect(await countPrograms()).toBe(before);
  });
});

describe('editing programs', () => {
  test('changes only what is given and keeps rule ids', async () => {
    const created = await t.gql(
      CREATE,
      {
        input: {
          name: 'Editable',
          currency: 'USD',
          rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] }],
        },
      },
      admin,
    );
    const id = created.data?.createProgram.id;
    const ruleId = created.data?.createProgram.rules[0].id;
    const edited = await t.gql(
      UPDATE,
      { id, input: { levels: 3, timeZone: 'Europe/Berlin', currency: 'EUR' } },
      admin,
    );
    expect(edited.data?.updateProgram).toMatchObject({
      name: 'Editable',
      levels: 3,
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
    });
    expect(edited.data?.updateProgram.rules[0].id).toBe(ruleId);

    const rules = await t.gql(
      UPDATE,
      {
        id,
        input: {
          rules: [
            {
              id: ruleId,
              layer: 'DEFAULT',
              levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '12' } }],
            },
          ],
        },
      },
      admin,
    );
    expect(rules.data?.updateProgram.rules).toMatchObject([
      { id: ruleId, levels: [{ sale: { percent: '12' } }] },
    ]);
  });

  test('an invalid edit changes nothing', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Stable', currency: 'USD', levels: 2 } }, admin);
    const id = created.data?.createProgram.id;
    const bad = await t.gql(UPDATE, { id, input: { name: 'Renamed', levels: 42 } }, admin);
    expect(errorOf(bad).reason).toBe('PROGRAM_LEVELS_OUT_OF_RANGE');
    const after = await t.gql('query($id: ID!) { program(id: $id) { name levels } }', { id }, admin);
    expect(after.data?.program).toEqual({ name: 'Stable', levels: 2 });
  });

  test('the currency is locked once the program has partners', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Locked', currency: 'USD' } }, admin);
    const id = created.data?.createProgram.id;
    await createPartner(t, admin, { programIds: [id] });
    const locked = await t.gql(UPDATE, { id, input: { currency: 'EUR' } }, admin);
    expect(errorOf(locked)).toEqual({
      code: 'CONFLICT',
      reason: 'PROGRAM_CURRENCY_LOCKED',
      field: 'currency',
    });
    const count = await t.gql('query($id: ID!) { program(id: $id) { partnerCount } }', { id }, admin);
    expect(count.data?.program.partnerCount).toBe(1);
  });
});
