import { DomainError } from '../errors/domain-error.js';
import { addMonthsToDayKey, assertInstant, localDayKey } from '../time/zoned-day.js';
import { ProgramErrorCode } from './program.errors.js';
import type { CommissionRule, LevelRule, Program, RuleLayer } from './program.types.js';

/** A subscription payment: which payment of the subscription it is (1 = first charge) and when it started. */
export interface SubscriptionPayment {
  readonly subscriptionId: string;
  /** 1-based number of this payment within the subscription. */
  readonly paymentNumber: number;
  readonly startedAt: Date;
}

/** The rule that applies to one product of one sale, after layers and recurring terms. */
export interface ResolvedRule {
  readonly programId: string;
  readonly layer: RuleLayer;
  readonly ruleId: string;
  /** `AFTER` when the recurring "different rate after K payments" levels apply. */
  readonly recurringPhase: 'INITIAL' | 'AFTER' | null;
  readonly levels: readonly LevelRule[];
}

function covers(rule: CommissionRule, productId: string, subscription: boolean): 0 | 1 | 2 | 3 | 4 {
  const products = rule.productIds ?? [];
  if (rule.layer === 'SUBSCRIPTION') {
    if (!subscription) return 0;
    return products.length === 0 ? 3 : products.includes(productId) ? 4 : 0;
  }
  if (rule.layer === 'PRODUCT') return products.includes(productId) ? 2 : 0;
  return 1;
}

/**
 * The most specific rule of `program` for `productId`: a SUBSCRIPTION rule naming the product, then the
 * catch-all SUBSCRIPTION rule (both only for subscription payments), then a PRODUCT rule, then the DEFAULT
 * rule. Null when the program does not cover the product. (Rule choice: on a recurring payment the
 * subscription layer is more specific than a product rule, since it describes that very payment.)
 */
export function mostSpecificRule(
  program: Program,
  productId: string,
  subscription: boolean,
): CommissionRule | null {
  let best: CommissionRule | null = null;
  let bestScore = 0;
  for (const rule of program.rules) {
    const score = covers(rule, productId, subscription);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The program that pays for `productId` among a partner's `programs`: of those covering the product, the
 * lowest `priority`; a tie goes to the smaller program id (rule choice, so the result never depends on
 * list order). Null when none covers it.
 */
export function selectProgram(
  programs: readonly Program[],
  productId: string,
  subscription = false,
): Program | null {
  let best: Program | null = null;
  for (const program of programs) {
    if (!mostSpecificRule(program, productId, subscription)) continue;
    if (
      !best ||
      program.priority < best.priority ||
      (program.priority === best.priority && program.id < best.id)
    ) {
      best = program;
    }
  }
  return best;
}

/**
 * Resolves the level rules for one product of a sale paid at `paidAt`: the most specific layer
 * ({@link mostSpecificRule}), then the recurring terms of a SUBSCRIPTION rule: beyond `maxPayments`
 * payments, or on/after the subscription's start day + `maxMonths` calendar months (days in the program's
 * time zone), nothing is paid (null); after `afterPayments` payments, `afterLevels` apply.
 * Returns null when the program does not cover the product or the recurring limit is reached.
 *
 * @throws DomainError `PROGRAM_NUMBER_INVALID` (field `subscription.paymentNumber`) for a payment number
 * that is not a positive integer, `TIME_INSTANT_INVALID` for invalid dates.
 */
export function resolveRule(
  program: Program,
  productId: string,
  paidAt: Date,
  subscription: SubscriptionPayment | null = null,
): ResolvedRule | null {
  const rule = mostSpecificRule(program, productId, subscription !== null);
  if (!rule) return null;
  let levels = rule.levels;
  let recurringPhase: ResolvedRule['recurringPhase'] = null;
  if (rule.layer === 'SUBSCRIPTION' && subscription) {
    const n = subscription.paymentNumber;
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new DomainError(
        ProgramErrorCode.NumberInvalid,
        'A subscription payment number is a positive integer.',
        'subscription.paymentNumber',
      );
    }
    const terms = rule.recurring ?? {};
    if (terms.maxPayments && n > terms.maxPayments) return null;
    if (terms.maxMonths) {
      const start = localDayKey(
        assertInstant(subscription.startedAt, 'subscription.startedAt'),
        program.timeZone,
      );
      if (localDayKey(paidAt, program.timeZone) >= addMonthsToDayKey(start, terms.maxMonths)) return null;
    }
    recurringPhase = 'INITIAL';
    if (terms.afterPayments && terms.afterLevels && n > terms.afterPayments) {
      levels = terms.afterLevels;
      recurringPhase = 'AFTER';
    }
  }
  return { programId: program.id, layer: rule.layer, ruleId: rule.id, recurringPhase, levels };
}
