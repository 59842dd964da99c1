import { DomainError } from '../errors/domain-error.js';
import { allocateLargestRemainder } from '../money/allocate.js';
import { addFractions, fraction, multiplyFractions, roundHalfEven } from '../money/fraction.js';
import { assertMinorUnits } from '../money/money.js';
import type { Fraction } from '../money/money.types.js';
import { parsePercent } from '../money/rate.js';
import { assertLevelRules } from '../programs/define-program.js';
import type { LevelRule, PartnerRateOverride, Program } from '../programs/program.types.js';
import { resolveRule, selectProgram, type ResolvedRule } from '../programs/resolve-rule.js';
import { assertInstant } from '../time/zoned-day.js';
import { assertCredits, buildChain, partnersById } from './commission-chain.js';
import { commissionBase } from './commission-base.js';
import { CommissionErrorCode } from './commission.errors.js';
import type {
  CalculateCommissionsInput,
  CalculateLeadCommissionsInput,
  ChainPartner,
  CommissionLine,
  Credit,
  OrderPayment,
  RuleSource,
} from './commission.types.js';

/** One product of the sale (or the lead) with the program and rule that pay for it. */
interface PricedItem {
  readonly productId: string;
  readonly baseMinor: bigint;
  readonly program: Program;
  readonly rule: ResolvedRule;
}

/** An exact (unrounded) amount one earner gets for one item at one level. */
interface Valuation {
  readonly credit: Credit;
  readonly level: number;
  readonly earner: ChainPartner;
  readonly rolledDown: boolean;
  readonly program: Program;
  readonly sourceKey: string;
  readonly source: RuleSource;
  readonly productId: string;
  readonly exact: Fraction;
}

interface EngineInput {
  readonly kind: 'SALE' | 'LEAD';
  readonly sourceId: string;
  readonly currency: string;
  readonly items: readonly PricedItem[];
  readonly credits: readonly Credit[];
  readonly partners: readonly ChainPartner[];
  readonly overrides: readonly PartnerRateOverride[];
  readonly manualLevels: readonly LevelRule[] | null;
}

const ZERO = fraction(0n);

function overrideFor(
  overrides: readonly PartnerRateOverride[],
  partnerId: string,
  item: PricedItem,
  level: number,
): { rule: LevelRule; index: number } | null {
  let found: { rule: LevelRule; index: number; specific: boolean } | null = null;
  overrides.forEach((override, index) => {
    if (override.partnerId !== partnerId || override.programId !== item.program.id) return;
    const products = override.productIds ?? [];
    const specific = products.length > 0;
    if (specific && !products.includes(item.productId)) return;
    const rule = override.levels.find((candidate) => candidate.level === level);
    if (rule && (!found || (specific && !found.specific))) found = { rule, index, specific };
  });
  return found;
}

/** The exact amount of one level rule on one item, before the credit weight (sale or lead). */
function rawAmount(
  kind: 'SALE' | 'LEAD',
  levelRule: LevelRule | undefined,
  item: PricedItem,
  group: { base: bigint; count: number },
  child: Fraction,
  currency: string,
): { amount: Fraction; weighted: boolean } {
  if (!levelRule) return { amount: ZERO, weighted: true };
  if (kind === 'LEAD') {
    const lead = levelRule.leadPayoutMinor;
    return { amount: lead ? fraction(assertMinorUnits(lead, 'leadPayoutMinor')) : ZERO, weighted: true };
  }
  const sale = levelRule.sale;
  if (!sale) return { amount: ZERO, weighted: true };
  if (sale.kind === 'FLAT') {
    const flat = assertMinorUnits(sale.amountMinor, 'amountMinor');
    if (flat !== 0n && currency !== item.program.currency) {
      throw new DomainError(
        CommissionErrorCode.CurrencyMismatch,
        `A flat commission in ${item.program.currency} cannot be paid on an order in ${currency}.`,
        'currency',
      );
    }
    // Flat = once per sale and rule: spread over the rule's items by base (equally if all are free).
    const share = group.base > 0n ? fraction(item.baseMinor, group.base) : fraction(1n, BigInt(group.count));
    return { amount: multiplyFractions(fraction(flat), share), weighted: true };
  }
  const rate = parsePercent(sale.percent, 'percent');
  if (sale.of === 'CHILD_COMMISSION') return { amount: multiplyFractions(child, rate), weighted: false };
  return { amount: multiplyFractions(fraction(item.baseMinor), rate), weighted: true };
}

function valuate(input: EngineInput): Valuation[] {
  assertCredits(input.credits);
  const partners = partnersById(input.partners);
  const depth = Math.max(0, ...input.items.map((item) => item.program.levels));
  const valuations: Valuation[] = [];
  if (depth === 0) return valuations;
  for (const credit of input.credits) {
    const chain = buildChain(credit.partnerId, partners, depth);
    const head = chain[0] as ChainPartner;
    if (head.status !== 'ACTIVE') continue; // inactive partners are never credited, nor are their parents
    const weight = fraction(BigInt(credit.weightBps), 10_000n);
    let children: Fraction[] = input.items.map(() => ZERO);
    for (let level = 1; level <= depth; level += 1) {
      const atLevel = chain[level - 1];
      const active = atLevel !== undefined && atLevel.status === 'ACTIVE';
      const choices = input.items.map((item) => {
        if (level > item.program.levels) return null;
        const base = {
          programId: item.program.id,
          ruleId: item.rule.ruleId,
          phase: item.rule.recurringPhase,
        };
        const ruleKey = `${base.programId}:${base.ruleId}:${base.phase ?? '-'}`;
        if (input.manualLevels) {
          const levelRule = input.manualLevels.find((candidate) => candidate.level === level);
          return { levelRule, sourceKey: `manual:${ruleKey}`, layer: 'MANUAL' as const, item };
        }
        const override = active ? overrideFor(input.overrides, atLevel.id, item, level) : null;
        if (override) {
          return {
            levelRule: override.rule as LevelRule | undefined,
            sourceKey: `override${override.index}:${ruleKey}`,
            layer: 'PARTNER_OVERRIDE' as const,
            item,
          };
        }
        const levelRule = item.rule.levels.find((candidate) => candidate.level === level);
        return { levelRule, sourceKey: ruleKey, layer: item.rule.layer, item };
      });
      const groups = new Map<string, { base: bigint; count: number }>();
      for (const choice of choices) {
        if (!choice) continue;
        const group = groups.get(choice.sourceKey) ?? { base: 0n, count: 0 };
        groups.set(choice.sourceKey, { base: group.base + choice.item.baseMinor, count: group.count + 1 });
      }
      const next: Fraction[] = input.items.map(() => ZERO);
      choices.forEach((choice, index) => {
        if (!choice) return;
        const group = groups.get(choice.sourceKey) ?? { base: 0n, count: 1 };
        const raw = rawAmount(
          input.kind,
          choice.levelRule,
          choice.item,
          group,
          children[index] ?? ZERO,
          input.currency,
        );
        const exact = raw.weighted ? multiplyFractions(raw.amount, weight) : raw.amount;
        next[index] = exact;
        const program = choice.item.program;
        const earner = active ? atLevel : program.unusedLevelShare === 'ROLL_DOWN_TO_LEVEL_1' ? head : null;
        if (!earner || exact.num === 0n || !choice.levelRule) return;
        valuations.push({
          credit,
          level,
          earner,
          rolledDown: !active,
          program,
          sourceKey: choice.sourceKey,
          source: {
            layer: choice.layer,
            ruleId: choice.item.rule.ruleId,
            recurringPhase: choice.item.rule.recurringPhase,
            levelRule: choice.levelRule,
          },
          productId: choice.item.productId,
          exact,
        });
      });
      children = next;
    }
  }
  return valuations;
}

interface Draft {
  readonly valuation: Valuation;
  exact: Fraction;
  amountMinor: bigint;
  readonly productIds: string[];
  readonly chainKey: string;
  readonly keyStem: string;
}

/** Sums valuations into one commission per chain, level, program, rule and earner; rounds once. */
function draftLines(input: EngineInput, valuations: readonly Valuation[]): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const valuation of valuations) {
    const chainKey = `${input.kind}:${input.sourceId}:${valuation.credit.partnerId}`;
    const keyStem = `${chainKey}:${valuation.program.id}:${valuation.sourceKey}:L${valuation.level}:${valuation.earner.id}`;
    const draft = drafts.get(keyStem);
    if (draft) {
      draft.exact = addFractions(draft.exact, valuation.exact);
      if (!draft.productIds.includes(valuation.productId)) draft.productIds.push(valuation.productId);
    } else {
      drafts.set(keyStem, {
        valuation,
        exact: valuation.exact,
        amountMinor: 0n,
        productIds: [valuation.productId],
        chainKey,
        keyStem,
      });
    }
  }
  // Round once. Level-1 lines of the same rule split between several credited partners are rounded as one
  // total and allocated by largest remainder, so the split never creates or loses a minor unit.
  const splitGroups = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    const v = draft.valuation;
    if (v.level === 1 && input.credits.length > 1) {
      const key = `${v.program.id}:${v.sourceKey}`;
      splitGroups.set(key, [...(splitGroups.get(key) ?? []), draft]);
    } else {
      draft.amountMinor = roundHalfEven(draft.exact);
    }
  }
  for (const group of splitGroups.values()) {
    const total = group.reduce((sum, draft) => addFractions(sum, draft.exact), ZERO);
    const common = group.reduce(
      (den, draft) => (den % draft.exact.den === 0n ? den : den * draft.exact.den),
      1n,
    );
    const weights = group.map((draft) => (draft.exact.num * common) / draft.exact.den);
    const parts = allocateLargestRemainder(roundHalfEven(total), weights);
    group.forEach((draft, index) => (draft.amountMinor = parts[index] as bigint));
  }
  return [...drafts.values()];
}

function sortPayments(payments: readonly OrderPayment[]): OrderPayment[] {
  const ids = new Set<string>();
  payments.forEach((payment, index) => {
    if (typeof payment.id !== 'string' || payment.id === '' || ids.has(payment.id)) {
      throw new DomainError(
        CommissionErrorCode.PaymentInvalid,
        'Payment ids are unique.',
        `payments[${index}].id`,
      );
    }
    ids.add(payment.id);
    assertMinorUnits(payment.amountMinor, `payments[${index}].amountMinor`);
    assertInstant(payment.at, `payments[${index}].at`);
  });
  return [...payments].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function toLines(
  input: EngineInput,
  drafts: readonly Draft[],
  earnedAt: Date,
  payments: readonly OrderPayment[],
  totalMinor: bigint,
): CommissionLine[] {
  const lines: CommissionLine[] = [];
  for (const draft of drafts) {
    const v = draft.valuation;
    const common = {
      chainKey: draft.chainKey,
      kind: input.kind,
      sourceId: input.sourceId,
      partnerId: v.earner.id,
      level: v.level,
      creditedPartnerId: v.credit.partnerId,
      rolledDown: v.rolledDown,
      programId: v.program.id,
      rule: v.source,
      flagged: v.credit.flagged === true,
      productIds: [...draft.productIds].sort(),
    };
    const onPayment = input.kind === 'SALE' && v.program.timing === 'ON_PAYMENT' && totalMinor > 0n;
    if (!onPayment) {
      if (draft.amountMinor === 0n) continue;
      lines.push({
        ...common,
        key: `${draft.keyStem}:upfront`,
        amount: { amountMinor: draft.amountMinor, currency: input.currency },
        timing: 'UPFRONT',
        paymentId: null,
        earnedAt,
      });
      continue;
    }
    // ON_PAYMENT: after each payment, the partner has earned the full commission x (paid so far / order
    // total), rounded half-to-even; each payment credits the increase. Instalments add up to the full one.
    let paid = 0n;
    let earned = 0n;
    for (const payment of payments) {
      paid = paid + payment.amountMinor > totalMinor ? totalMinor : paid + payment.amountMinor;
      const cumulative = roundHalfEven(fraction(draft.amountMinor * paid, totalMinor));
      const amountMinor = cumulative - earned;
      earned = cumulative;
      if (amountMinor === 0n) continue;
      lines.push({
        ...common,
        key: `${draft.keyStem}:${payment.id}`,
        amount: { amountMinor, currency: input.currency },
        timing: 'ON_PAYMENT',
        paymentId: payment.id,
        earnedAt: payment.at,
      });
    }
  }
  const creditOrder = new Map(input.credits.map((credit, index) => [credit.partnerId, index]));
  return lines.sort(
    (a, b) =>
      (creditOrder.get(a.creditedPartnerId) ?? 0) - (creditOrder.get(b.creditedPartnerId) ?? 0) ||
      a.level - b.level ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Calculates the commissions of a sale: one {@link CommissionLine} per partner, level and rule (and per
 * payment under ON_PAYMENT), each naming the rule that produced it. Pure: same input, same lines, same keys.
 * Lines come ordered by credited partner (as in `credits`), level, then key.
 *
 * Rules applied, in order:
 * - Commission base per item = price x quantity - discounts (the order discount spread by largest
 *   remainder); tax and shipping never count.
 * - Per item, the partner's program with the lowest priority that covers the product (`selectProgram`),
 *   then its most specific rule layer (subscription > product > default) and recurring terms.
 * - Per level, the most specific rule wins: the order's manual override, then the earning partner's
 *   override, then the program rule. A level missing from the winning rule pays nothing.
 * - Level L is paid to the L-th partner of the credited partner's chain when that partner is ACTIVE.
 *   A level without an earning partner (no ancestor, or not ACTIVE) pays nothing, unless the program rolls
 *   unused shares down to the level-1 partner. An inactive credited partner earns nothing, nor does its chain.
 * - Percent of BASE: the item's base x rate. Percent of CHILD_COMMISSION: the exact (unrounded) commission
 *   of the level below x rate, computed even when that level had no earning partner; so every commission
 *   is rounded exactly once. FLAT: once per sale and rule, spread over the rule's items by base.
 * - Split credit: each credited partner's chain computes every level on its weighted share; level-1 lines of
 *   one rule are rounded as one total and allocated by largest remainder.
 * - Rounding: once per line, half-to-even. Zero lines are omitted.
 * - UPFRONT: one line at `orderedAt`. ON_PAYMENT: one line per payment, earning the full commission x
 *   cumulative paid / order total (tax and shipping included, capped at the total), rounded half-to-even,
 *   minus what earlier payments earned; a free order (total 0) behaves as UPFRONT.
 * - Self-referral (`credit.flagged`): every line of that partner's chain is flagged.
 *
 * @throws DomainError for bad input, never a silent zero: `MONEY_*` amount/currency codes,
 * `ORDER_INVALID`, `ORDER_ITEM_QUANTITY_INVALID`, `ORDER_DISCOUNT_EXCEEDS_PRICE`, `ORDER_PAYMENT_INVALID`,
 * `COMMISSION_CREDITS_INVALID`, `COMMISSION_PARTNER_UNKNOWN`, `COMMISSION_CHAIN_CYCLE`,
 * `COMMISSION_CURRENCY_MISMATCH` (flat amount on an order in another currency), `PROGRAM_*` for an invalid
 * manual override (e.g. `PROGRAM_LEVELS_OUT_OF_RANGE`), `RATE_OUT_OF_RANGE`.
 */
export function calculateCommissions(input: CalculateCommissionsInput): CommissionLine[] {
  const { order } = input;
  if (typeof order.id !== 'string' || order.id === '') {
    throw new DomainError(CommissionErrorCode.OrderInvalid, 'An order needs an id.', 'id');
  }
  assertInstant(order.orderedAt, 'orderedAt');
  const base = commissionBase(order);
  const payments = sortPayments(order.payments ?? []);
  const subscription = order.subscription ?? null;
  if (subscription) assertInstant(subscription.startedAt, 'subscription.startedAt');
  const items: PricedItem[] = [];
  for (const item of base.items) {
    const program = selectProgram(input.programs, item.productId, subscription !== null);
    const rule = program && resolveRule(program, item.productId, order.orderedAt, subscription);
    if (program && rule) items.push({ productId: item.productId, baseMinor: item.baseMinor, program, rule });
  }
  const manualLevels = order.manualOverride?.levels ?? null;
  if (manualLevels) {
    for (const item of items) assertLevelRules(manualLevels, item.program, 'manualOverride.levels');
  }
  const engine: EngineInput = {
    kind: 'SALE',
    sourceId: order.id,
    currency: base.currency,
    items,
    credits: input.credits,
    partners: input.partners,
    overrides: input.partnerOverrides ?? [],
    manualLevels,
  };
  return toLines(engine, draftLines(engine, valuate(engine)), order.orderedAt, payments, base.totalMinor);
}

/**
 * Calculates the lead payouts of a lead: the flat `leadPayoutMinor` of each level rule, in the program's
 * currency, credited at the lead's time (timing does not apply to leads). Program and layer selection,
 * partner overrides, unused levels, split credit and flags work as in {@link calculateCommissions}. A lead
 * without a product uses only the programs' DEFAULT rules.
 *
 * @throws DomainError as {@link calculateCommissions} for the credits and chain, `ORDER_INVALID` for a lead
 * without id, `TIME_INSTANT_INVALID` for an invalid date.
 */
export function calculateLeadCommissions(input: CalculateLeadCommissionsInput): CommissionLine[] {
  const { lead } = input;
  if (typeof lead.id !== 'string' || lead.id === '') {
    throw new DomainError(CommissionErrorCode.OrderInvalid, 'A lead needs an id.', 'id');
  }
  assertInstant(lead.at, 'at');
  const productId = lead.productId ?? null;
  const candidates =
    productId === null
      ? input.programs.filter((p) => p.rules.some((r) => r.layer === 'DEFAULT'))
      : input.programs;
  const program = selectProgram(candidates, productId ?? '\u0000no-product', false);
  const rule = program && resolveRule(program, productId ?? '\u0000no-product', lead.at, null);
  if (!program || !rule) {
    assertCredits(input.credits);
    return [];
  }
  const engine: EngineInput = {
    kind: 'LEAD',
    sourceId: lead.id,
    currency: program.currency,
    items: [{ productId: productId ?? '', baseMinor: 0n, program, rule }],
    credits: input.credits,
    partners: input.partners,
    overrides: input.partnerOverrides ?? [],
    manualLevels: null,
  };
  return toLines(engine, draftLines(engine, valuate(engine)), lead.at, [], 0n);
}
