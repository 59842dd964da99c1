import type { CurrencyCode, PercentRate } from '../money/money.types.js';
import type { DomainErrorCode } from '../errors/domain-error-code.js';

/** How many levels a program may pay: level 1 (the credited partner) up to level 10. */
export const MIN_PROGRAM_LEVELS = 1;
/** See {@link MIN_PROGRAM_LEVELS}. */
export const MAX_PROGRAM_LEVELS = 10;
/** Paid levels when a program does not say (docs/domain.md: default 2). */
export const DEFAULT_PROGRAM_LEVELS = 2;

/**
 * What a level's percent applies to: `BASE` = the commission base of the sale (items' price x quantity
 * minus discounts, without tax and shipping); `CHILD_COMMISSION` = the commission of the level below
 * (override commission). Level 1 has no child and must use `BASE`.
 */
export const PERCENT_OF = ['BASE', 'CHILD_COMMISSION'] as const;
/** See {@link PERCENT_OF}. */
export type PercentOf = (typeof PERCENT_OF)[number];

/**
 * A sale commission for one level: a flat amount (minor units of the program's currency, paid once per
 * sale and rule, whatever the quantity) or an exact percent of {@link PercentOf}.
 */
export type SaleCommission =
  | { readonly kind: 'FLAT'; readonly amountMinor: bigint }
  | { readonly kind: 'PERCENT'; readonly percent: PercentRate; readonly of: PercentOf };

/** The rule of one level: its sale commission and optional lead payout (flat, program currency). */
export interface LevelRule {
  /** 1 = the credited partner, 2 = its parent, ... up to the program's `levels`. */
  readonly level: number;
  readonly sale?: SaleCommission | null;
  readonly leadPayoutMinor?: bigint | null;
}

/** Rule layers from least to most specific: the most specific layer that matches an item wins. */
export const RULE_LAYERS = ['DEFAULT', 'PRODUCT', 'SUBSCRIPTION'] as const;
/** See {@link RULE_LAYERS}. */
export type RuleLayer = (typeof RULE_LAYERS)[number];

/**
 * Limits of recurring commissions on a subscription's payments (payment 1 = the first charge).
 * `maxPayments`: only the first N payments earn. `maxMonths`: only payments whose local day (program time
 * zone) is before the subscription's start day + N calendar months earn. Both may be set (both must hold).
 * `after`: from payment `afterPayments + 1` on, `afterLevels` replace the rule's levels.
 */
export interface RecurringTerms {
  readonly maxPayments?: number | null;
  readonly maxMonths?: number | null;
  readonly afterPayments?: number | null;
  readonly afterLevels?: readonly LevelRule[] | null;
}

/**
 * One layer of commission rules. `DEFAULT` covers all products (including future ones); `PRODUCT` covers
 * the listed products; `SUBSCRIPTION` covers recurring payments (of the listed products, or of all when
 * `productIds` is empty). A level missing from `levels` pays nothing at that level.
 */
export interface CommissionRule {
  readonly id: string;
  readonly layer: RuleLayer;
  readonly productIds?: readonly string[] | null;
  readonly levels: readonly LevelRule[];
  readonly recurring?: RecurringTerms | null;
}

/** When commissions are credited: all at once when the order is recorded, or pro rata to payments. */
export const PAYOUT_TIMINGS = ['UPFRONT', 'ON_PAYMENT'] as const;
/** See {@link PAYOUT_TIMINGS}. */
export type PayoutTiming = (typeof PAYOUT_TIMINGS)[number];

/** What happens to the share of a level that has no earning partner. */
export const UNUSED_LEVEL_SHARES = ['NOT_PAID', 'ROLL_DOWN_TO_LEVEL_1'] as const;
/** See {@link UNUSED_LEVEL_SHARES}. */
export type UnusedLevelShare = (typeof UNUSED_LEVEL_SHARES)[number];

/** Which referring partner(s) of a visitor get the credit. */
export const ATTRIBUTION_MODES = ['FIRST', 'LAST', 'SPLIT'] as const;
/** See {@link ATTRIBUTION_MODES}. */
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

/**
 * Weights of a split credit in basis points (summing to 10,000): the first referring partner, the last
 * one and all partners in between (shared equally), e.g. 4000 / 4000 / 2000.
 */
export interface SplitWeights {
  readonly firstBps: number;
  readonly lastBps: number;
  readonly middleBps: number;
}

/** A validated program. Build one with {@link defineProgram}, which applies defaults and validates. */
export interface Program {
  readonly id: string;
  readonly name: string;
  readonly notes: string;
  /** Lower number wins when two programs of one partner cover the same product. */
  readonly priority: number;
  readonly currency: CurrencyCode;
  readonly cookieWindowDays: number;
  readonly attributionMode: AttributionMode;
  readonly splitWeights: SplitWeights | null;
  /** When true, a customer once attributed stays with that partner for later purchases. */
  readonly permanentReferral: boolean;
  /** Optional IP-address attribution window in minutes (null = off). */
  readonly ipWindowMinutes: number | null;
  /** Paid levels, 1..10. */
  readonly levels: number;
  readonly holdDays: number;
  readonly minimumPayoutMinor: bigint;
  readonly timing: PayoutTiming;
  readonly unusedLevelShare: UnusedLevelShare;
  /** IANA zone for day boundaries (windows, reports); default `UTC`. */
  readonly timeZone: string;
  readonly rules: readonly CommissionRule[];
}

/** The input of {@link defineProgram}: a {@link Program} where every field with a default may be left out. */
export type ProgramInput = Pick<Program, 'id' | 'name' | 'currency' | 'rules'> &
  Partial<Omit<Program, 'id' | 'name' | 'currency' | 'rules'>>;

/**
 * A per-partner override of a program's level rules: when `partnerId` earns at a level listed in `levels`
 * on a sale of this program (for `productIds`, or any product when empty), that level rule replaces the
 * program's. A per-order manual override still wins over it.
 */
export interface PartnerRateOverride {
  readonly partnerId: string;
  readonly programId: string;
  readonly productIds?: readonly string[] | null;
  readonly levels: readonly LevelRule[];
}

/** One problem found by {@link programIssues}: a stable code, a message and the path of the field at fault. */
export interface ProgramIssue {
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly field: string;
}
