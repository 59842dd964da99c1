import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { defineCustomFields, defineProgram, toMinorUnits, type ProgramInput } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { paginate } from '../../graphql/paginate.js';
import { parseId } from '../../common/ids.js';
import { containsPattern } from '../../common/search.js';
import { requiredText } from '../../common/text.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Product } from '../../kernel/product.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { type ProgramsArgs } from './program.args.js';
import { type ProgramSettingsInput } from './program.input.js';
import { applyDomainProgram, rulesFromInput, toDomainProgram } from '../../kernel/program.mapper.js';

/** The settings given in `input` (omitted ones left out), as the domain's program input. */
export function settingsFromInput(input: ProgramSettingsInput): Partial<ProgramInput> {
  const settings: { -readonly [K in keyof ProgramInput]?: ProgramInput[K] } = {};
  if (input.name != null) settings.name = requiredText(input.name, 'name', 120);
  if (input.notes != null) {
    if (input.notes.length > 20_000) fail('TOO_LONG', 'notes has at most 20000 characters.', 'notes');
    settings.notes = input.notes;
  }
  if (input.priority != null) settings.priority = input.priority;
  if (input.currency != null) settings.currency = input.currency.trim().toUpperCase();
  if (input.cookieWindowDays != null) settings.cookieWindowDays = input.cookieWindowDays;
  if (input.attributionMode != null) settings.attributionMode = input.attributionMode;
  if (input.splitWeights !== undefined)
    settings.splitWeights = input.splitWeights ? { ...input.splitWeights } : null;
  if (input.permanentReferral != null) settings.permanentReferral = input.permanentReferral;
  if (input.ipWindowMinutes !== undefined) settings.ipWindowMinutes = input.ipWindowMinutes || null;
  if (input.levels != null) settings.levels = input.levels;
  if (input.holdDays != null) settings.holdDays = input.holdDays;
  if (input.minimumPayoutMinor != null) {
    settings.minimumPayoutMinor = toMinorUnits(input.minimumPayoutMinor, 'minimumPayoutMinor');
  }
  if (input.timing != null) settings.timing = input.timing;
  if (input.unusedLevelShare != null) settings.unusedLevelShare = input.unusedLevelShare;
  if (input.timeZone != null) settings.timeZone = input.timeZone.trim();
  if (input.rules != null) settings.rules = rulesFromInput(input.rules, randomUUID);
  return settings;
}

/**
 * Commission programs. The domain (`defineProgram`) validates every program as a whole (levels, rates,
 * layers, split weights, time zone, ...); this service adds what needs the database: products that exist,
 * and a currency that stays once partners joined.
 */
export class ProgramService {
  async list(em: EntityManager, args: ProgramsArgs) {
    const where: FilterQuery<Program> = {};
    const search = args.search?.trim();
    if (search) where.name = { $ilike: containsPattern(search) };
    return paginate(em, Program, where, args, { priority: 'asc', createdAt: 'asc', id: 'asc' });
  }

  async get(em: EntityManager, id: string): Promise<Program> {
    const program = await em.findOne(Program, { id: parseId(id) });
    if (!program) fail('PROGRAM_NOT_FOUND', 'Program not found.', 'id');
    return program;
  }

  async create(em: EntityManager, input: ProgramSettingsInput & { name: string; currency: string }) {
    return em.transactional(async (tx) => {
      const program = new Program();
      const settings = settingsFromInput(input);
      const defined = defineProgram({
        ...settings,
        id: program.id,
        name: input.name,
        currency: settings.currency!,
        rules: settings.rules ?? [],
      });
      await this.assertProductsExist(tx, defined.rules);
      applyDomainProgram(program, defined);
      program.autoApprove = input.autoApprove ?? false;
      await this.applySignupSettings(tx, program, input);
      tx.persist(program);
      return program;
    });
  }

  async update(em: EntityManager, id: string, input: ProgramSettingsInput): Promise<Program> {
    return em.transactional(async (tx) => {
      const program = await tx.findOne(Program, { id: parseId(id) });
      if (!program) fail('PROGRAM_NOT_FOUND', 'Program not found.', 'id');
      const current = toDomainProgram(program);
      const defined = defineProgram({ ...current, ...settingsFromInput(input) });
      if (defined.currency !== current.currency && (await tx.count(Partner, { programs: program }))) {
        fail(
          'PROGRAM_CURRENCY_LOCKED',
          'The currency of a program with partners cannot change; create a new program instead.',
          'currency',
        );
      }
      await this.assertProductsExist(tx, defined.rules);
      applyDomainProgram(program, defined);
      if (input.autoApprove != null) program.autoApprove = input.autoApprove;
      await this.applySignupSettings(tx, program, input);
      return program;
    });
  }

  /** Signup form settings: open or not, which questions it asks, and a default parent. */
  private async applySignupSettings(tx: EntityManager, program: Program, input: ProgramSettingsInput) {
    if (input.signupOpen != null) program.signupOpen = input.signupOpen;
    if (input.signupAsksParentCode != null) program.signupAsksParentCode = input.signupAsksParentCode;
    if (input.signupAsksPayoutEmail != null) program.signupAsksPayoutEmail = input.signupAsksPayoutEmail;
    if (input.signupFields != null) program.signupFields = defineCustomFields(input.signupFields);
    if (input.signupParentCode !== undefined) {
      const code = input.signupParentCode?.trim().toLowerCase() ?? '';
      if (code === '') {
        program.signupParentId = null;
      } else {
        const parent = await tx.findOne(Partner, { code });
        if (!parent) {
          fail(
            'PARENT_NOT_FOUND',
            `No partner has the code "${input.signupParentCode}".`,
            'signupParentCode',
          );
        }
        program.signupParentId = parent.id;
      }
    }
  }

  private async assertProductsExist(em: EntityManager, rules: ReturnType<typeof defineProgram>['rules']) {
    for (const [index, rule] of rules.entries()) {
      const ids = [...new Set(rule.productIds ?? [])].map((productId) =>
        parseId(productId, `rules[${index}].productIds`),
      );
      if (ids.length === 0) continue;
      const found = await em.count(Product, { id: { $in: ids } });
      if (found !== ids.length) {
        fail(
          'PRODUCT_NOT_FOUND',
          'A rule names a product that does not exist.',
          `rules[${index}].productIds`,
        );
      }
    }
  }
}
