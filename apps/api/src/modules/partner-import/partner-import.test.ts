import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Partner } from '../../kernel/partner.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

const IMPORT =
  'mutation($csv: String!, $dry: Boolean!) { importPartners(csv: $csv, dryRun: $dry) { dryRun totalRows validRows created rows { line code problems { column reason message } } } }';

let t: TestApp;
let admin: Caller;
let programName: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  programName = `Import ${unique()}`;
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: {
        name: programName,
        currency: 'USD',
        signupFields: [{ key: 'size', label: 'Audience', type: 'NUMBER' }],
      },
    },
    admin,
  );
  if (program.errors) throw new Error(JSON.stringify(program.errors));
});
afterAll(() => t.close());

const count = () => t.orm.em.fork().count(Partner, {});

describe('CSV import of partners', () => {
  test('a dry run reports every row and writes nothing; the real run creates parents, programs and custom fields', async () => {
    const s = unique();
    const existing = await createPartner(t, admin);
    const csv = [
      'code,name,email,status,parent_code,programs,password,custom.size',
      `kid-${s},Kid ${s},kid-${s}@example.test,PENDING,top-${s},${programName},,1500`,
      `top-${s},Top ${s},top-${s}@example.test,,${existing.code},"${programName}",import-pass-1,`,
    ].join('\n');
    const before = await count();
    const dry = await t.gql(IMPORT, { csv, dry: true }, admin);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importPartners).toMatchObject({ dryRun: true, totalRows: 2, validRows: 2, created: 0 });
    expect(await count()).toBe(before);

    const real = await t.gql(IMPORT, { csv, dry: false }, admin);
    expect(real.data?.importPartners).toMatchObject({ dryRun: false, created: 2 });
    const em = t.orm.em.fork();
    const kid = await em.findOneOrFail(Partner, { code: `kid-${s}` }, { populate: ['parent', 'programs'] });
    const top = await em.findOneOrFail(
      Partner,
      { code: `top-${s}` },
      { populate: ['parent', 'passwordHash'] },
    );
    expect(kid).toMatchObject({ status: 'PENDING', customFields: { size: 1500 }, source: 'IMPORT' });
    expect(kid.parent?.code).toBe(`top-${s}`);
    expect(kid.programs.getItems().map((p) => p.name)).toEqual([programName]);
    expect(top.status).toBe('ACTIVE');
    expect(top.parent?.code).toBe(existing.code);
    expect(top.passwordHash).toMatch(/^\$argon2id\$/);
  });

  test('bad rows are reported at their line and column, and nothing is written', async () => {
    const s = unique();
    const taken = await createPartner(t, admin);
    const csv = [
      'code,name,email,parent_code,programs,custom.size',
      `ok-${s},Fine,ok-${s}@example.test,,,`,
      `${taken.code},Taken,t-${s}@example.test,,,`,
      `bad-mail-${s},Bad mail,not-an-email,,,`,
      `orphan-${s},Orphan,o-${s}@example.test,nobody-${s},,`,
      `cyc-a-${s},A,a-${s}@example.test,cyc-b-${s},,`,
      `cyc-b-${s},B,b-${s}@example.test,cyc-a-${s},,`,
      `prog-${s},Prog,p-${s}@example.test,,No such program,`,
      `num-${s},Num,n-${s}@example.test,,${programName},lots`,
      `ok-${s},Dupe,d-${s}@example.test,,,`,
    ].join('\n');
    const before = await count();
    const result = await t.gql(IMPORT, { csv, dry: false }, admin);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importPartners;
    expect(report).toMatchObject({ totalRows: 9, validRows: 1, created: 0 });
    const problems = Object.fromEntries(
      report.rows.map((row: { line: number; problems: Array<{ column: string; reason: string }> }) => [
        row.line,
        row.problems.map((p) => `${p.column}:${p.reason}`),
      ]),
    );
    expect(problems).toEqual({
      2: [],
      3: ['code:PARTNER_CODE_TAKEN'],
      4: ['email:EMAIL_INVALID'],
      5: ['parent_code:PARENT_NOT_FOUND'],
      6: ['parent_code:PARTNER_PARENT_CYCLE'],
      7: ['parent_code:PARTNER_PARENT_CYCLE'],
      8: ['programs:PROGRAM_NOT_FOUND'],
      9: ['custom.size:CUSTOM_FIELD_INVALID'],
      10: ['code:IMPORT_DUPLICATE_CODE'],
    });
    expect(await count()).toBe(before);
  });

  test.each([
    ['no code column', 'name,email\nA,a@example.test', 'CSV_COLUMN_MISSING'],
    ['an unknown column', 'code,name,email,shoe\nabcd,A,a@example.test,42', 'CSV_COLUMN_UNKNOWN'],
    ['no rows', 'code,name,email\n', 'CSV_EMPTY'],
    ['broken quoting', 'code,name,email\n"abcd,A,a@example.test', 'CSV_INVALID'],
  ])('refuses a file with %s', async (_name, csv, reason) => {
    expect(errorOf(await t.gql(IMPORT, { csv, dry: true }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      reason,
      field: 'csv',
    });
  });
});
