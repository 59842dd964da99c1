import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { assertCurrency, parseMoney } from '@partnerkit/domain';
import { badInput, conflict, notFound } from '../../common/app-error.js';
import { parseId } from '../../common/ids.js';
import { requiredText } from '../../common/text.js';
import { Partner } from '../partners/partner.entity.js';
import { Program } from './program.entity.js';
import { type ProgramsArgs } from './program.args.js';
import { type CreateProgramInput, type UpdateProgramInput } from './program.input.js';

const MAX_PAGE = 200;

function integerIn(value: number, min: number, max: number, field: string, reason: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(reason, `${field} is a whole number from ${min} to ${max}.`, field);
  }
  return value;
}

function timeZone(raw: string): string {
  const zone = raw.trim();
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw badInput('TIME_ZONE_UNKNOWN', `"${raw}" is not an IANA time zone.`, 'timeZone');
  }
}

/** Programs: basics of a commission program. Rules per level arrive with the commission engine. */
export class ProgramService {
  async list(em: EntityManager, args: ProgramsArgs) {
    const where: FilterQuery<Program> = {};
    const search = args.search?.trim();
    if (search) where.name = { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    const cursor = await em.findByCursor(Program, where, {
      first: Math.min(Math.max(args.first, 1), MAX_PAGE),
      after: args.after ?? undefined,
      orderBy: { priority: 'asc', createdAt: 'asc', id: 'asc' },
    });
    return {
      nodes: cursor.items,
      totalCount: cursor.totalCount,
      pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
    };
  }

  async get(em: EntityManager, id: string): Promise<Program> {
    const program = await em.findOne(Program, { id: parseId(id) });
    if (!program) throw notFound('Program', 'id');
    return program;
  }

  async create(em: EntityManager, input: CreateProgramInput): Promise<Program> {
    const program = new Program();
    program.currency = assertCurrency(input.currency.trim().toUpperCase());
    this.apply(program, input);
    await em.persistAndFlush(program);
    return program;
  }

  async update(em: EntityManager, id: string, input: UpdateProgramInput): Promise<Program> {
    return em.transactional(async (tx) => {
      const program = await tx.findOne(Program, { id: parseId(id) });
      if (!program) throw notFound('Program', 'id');
      if (input.currency != null) {
        const currency = assertCurrency(input.currency.trim().toUpperCase());
        if (currency !== program.currency && (await tx.count(Partner, { programs: program }))) {
          throw conflict(
            'PROGRAM_CURRENCY_LOCKED',
            'The currency of a program with partners cannot change; create a new program instead.',
            'currency',
          );
        }
        program.currency = currency;
      }
      this.apply(program, input);
      return program;
    });
  }

  /** Validates and applies every given setting (the currency is already set on `program`). */
  private apply(program: Program, input: UpdateProgramInput): void {
    if (input.name != null) program.name = requiredText(input.name, 'name', 120);
    if (input.notes != null) {
      if (input.notes.length > 20_000)
        throw badInput('TOO_LONG', 'notes has at most 20000 characters.', 'notes');
      program.notes = input.notes;
    }
    if (input.priority != null) {
      program.priority = integerIn(input.priority, 0, 1_000_000, 'priority', 'PROGRAM_PRIORITY_INVALID');
    }
    if (input.cookieWindowDays != null) {
      program.cookieWindowDays = integerIn(
        input.cookieWindowDays,
        1,
        3650,
        'cookieWindowDays',
        'COOKIE_WINDOW_INVALID',
      );
    }
    if (input.attributionMode != null) program.attributionMode = input.attributionMode;
    if (input.levels != null) {
      program.levels = integerIn(input.levels, 1, 10, 'levels', 'PROGRAM_LEVELS_OUT_OF_RANGE');
    }
    if (input.holdDays != null) {
      program.holdDays = integerIn(input.holdDays, 0, 3650, 'holdDays', 'PROGRAM_HOLD_DAYS_INVALID');
    }
    if (input.minimumPayout != null) {
      const minimum = parseMoney(input.minimumPayout, program.currency, 'minimumPayout');
      if (minimum.amountMinor < 0n) {
        throw badInput('MONEY_AMOUNT_NEGATIVE', 'The minimum payout cannot be negative.', 'minimumPayout');
      }
      program.minimumPayoutMinor = minimum.amountMinor;
    }
    if (input.timeZone != null) program.timeZone = timeZone(input.timeZone);
  }
}
