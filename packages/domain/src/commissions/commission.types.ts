import type { Money } from '../money/money.types.js';
import type { PartnerStatus } from '../partners/partner.types.js';
import type {
  LevelRule,
  PartnerRateOverride,
  PayoutTiming,
  Program,
  RuleLayer,
} from '../programs/program.types.js';
import type { SubscriptionPayment } from '../programs/resolve-rule.js';

/** One line of an order: price per unit (minor units of the order currency), quantity and its own discount. */
export interface OrderItem {
  readonly productId: string;
  readonly unitPriceMinor: bigint;
  readonly quantity: number;
  /** Discount on this line (minor units), at most unit price x quantity. */
  readonly discountMinor?: bigint | null;
}

/** A payment received for an order (order currency). */
export interface OrderPayment {
  readonly id: string;
  readonly amountMinor: bigint;
  readonly at: Date;
}

/**
 * A per-order manual override by an admin: these level rules replace every program, partner-override and
 * layer rule for this order's items (the program still decides levels, timing and unused shares).
 */
export interface ManualCommissionOverride {
  readonly levels: readonly LevelRule[];
  readonly reason?: string | null;
}

/** An order (a sale, or one renewal payment of a subscription) as the commission engine sees it. */
export interface Order {
  readonly id: string;
  readonly currency: string;
  readonly orderedAt: Date;
  readonly items: readonly OrderItem[];
  /** Discount on the whole order, spread over the items by largest remainder in proportion to their net. */
  readonly orderDiscountMinor?: bigint | null;
  /** Tax and shipping are part of what the customer pays but never of the commission base. */
  readonly taxMinor?: bigint | null;
  readonly shippingMinor?: bigint | null;
  /** Payments received so far (used by ON_PAYMENT programs). */
  readonly payments?: readonly OrderPayment[] | null;
  /** Set when this order is a payment of a subscription (recurring commissions). */
  readonly subscription?: SubscriptionPayment | null;
  readonly manualOverride?: ManualCommissionOverride | null;
}

/** What the engine needs to know about a partner of the chain. */
export interface ChainPartner {
  readonly id: string;
  readonly status: PartnerStatus;
  readonly parentId: string | null;
}

/**
 * A partner credited with the sale (level 1 of its own chain) and its share of the level-1 credit in basis
 * points (10,000 = all of it). `flagged` = self-referral: every line of this chain is created FLAGGED.
 */
export interface Credit {
  readonly partnerId: string;
  readonly weightBps: number;
  readonly flagged?: boolean;
}

/** Input of {@link calculateCommissions}. */
export interface CalculateCommissionsInput {
  readonly order: Order;
  /** The programs of the credited partner(s) (each validated with `defineProgram`). */
  readonly programs: readonly Program[];
  /** Who is credited (from attribution); empty = unattributed, nothing is earned. */
  readonly credits: readonly Credit[];
  /** The credited partners and their ancestors up to the paid levels. */
  readonly partners: readonly ChainPartner[];
  readonly partnerOverrides?: readonly PartnerRateOverride[] | null;
}

/** A lead (sign-up) that may earn a flat lead payout per level. */
export interface Lead {
  readonly id: string;
  readonly at: Date;
  /** Product the lead is for; null = only the programs' DEFAULT rules apply. */
  readonly productId?: string | null;
}

/** Input of {@link calculateLeadCommissions}. */
export interface CalculateLeadCommissionsInput {
  readonly lead: Lead;
  readonly programs: readonly Program[];
  readonly credits: readonly Credit[];
  readonly partners: readonly ChainPartner[];
  readonly partnerOverrides?: readonly PartnerRateOverride[] | null;
}

/** Where a line's level rule came from, most specific first: manual, partner override, then the layers. */
export type RuleSourceLayer = 'MANUAL' | 'PARTNER_OVERRIDE' | RuleLayer;

/** The rule that produced a commission line. */
export interface RuleSource {
  readonly layer: RuleSourceLayer;
  /** Program rule id (for MANUAL / PARTNER_OVERRIDE: the program rule they replaced). */
  readonly ruleId: string;
  readonly recurringPhase: 'INITIAL' | 'AFTER' | null;
  /** The level rule applied. */
  readonly levelRule: LevelRule;
}

/**
 * One commission: what one partner earns at one level from one sale (or lead) under one rule, credited at
 * `earnedAt` (the order time for UPFRONT, the payment time for ON_PAYMENT).
 */
export interface CommissionLine {
  /** Deterministic, unique per commission; use it as the commission id / idempotency key. */
  readonly key: string;
  /** Lines of one credited partner's chain on one sale share it (parents are reversed with the child). */
  readonly chainKey: string;
  readonly kind: 'SALE' | 'LEAD';
  /** The order id or lead id. */
  readonly sourceId: string;
  readonly partnerId: string;
  readonly level: number;
  /** The level-1 partner of the chain this line belongs to. */
  readonly creditedPartnerId: string;
  /** True when the level had no earning partner and its share rolled down to the level-1 partner. */
  readonly rolledDown: boolean;
  readonly amount: Money;
  readonly programId: string;
  readonly rule: RuleSource;
  readonly timing: PayoutTiming;
  /** The payment that earned it (ON_PAYMENT), null for UPFRONT and leads. */
  readonly paymentId: string | null;
  readonly earnedAt: Date;
  /** Self-referral: created FLAGGED, excluded from payouts until reviewed. */
  readonly flagged: boolean;
  /** Products of the order this line pays for. */
  readonly productIds: readonly string[];
}

/** The commission base of an order, per item and in total (minor units of the order currency). */
export interface CommissionBase {
  readonly currency: string;
  readonly items: readonly { readonly productId: string; readonly baseMinor: bigint }[];
  readonly baseMinor: bigint;
  /** What the customer pays: base + tax + shipping. */
  readonly totalMinor: bigint;
}
