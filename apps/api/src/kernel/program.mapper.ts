import {
  type CommissionRule,
  type LevelRule,
  type Program as DomainProgram,
  type RecurringTerms,
  type SplitWeights,
  toMinorUnits,
} from '@partnerkit/domain';
import { type Program } from './program.entity.js';

/** JSON form of the domain's rules: the same shape with minor units as strings (JSON has no bigint). */
export type StoredSaleCommission =
  | { kind: 'FLAT'; amountMinor: string }
  | { kind: 'PERCENT'; percent: string; of: 'BASE' | 'CHILD_COMMISSION' };
export interface StoredLevelRule {
  level: number;
  sale: StoredSaleCommission | null;
  leadPayoutMinor: string | null;
}
export interface StoredRecurringTerms {
  maxPayments: number | null;
  maxMonths: number | null;
  afterPayments: number | null;
  afterLevels: StoredLevelRule[] | null;
}
export interface StoredRule {
  id: string;
  layer: CommissionRule['layer'];
  productIds: string[];
  levels: StoredLevelRule[];
  recurring: StoredRecurringTerms | null;
}
export type StoredSplitWeights = SplitWeights;

export const levelToStored = (rule: LevelRule): StoredLevelRule => ({
  level: rule.level,
  sale: !rule.sale
    ? null
    : rule.sale.kind === 'FLAT'
      ? { kind: 'FLAT', amountMinor: rule.sale.amountMinor.toString() }
      : { kind: 'PERCENT', percent: rule.sale.percent, of: rule.sale.of },
  leadPayoutMinor: rule.leadPayoutMinor == null ? null : rule.leadPayoutMinor.toString(),
});

const levelFromStored = (rule: StoredLevelRule): LevelRule => ({
  level: rule.level,
  sale: !rule.sale
    ? null
    : rule.sale.kind === 'FLAT'
      ? { kind: 'FLAT', amountMinor: BigInt(rule.sale.amountMinor) }
      : { kind: 'PERCENT', percent: rule.sale.percent, of: rule.sale.of },
  leadPayoutMinor: rule.leadPayoutMinor == null ? null : BigInt(rule.leadPayoutMinor),
});

const recurringToStored = (terms: RecurringTerms | null | undefined): StoredRecurringTerms | null =>
  terms
    ? {
        maxPayments: terms.maxPayments ?? null,
        maxMonths: terms.maxMonths ?? null,
        afterPayments: terms.afterPayments ?? null,
        afterLevels: terms.afterLevels ? terms.afterLevels.map(levelToStored) : null,
      }
    : null;

export const rulesToStored = (rules: readonly CommissionRule[]): StoredRule[] =>
  rules.map((rule) => ({
    id: rule.id,
    layer: rule.layer,
    productIds: [...(rule.productIds ?? [])],
    levels: rule.levels.map(levelToStored),
    recurring: recurringToStored(rule.recurring),
  }));

export const rulesFromStored = (rules: readonly StoredRule[]): CommissionRule[] =>
  rules.map((rule) => ({
    id: rule.id,
    layer: rule.layer,
    productIds: rule.productIds,
    levels: rule.levels.map(levelFromStored),
    recurring: rule.recurring
      ? { ...rule.recurring, afterLevels: rule.recurring.afterLevels?.map(levelFromStored) ?? null }
      : null,
  }));

/** What the domain's `Program` is made of: the entity, or a plain row turned into the same fields. */
export type StoredProgram = Pick<
  Program,
  | 'id'
  | 'name'
  | 'notes'
  | 'priority'
  | 'currency'
  | 'cookieWindowDays'
  | 'attributionMode'
  | 'splitWeights'
  | 'permanentReferral'
  | 'ipWindowMinutes'
  | 'levels'
  | 'holdDays'
  | 'minimumPayoutMinor'
  | 'timing'
  | 'unusedLevelShare'
  | 'timeZone'
  | 'rules'
>;

/** The columns of {@link ProgramRow}, for a plain select of programs. */
export const PROGRAM_ROW_COLUMNS =
  'id, created_at, name, notes, priority, currency, cookie_window_days, attribution_mode, split_weights, ' +
  'permanent_referral, ip_window_minutes, levels, hold_days, minimum_payout_minor, timing, unused_level_share, ' +
  'time_zone, rules';

/**
 * A program as a plain select of {@link PROGRAM_ROW_COLUMNS} returns it (bigint as a string, JSON parsed):
 * every order and lead reads one, and an entity would cost more than the rest of the read.
 */
export interface ProgramRow {
  id: string;
  /** As the ORM's driver returns timestamps: text. */
  created_at: string;
  name: string;
  notes: string;
  priority: number;
  currency: string;
  cookie_window_days: number;
  attribution_mode: Program['attributionMode'];
  split_weights: Program['splitWeights'];
  permanent_referral: boolean;
  ip_window_minutes: number | null;
  levels: number;
  hold_days: number;
  minimum_payout_minor: string;
  timing: Program['timing'];
  unused_level_share: Program['unusedLevelShare'];
  time_zone: string;
  rules: Program['rules'];
}

/** A program's row as the domain's `Program` (the same as {@link toDomainProgram} of its entity). */
export function programRowToDomain(row: ProgramRow): DomainProgram {
  return toDomainProgram({
    id: row.id,
    name: row.name,
    notes: row.notes,
    priority: row.priority,
    currency: row.currency,
    cookieWindowDays: row.cookie_window_days,
    attributionMode: row.attribution_mode,
    splitWeights: row.split_weights,
    permanentReferral: row.permanent_referral,
    ipWindowMinutes: row.ip_window_minutes,
    levels: row.levels,
    holdDays: row.hold_days,
    minimumPayoutMinor: BigInt(row.minimum_payout_minor),
    timing: row.timing,
    unusedLevelShare: row.unused_level_share,
    timeZone: row.time_zone,
    rules: row.rules,
  });
}

/** The stored program as the domain's `Program`, for the commission engine. */
export function toDomainProgram(program: StoredProgram): DomainProgram {
  return {
    id: program.id,
    name: program.name,
    notes: program.notes,
    priority: program.priority,
    currency: program.currency,
    cookieWindowDays: program.cookieWindowDays,
    attributionMode: program.attributionMode,
    splitWeights: program.splitWeights,
    permanentReferral: program.permanentReferral,
    ipWindowMinutes: program.ipWindowMinutes,
    levels: program.levels,
    holdDays: program.holdDays,
    minimumPayoutMinor: program.minimumPayoutMinor,
    timing: program.timing,
    unusedLevelShare: program.unusedLevelShare,
    timeZone: program.timeZone,
    rules: rulesFromStored(program.rules),
  };
}

/** Writes a validated domain program onto the stored one. */
export function applyDomainProgram(target: Program, program: DomainProgram): void {
  target.name = program.name;
  target.notes = program.notes;
  target.priority = program.priority;
  target.currency = program.currency;
  target.cookieWindowDays = program.cookieWindowDays;
  target.attributionMode = program.attributionMode;
  target.splitWeights = program.splitWeights ? { ...program.splitWeights } : null;
  target.permanentReferral = program.permanentReferral;
  target.ipWindowMinutes = program.ipWindowMinutes;
  target.levels = program.levels;
  target.holdDays = program.holdDays;
  target.minimumPayoutMinor = program.minimumPayoutMinor;
  target.timing = program.timing;
  target.unusedLevelShare = program.unusedLevelShare;
  target.timeZone = program.timeZone;
  target.rules = rulesToStored(program.rules);
}

type LevelRuleInputLike = {
  level: number;
  sale?: {
    kind: 'FLAT' | 'PERCENT';
    amountMinor?: string | null;
    percent?: string | null;
    of?: string | null;
  } | null;
  leadPayoutMinor?: string | null;
};
type RuleInputLike = {
  id?: string | null;
  layer: CommissionRule['layer'];
  productIds?: string[] | null;
  levels: LevelRuleInputLike[];
  recurring?: {
    maxPayments?: number | null;
    maxMonths?: number | null;
    afterPayments?: number | null;
    afterLevels?: LevelRuleInputLike[] | null;
  } | null;
};

/** A rule level from GraphQL input; amounts are checked by the domain (`toMinorUnits`) with their field path. */
function levelFromInput(input: LevelRuleInputLike, path: string): LevelRule {
  const sale = input.sale;
  return {
    level: input.level,
    sale: !sale
      ? null
      : sale.kind === 'FLAT'
        ? { kind: 'FLAT', amountMinor: toMinorUnits(sale.amountMinor, `${path}.sale.amountMinor`) }
        : ({ kind: 'PERCENT', percent: sale.percent ?? '', of: sale.of ?? 'BASE' } as LevelRule['sale']),
    leadPayoutMinor:
      input.leadPayoutMinor == null ? null : toMinorUnits(input.leadPayoutMinor, `${path}.leadPayoutMinor`),
  };
}

/** Rules from GraphQL input; a rule without an id gets a new one. */
export function rulesFromInput(rules: readonly RuleInputLike[], newId: () => string): CommissionRule[] {
  return rules.map((rule, index) => ({
    id: rule.id ?? newId(),
    layer: rule.layer,
    productIds: rule.productIds ?? [],
    levels: rule.levels.map((level, at) => levelFromInput(level, `rules[${index}].levels[${at}]`)),
    recurring: rule.recurring
      ? {
          maxPayments: rule.recurring.maxPayments ?? null,
          maxMonths: rule.recurring.maxMonths ?? null,
          afterPayments: rule.recurring.afterPayments ?? null,
          afterLevels:
            rule.recurring.afterLevels?.map((level, at) =>
              levelFromInput(level, `rules[${index}].recurring.afterLevels[${at}]`),
            ) ?? null,
        }
      : null,
  }));
}
