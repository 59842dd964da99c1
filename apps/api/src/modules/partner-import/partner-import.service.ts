import { type EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import {
  assertNoParentCycle,
  isDomainError,
  normalizePartnerCode,
  parseCustomFieldValues,
  type CustomFieldValue,
} from '@partnerkit/domain';
import { AppError, fail } from '../../errors/app-error.js';
import { type ErrorCode } from '../../errors/error-catalogue.js';
import { normalizeEmail } from '../../common/email.js';
import { type EventBus } from '../../events/event-bus.js';
import { assertAcceptablePassword, hashPassword } from '../../common/password.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { type PartnerImportProblem, type PartnerImportReport } from './partner-import.type.js';

const MAX_ROWS = 5000;
const KNOWN_COLUMNS = ['code', 'name', 'email', 'status', 'parent_code', 'programs', 'password'];
const CUSTOM_PREFIX = 'custom.';

interface RowDraft {
  line: number;
  code: string;
  name: string;
  email: string;
  status: 'ACTIVE' | 'PENDING';
  parentCode: string | null;
  programs: Program[];
  password: string | null;
  customFields: Record<string, CustomFieldValue>;
  problems: PartnerImportProblem[];
}

/**
 * CSV import of partners. Every row is checked first (codes, emails, statuses, passwords, parent codes that
 * exist in the database or the file, no parent cycles, programs by name or id, custom fields typed by the
 * programs' signup questions); when any row has a problem, or on a dry run, nothing is written.
 */
export class PartnerImportService {
  constructor(private readonly events: EventBus) {}

  async import(em: EntityManager, csv: string, dryRun: boolean): Promise<PartnerImportReport> {
    const records = this.parseCsv(csv);
    const [header, ...body] = records;
    const columns = (header?.record ?? []).map((column) => column.trim().toLowerCase());
    for (const required of ['code', 'name', 'email']) {
      if (!columns.includes(required)) {
        fail('CSV_COLUMN_MISSING', `The header has no "${required}" column.`, 'csv');
      }
    }
    const unknown = columns.find((c) => !KNOWN_COLUMNS.includes(c) && !c.startsWith(CUSTOM_PREFIX));
    if (unknown !== undefined) {
      fail(
        'CSV_COLUMN_UNKNOWN',
        `Unknown column "${unknown}". Columns: ${KNOWN_COLUMNS.join(', ')}, custom.<key>.`,
        'csv',
      );
    }
    if (body.length === 0) fail('CSV_EMPTY', 'The file has no partner rows.', 'csv');
    if (body.length > MAX_ROWS) fail('CSV_TOO_LARGE', `At most ${MAX_ROWS} rows per file.`, 'csv');

    const rows = await this.checkRows(em, columns, body);
    const validRows = rows.filter((row) => row.problems.length === 0).length;
    const report = (created: number): PartnerImportReport => ({
      dryRun,
      totalRows: rows.length,
      validRows,
      created,
      rows: rows.map((row) => ({ line: row.line, code: row.code, problems: row.problems })),
    });
    if (dryRun || validRows !== rows.length) return report(0);

    const hashes = new Map<RowDraft, string>();
    for (const row of rows) if (row.password) hashes.set(row, await hashPassword(row.password));
    const created = await em.transactional(async (tx) => {
      // Checked again inside the transaction: another write may have taken a code or an email meanwhile.
      const taken = await tx.find(
        Partner,
        { $or: [{ code: { $in: rows.map((r) => r.code) } }, { email: { $in: rows.map((r) => r.email) } }] },
        { fields: ['code'] },
      );
      if (taken.length > 0) {
        fail('IMPORT_CONFLICT', `"${taken[0]!.code}" was created meanwhile; check the file again.`, 'csv');
      }
      const existingParents = new Map(
        (
          await tx.find(Partner, {
            code: { $in: rows.flatMap((r) => (r.parentCode ? [r.parentCode] : [])) },
          })
        ).map((p) => [p.code, p]),
      );
      const byCode = new Map<string, Partner>();
      const now = new Date();
      for (const row of this.parentsFirst(rows)) {
        const partner = tx.create(Partner, {
          code: row.code,
          name: row.name,
          email: row.email,
          status: row.status,
          approvedAt: row.status === 'ACTIVE' ? now : null,
          customFields: row.customFields,
          source: 'IMPORT',
          passwordHash: hashes.get(row) ?? null,
          parent: row.parentCode
            ? (byCode.get(row.parentCode) ?? existingParents.get(row.parentCode) ?? null)
            : null,
        });
        partner.programs.set(row.programs.map((program) => tx.getReference(Program, program.id)));
        byCode.set(row.code, partner);
      }
      return [...byCode.values()];
    });
    for (const partner of created) this.events.publish('PARTNER_UPDATED', { partnerId: partner.id });
    return report(created.length);
  }

  private parseCsv(csv: string): Array<{ record: string[]; line: number }> {
    try {
      const parsed = parse(csv, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
      }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
      return parsed.map((entry) => ({ record: entry.record, line: entry.info.lines }));
    } catch (error) {
      fail('CSV_INVALID', `The file is not valid CSV: ${(error as Error).message}`, 'csv');
    }
  }

  private async checkRows(
    em: EntityManager,
    columns: string[],
    body: Array<{ record: string[]; line: number }>,
  ): Promise<RowDraft[]> {
    const programs = await em.find(Program, {});
    const programByKey = new Map<string, Program>();
    for (const program of programs) {
      programByKey.set(program.id, program);
      programByKey.set(program.name.trim().toLowerCase(), program);
    }
    const rows = body.map(({ record, line }) => this.draftOf(columns, record, line, programByKey));

    // Duplicates within the file, then taken in the database.
    const seenCodes = new Map<string, number>();
    const seenEmails = new Map<string, number>();
    for (const row of rows) {
      const problem = (column: string, reason: ErrorCode, message: string) =>
        row.problems.push({ column, reason, message });
      if (row.code && seenCodes.has(row.code)) {
        problem(
          'code',
          'IMPORT_DUPLICATE_CODE',
          `The code "${row.code}" is also on line ${seenCodes.get(row.code)}.`,
        );
      } else if (row.code) seenCodes.set(row.code, row.line);
      if (row.email && seenEmails.has(row.email)) {
        problem(
          'email',
          'IMPORT_DUPLICATE_EMAIL',
          `This email is also on line ${seenEmails.get(row.email)}.`,
        );
      } else if (row.email) seenEmails.set(row.email, row.line);
    }
    const codes = rows.map((row) => row.code).filter(Boolean);
    const emails = rows.map((row) => row.email).filter(Boolean);
    const parentCodes = rows.flatMap((row) => (row.parentCode ? [row.parentCode] : []));
    const existing = await em.find(
      Partner,
      { $or: [{ code: { $in: [...codes, ...parentCodes] } }, { email: { $in: emails } }] },
      { fields: ['code', 'email'] },
    );
    const existingCodes = new Set(existing.map((p) => p.code));
    const existingEmails = new Set(existing.map((p) => p.email));
    const fileRows = new Map(rows.filter((row) => row.code).map((row) => [row.code, row]));
    for (const row of rows) {
      if (existingCodes.has(row.code)) {
        row.problems.push({
          column: 'code',
          reason: 'PARTNER_CODE_TAKEN',
          message: `The code "${row.code}" is taken.`,
        });
      }
      if (existingEmails.has(row.email)) {
        row.problems.push({
          column: 'email',
          reason: 'PARTNER_EMAIL_TAKEN',
          message: 'A partner with this email exists already.',
        });
      }
      if (row.parentCode && !existingCodes.has(row.parentCode) && !fileRows.has(row.parentCode)) {
        row.problems.push({
          column: 'parent_code',
          reason: 'PARENT_NOT_FOUND',
          message: `No partner has the code "${row.parentCode}" (in the database or this file).`,
        });
      }
    }
    // Cycles can only run through rows of the file (existing partners cannot have a new partner as parent).
    for (const row of rows) {
      if (!row.parentCode || !row.code) continue;
      try {
        assertNoParentCycle(row.code, row.parentCode, (code) => fileRows.get(code)?.parentCode ?? null);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        row.problems.push({ column: 'parent_code', reason: error.code, message: error.message });
      }
    }
    return rows;
  }

  private draftOf(
    columns: string[],
    record: string[],
    line: number,
    programByKey: Map<string, Program>,
  ): RowDraft {
    const value = (column: string) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record[index] ?? '').trim();
    };
    const problems: PartnerImportProblem[] = [];
    const attempt = <T>(column: string, run: () => T, fallback: T): T => {
      try {
        return run();
      } catch (error) {
        if (isDomainError(error)) problems.push({ column, reason: error.code, message: error.message });
        else if (error instanceof AppError)
          problems.push({ column, reason: error.code, message: error.message });
        else throw error;
        return fallback;
      }
    };
    if (record.length > columns.length) {
      problems.push({
        column: 'csv',
        reason: 'CSV_TOO_MANY_VALUES',
        message: 'The row has more values than the header.',
      });
    }
    const code = attempt('code', () => normalizePartnerCode(value('code')), value('code').toLowerCase());
    const name = value('name');
    if (!name) problems.push({ column: 'name', reason: 'REQUIRED', message: 'name is required.' });
    if (name.length > 200)
      problems.push({ column: 'name', reason: 'TOO_LONG', message: 'name has at most 200 characters.' });
    const email = attempt('email', () => normalizeEmail(value('email')), value('email').toLowerCase());
    const rawStatus = value('status').toUpperCase() || 'ACTIVE';
    if (rawStatus !== 'ACTIVE' && rawStatus !== 'PENDING') {
      problems.push({
        column: 'status',
        reason: 'PARTNER_STATUS_INITIAL_INVALID',
        message: 'status is ACTIVE or PENDING.',
      });
    }
    const password = value('password') || null;
    if (password) attempt('password', () => assertAcceptablePassword(password), undefined);
    const parentCode = value('parent_code').toLowerCase() || null;
    if (parentCode && parentCode === code) {
      problems.push({
        column: 'parent_code',
        reason: 'PARTNER_PARENT_CYCLE',
        message: 'A partner cannot be its own parent.',
      });
    }
    const programs: Program[] = [];
    for (const key of value('programs')
      .split(/[;|]/)
      .map((k) => k.trim())
      .filter(Boolean)) {
      const program = programByKey.get(key) ?? programByKey.get(key.toLowerCase());
      if (program) {
        if (!programs.includes(program)) programs.push(program);
      } else {
        problems.push({
          column: 'programs',
          reason: 'PROGRAM_NOT_FOUND',
          message: `No program is called "${key}".`,
        });
      }
    }
    const customFields: Record<string, CustomFieldValue> = {};
    for (const column of columns.filter((c) => c.startsWith(CUSTOM_PREFIX))) {
      const key = column.slice(CUSTOM_PREFIX.length);
      const raw = value(column);
      if (!raw) continue;
      const definition = programs.flatMap((p) => p.signupFields).find((field) => field.key === key);
      const parsed = attempt(
        column,
        () =>
          definition
            ? parseCustomFieldValues([{ ...definition, required: false }], { [key]: raw })[key]
            : raw.slice(0, 500),
        undefined,
      );
      if (parsed !== undefined) customFields[key] = parsed;
    }
    return {
      line,
      code,
      name,
      email,
      status: rawStatus === 'PENDING' ? 'PENDING' : 'ACTIVE',
      parentCode,
      programs,
      password,
      customFields,
      problems,
    };
  }

  /** Rows ordered so that a parent from the file comes before its children (the file has no cycles). */
  private parentsFirst(rows: RowDraft[]): RowDraft[] {
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const ordered: RowDraft[] = [];
    const placed = new Set<RowDraft>();
    const place = (row: RowDraft) => {
      if (placed.has(row)) return;
      placed.add(row);
      const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
      if (parent) place(parent);
      ordered.push(row);
    };
    rows.forEach(place);
    return ordered;
  }
}
