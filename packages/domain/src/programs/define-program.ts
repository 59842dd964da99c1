import { DomainError } from '../errors/domain-error.js';
import type { DomainErrorCode } from '../errors/domain-error-code.js';
import { assertCurrency } from '../money/currency.js';
import { addFractions, compareFractions, fraction, multiplyFractions } from '../money/fraction.js';
import { assertMinorUnits } from '../money/money.js';
import type { Fraction } from '../money/money.types.js';
import { parsePercent } from '../money/rate.js';
import { assertTimeZone } from '../time/zoned-day.js';
import { ProgramErrorCode } from './program.errors.js';
import {
  ATTRIBUTION_MODES,
  DEFAULT_PROGRAM_LEVELS,
  PAYOUT_TIMINGS,
  PERCENT_OF,
  RULE_LAYERS,
  UNUSED_LEVEL_SHARES,
  MAX_PROGRAM_LEVELS,
  MIN_PROGRAM_LEVELS,
  type CommissionRule,
  type LevelRule,
  type PartnerRateOverride,
  type Program,
  type ProgramInput,
  type ProgramIssue,
} from './program.types.js';

const LAYERS: readonly string[] = RULE_LAYERS;
const TIMINGS: readonly string[] = PAYOUT_TIMINGS;
const UNUSED: readonly string[] = UNUSED_LEVEL_SHARES;
const MODES: readonly string[] = ATTRIBUTION_MODES;
const MAX_DAYS = 3650;
const MAX_IP_WINDOW_MINUTES = 7 * 24 * 60;

/** Defaults applied by {@link defineProgram} to fields left out. */
export const PROGRAM_DEFAULTS = {
  notes: '',
  priority: 100,
  cookieWindowDays: 30,
  attributionMode: 'LAST',
  splitWeights: null,
  permanentReferral: false,
  ipWindowMinutes: null,
  levels: DEFAULT_PROGRAM_LEVELS,
  holdDays: 30,
  minimumPayoutMinor: 0n,
  timing: 'UPFRONT',
  unusedLevelShare: 'NOT_PAID',
  timeZone: 'UTC',
} as const satisfies Partial<Program>;

class Issues {
  readonly list: ProgramIssue[] = [];
  add(code: DomainErrorCode, message: string, field: string): void {
    this.list.push({ code, message, field });
  }
  /** Runs a check that may throw a DomainError (money, time) and records it under `field`. */
  capture(field: string, check: () => void): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.add(error.code, error.message, field);
    }
  }
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkInteger(issues: Issues, value: unknown, field: string, min: number, max: number): void {
  if (!isInteger(value, min, max)) {
    issues.add(ProgramErrorCode.NumberInvalid, `${field} must be an integer from ${min} to ${max}.`, field);
  }
}

function checkOption(issues: Issues, value: unknown, options: readonly string[], field: string): void {
  if (typeof value !== 'string' || !options.includes(value)) {
    issues.add(ProgramErrorCode.OptionInvalid, `${field} must be one of ${options.join(', ')}.`, field);
  }
}

/**
 * Checks a list of level rules (of a program rule, of a partner override or of a manual order override)
 * against a program of `programLevels` levels. Records every problem under paths starting with `field`.
 * Rules checked: levels are integers in 1..programLevels without duplicates; flat amounts and lead payouts
 * are non-negative bigints; percents are valid rates of at most 100 %; level 1 cannot use
 * `CHILD_COMMISSION`; and the levels together pay at most 100 % of the base (percent-of-child levels count
 * as their share of the base; flat amounts are not counted).
 */
function checkLevelRules(issues: Issues, levels: unknown, programLevels: number, field: string): void {
  if (!Array.isArray(levels)) {
    issues.add(ProgramErrorCode.FieldRequired, `${field} must be a list of level rules.`, field);
    return;
  }
  const seen = new Set<number>();
  const effective = new Map<number, { of: 'BASE' | 'CHILD_COMMISSION'; rate: Fraction }>();
  (levels as LevelRule[]).forEach((rule, index) => {
    const path = `${field}[${index}]`;
    if (!isInteger(rule?.level, MIN_PROGRAM_LEVELS, Math.min(programLevels, MAX_PROGRAM_LEVELS))) {
      issues.add(
        ProgramErrorCode.LevelsOutOfRange,
        `Level ${String(rule?.level)} is outside 1..${programLevels}.`,
        `${path}.level`,
      );
      return;
    }
    if (seen.has(rule.level)) {
      issues.add(ProgramErrorCode.LevelDuplicate, `Level ${rule.level} appears twice.`, `${path}.level`);
      return;
    }
    seen.add(rule.level);
    if (rule.leadPayoutMinor !== undefined && rule.leadPayoutMinor !== null) {
      issues.capture(`${path}.leadPayoutMinor`, () =>
        assertMinorUnits(rule.leadPayoutMinor, 'leadPayoutMinor'),
      );
    }
    const sale = rule.sale;
    if (sale === undefined || sale === null) return;
    if (sale.kind === 'FLAT') {
      issues.capture(`${path}.sale.amountMinor`, () => assertMinorUnits(sale.amountMinor, 'amountMinor'));
    } else if (sale.kind === 'PERCENT') {
      checkOption(issues, sale.of, PERCENT_OF, `${path}.sale.of`);
      if (sale.of === 'CHILD_COMMISSION' && rule.level === 1) {
        issues.add(
          ProgramErrorCode.ChildCommissionAtLevelOne,
          'Level 1 has no child: its percent must apply to the commission base.',
          `${path}.sale.of`,
        );
      }
      issues.capture(`${path}.sale.percent`, () => {
        effective.set(rule.level, { of: sale.of, rate: parsePercent(sale.percent, 'percent') });
      });
    } else {
      checkOption(issues, (sale as { kind: unknown }).kind, ['FLAT', 'PERCENT'], `${path}.sale.kind`);
    }
  });
  let total = fraction(0n);
  let child = fraction(0n);
  for (let level = 1; level <= programLevels; level += 1) {
    const rule = effective.get(level);
    const share = !rule ? fraction(0n) : rule.of === 'BASE' ? rule.rate : multiplyFractions(rule.rate, child);
    total = addFractions(total, share);
    child = share;
  }
  if (compareFractions(total, fraction(1n)) > 0) {
    issues.add(
      ProgramErrorCode.RatesExceedBase,
      'Together the levels would pay more than 100 % of the commission base.',
      field,
    );
  }
}

function checkRules(issues: Issues, rules: unknown, programLevels: number): void {
  if (!Array.isArray(rules)) {
    issues.add(ProgramErrorCode.FieldRequired, 'rules must be a list.', 'rules');
    return;
  }
  const ids = new Set<string>();
  const products: Record<string, Set<string>> = { PRODUCT: new Set(), SUBSCRIPTION: new Set() };
  let defaults = 0;
  let catchAllSubscriptions = 0;
  (rules as CommissionRule[]).forEach((rule, index) => {
    const path = `rules[${index}]`;
    if (typeof rule?.id !== 'string' || rule.id.trim() === '') {
      issues.add(ProgramErrorCode.FieldRequired, 'A rule needs an id.', `${path}.id`);
    } else if (ids.has(rule.id)) {
      issues.add(ProgramErrorCode.RuleIdDuplicate, `Rule id ${rule.id} is used twice.`, `${path}.id`);
    } else {
      ids.add(rule.id);
    }
    checkOption(issues, rule?.layer, LAYERS, `${path}.layer`);
    const productIds = rule?.productIds ?? [];
    if (rule?.layer === 'DEFAULT') {
      defaults += 1;
      if (defaults > 1)
        issues.add(ProgramErrorCode.RuleLayerDuplicate, 'Only one DEFAULT rule.', `${path}.layer`);
      if (productIds.length > 0) {
        issues.add(
          ProgramErrorCode.RuleProductsInvalid,
          'A DEFAULT rule covers all products.',
          `${path}.productIds`,
        );
      }
    }
    if (rule?.layer === 'PRODUCT' && productIds.length === 0) {
      issues.add(
        ProgramErrorCode.RuleProductsInvalid,
        'A PRODUCT rule lists its products.',
        `${path}.productIds`,
      );
    }
    if (rule?.layer === 'SUBSCRIPTION' && productIds.length === 0) {
      catchAllSubscriptions += 1;
      if (catchAllSubscriptions > 1) {
        issues.add(
          ProgramErrorCode.RuleLayerDuplicate,
          'Only one SUBSCRIPTION rule may cover all products.',
          `${path}.productIds`,
        );
      }
    }
    const seen = products[rule?.layer];
    if (seen) {
      for (const productId of productIds) {
        if (seen.has(productId)) {
          issues.add(
            ProgramErrorCode.RuleProductDuplicate,
            `Product ${productId} is in two ${rule.layer} rules.`,
            `${path}.productIds`,
          );
        }
        seen.add(productId);
      }
    }
    checkLevelRules(issues, rule?.levels, programLevels, `${path}.levels`);
    const recurring = rule?.recurring;
    if (recurring) {
      if (rule.layer !== 'SUBSCRIPTION') {
        issues.add(
          ProgramErrorCode.RecurringInvalid,
          'Only SUBSCRIPTION rules have recurring terms.',
          `${path}.recurring`,
        );
      }
      for (const key of ['maxPayments', 'maxMonths', 'afterPayments'] as const) {
        const value = recurring[key];
        if (value !== undefined && value !== null)
          checkInteger(issues, value, `${path}.recurring.${key}`, 1, 100_000);
      }
      const hasAfter = recurring.afterPayments !== undefined && recurring.afterPayments !== null;
      const hasAfterLevels = recurring.afterLevels !== undefined && recurring.afterLevels !== null;
      if (hasAfter !== hasAfterLevels) {
        issues.add(
          ProgramErrorCode.RecurringInvalid,
          'afterPayments and afterLevels go together.',
          `${path}.recurring.afterLevels`,
        );
      } else if (hasAfterLevels) {
        checkLevelRules(issues, recurring.afterLevels, programLevels, `${path}.recurring.afterLevels`);
      }
    }
  });
}

function withDefaults(input: ProgramInput): Program {
  return { ...PROGRAM_DEFAULTS, ...input } as Program;
}

/**
 * Every problem of a program (after defaults), in field order; empty when the program is valid.
 * Use it to show all errors of a form at once; {@link defineProgram} throws the first one.
 */
export function programIssues(input: ProgramInput): ProgramIssue[] {
  const issues = new Issues();
  const program = withDefaults(input);
  for (const key of ['id', 'name'] as const) {
    if (typeof program[key] !== 'string' || program[key].trim() === '') {
      issues.add(ProgramErrorCode.FieldRequired, `${key} is required.`, key);
    }
  }
  issues.capture('currency', () => assertCurrency(program.currency));
  checkInteger(issues, program.priority, 'priority', 0, 1_000_000);
  checkInteger(issues, program.cookieWindowDays, 'cookieWindowDays', 0, MAX_DAYS);
  checkOption(issues, program.attributionMode, MODES, 'attributionMode');
  if (program.attributionMode === 'SPLIT' || program.splitWeights) {
    const weights = program.splitWeights;
    const values = weights ? [weights.firstBps, weights.lastBps, weights.middleBps] : [];
    if (
      !weights ||
      !values.every((v) => isInteger(v, 0, 10_000)) ||
      values.reduce((a, b) => a + b, 0) !== 10_000
    ) {
      issues.add(
        ProgramErrorCode.SplitWeightsInvalid,
        'Split weights (first, last, middle) are integer basis points summing to 10,000.',
        'splitWeights',
      );
    }
  }
  if (typeof program.permanentReferral !== 'boolean') {
    issues.add(
      ProgramErrorCode.OptionInvalid,
      'permanentReferral must be true or false.',
      'permanentReferral',
    );
  }
  if (program.ipWindowMinutes !== null) {
    checkInteger(issues, program.ipWindowMinutes, 'ipWindowMinutes', 1, MAX_IP_WINDOW_MINUTES);
  }
  const levelsValid = isInteger(program.levels, MIN_PROGRAM_LEVELS, MAX_PROGRAM_LEVELS);
  if (!levelsValid) {
    issues.add(
      ProgramErrorCode.LevelsOutOfRange,
      `A program pays ${MIN_PROGRAM_LEVELS} to ${MAX_PROGRAM_LEVELS} levels.`,
      'levels',
    );
  }
  checkInteger(issues, program.holdDays, 'holdDays', 0, MAX_DAYS);
  issues.capture('minimumPayoutMinor', () =>
    assertMinorUnits(program.minimumPayoutMinor, 'minimumPayoutMinor'),
  );
  checkOption(issues, program.timing, TIMINGS, 'timing');
  checkOption(issues, program.unusedLevelShare, UNUSED, 'unusedLevelShare');
  issues.capture('timeZone', () => assertTimeZone(program.timeZone));
  checkRules(issues, program.rules, levelsValid ? program.levels : MAX_PROGRAM_LEVELS);
  return issues.list;
}

function throwFirst(issues: readonly ProgramIssue[]): void {
  const first = issues[0];
  if (first) throw new DomainError(first.code, first.message, first.field);
}

/**
 * Applies {@link PROGRAM_DEFAULTS} (2 levels, UTC, UPFRONT, last-click, 30-day cookie and hold, ...) and
 * validates the program; returns the complete {@link Program}.
 *
 * @throws DomainError with the code and field path of the first problem {@link programIssues} finds, e.g.
 * `PROGRAM_LEVELS_OUT_OF_RANGE` (field `levels`), `RATE_OUT_OF_RANGE` (field `rules[0].levels[0].sale.percent`).
 */
export function defineProgram(input: ProgramInput): Program {
  throwFirst(programIssues(input));
  return withDefaults(input);
}

/**
 * Checks level rules given outside a program (a per-order manual override) against `program`.
 *
 * @throws DomainError with the first problem, field paths under `field` (default `levels`).
 */
export function assertLevelRules(levels: readonly LevelRule[], program: Program, field = 'levels'): void {
  const issues = new Issues();
  checkLevelRules(issues, levels, program.levels, field);
  throwFirst(issues.list);
}

/**
 * Checks a per-partner override against its program.
 *
 * @throws DomainError `PROGRAM_OVERRIDE_INVALID` when it names another program or no partner, otherwise
 * the first problem of its level rules (see {@link assertLevelRules}).
 */
export function assertPartnerOverride(override: PartnerRateOverride, program: Program): void {
  if (
    override.programId !== program.id ||
    typeof override.partnerId !== 'string' ||
    override.partnerId === ''
  ) {
    throw new DomainError(
      ProgramErrorCode.OverrideInvalid,
      'A partner override names its partner and the program it changes.',
      'programId',
    );
  }
  assertLevelRules(override.levels, program, 'levels');
}
