import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Program } from './program.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name currency levels holdDays timeZone attributionMode minimumPayout { amountMinor currency formatted } } }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

describe('programs', () => {
  test.each([
    ['USD', '50', '5000', '$50.00'],
    ['JPY', '5000', '5000', '¥5,000'],
    ['KWD', '12.345', '12345', 'KWD 12.345'],
  ])('stores the minimum payout exactly in %s', async (currency, minimum, minor, formatted) => {
    const result = await t.gql(
      CREATE,
      { input: { name: `P ${currency}`, currency, minimumPayout: minimum } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProgram.minimumPayout.amountMinor).toBe(minor);
    expect(result.data?.createProgram.minimumPayout.formatted.replace(/\u00a0/g, ' ')).toBe(formatted);
  });

  test.each([
    [{ currency: 'XYZ' }, 'currency'],
    [{ levels: 11 }, 'levels'],
    [{ levels: 0 }, 'levels'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ minimumPayout: '10.001' }, 'minimumPayout'],
    [{ minimumPayout: '-5' }, 'minimumPayout'],
    [{ holdDays: -1 }, 'holdDays'],
    [{ name: '' }, 'name'],
  ])('refuses %j with a field error and writes nothing', async (override, field) => {
    const before = await t.orm.em.fork().count(Program, {});
    const result = await t.gql(CREATE, { input: { name: 'Bad', currency: 'USD', ...override } }, admin);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.orm.em.fork().count(Program, {})).toBe(before);
  });

  test('edits a program; its currency is locked once it has partners', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Editable', currency: 'USD' } }, admin);
    const id = created.data?.createProgram.id;
    const edited = await t.gql(
      'mutation($id: ID!) { updateProgram(id: $id, input: { levels: 3, timeZone: "Europe/Berlin", currency: "EUR" }) { levels timeZone currency } }',
      { id },
      admin,
    );
    expect(edited.data?.updateProgram).toEqual({ levels: 3, timeZone: 'Europe/Berlin', currency: 'EUR' });
    await createPartner(t, admin, { programIds: [id] });
    const locked = await t.gql(
      'mutation($id: ID!) { updateProgram(id: $id, input: { currency: "USD" }) { currency } }',
      { id },
      admin,
    );
    expect(errorOf(locked)).toEqual({
      code: 'CONFLICT',
      reason: 'PROGRAM_CURRENCY_LOCKED',
      field: 'currency',
    });
  });
});
