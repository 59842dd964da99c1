import { DomainError } from '../errors/domain-error.js';
import { allocateLargestRemainder } from '../money/allocate.js';
import { assertMinorUnits } from '../money/money.js';
import { LedgerErrorCode } from '../ledger/ledger.errors.js';
import { SaleErrorCode } from './sales.errors.js';

/**
 * What an order has been charged, paid and refunded so far, in minor units of its currency. An order
 * recorded "paid" has `paidMinor = totalMinor`; an order recorded unpaid starts at 0 and grows with its
 * instalments.
 */
export interface SaleAmounts {
  /** Order total (items - discounts + tax + shipping). */
  readonly totalMinor: bigint;
  /** Payments received so far. */
  readonly paidMinor: bigint;
  /** Refunds applied so far. */
  readonly refundedMinor: bigint;
}

/**
 * An instalment payment of an order: more than zero and never more than what is still due
 * (`total - paid`). Refunds do not make an amount due again: what was refunded was paid. Returns the order's
 * amounts after the payment.
 *
 * @throws DomainError `PAYMENT_AMOUNT_INVALID` (field `amountMinor`) for zero,
 * `PAYMENT_EXCEEDS_ORDER` (field `amountMinor`) when it exceeds what is due, `MONEY_*` for malformed amounts.
 */
export function applyInstalment(sale: SaleAmounts, amountMinor: bigint): SaleAmounts {
  const amount = assertMinorUnits(amountMinor, 'amountMinor');
  if (amount === 0n) {
    throw new DomainError(SaleErrorCode.PaymentAmountInvalid, 'A payment is more than zero.', 'amountMinor');
  }
  const paid = assertMinorUnits(sale.paidMinor, 'sale.paidMinor') + amount;
  if (paid > assertMinorUnits(sale.totalMinor, 'sale.totalMinor')) {
    throw new DomainError(
      SaleErrorCode.PaymentExceedsOrder,
      `The payments would exceed the order total (${sale.totalMinor - sale.paidMinor} minor units are still due).`,
      'amountMinor',
    );
  }
  return { ...sale, paidMinor: paid };
}

/**
 * A refund of an order: more than zero and never more than what the customer has paid, net of earlier
 * refunds (an order recorded unpaid has paid nothing yet, so it cannot be refunded). Returns the order's
 * amounts after the refund.
 *
 * @throws DomainError `REFUND_AMOUNT_INVALID` (field `amountMinor`) for zero,
 * `LEDGER_REFUND_EXCEEDS_SALE` (field `amountMinor`) when it exceeds what is refundable.
 */
export function applyRefund(sale: SaleAmounts, amountMinor: bigint): SaleAmounts {
  const amount = assertMinorUnits(amountMinor, 'amountMinor');
  if (amount === 0n) {
    throw new DomainError(SaleErrorCode.RefundAmountInvalid, 'A refund is more than zero.', 'amountMinor');
  }
  const refunded = assertMinorUnits(sale.refundedMinor, 'sale.refundedMinor') + amount;
  const paid = assertMinorUnits(sale.paidMinor, 'sale.paidMinor');
  if (refunded > paid || refunded > assertMinorUnits(sale.totalMinor, 'sale.totalMinor')) {
    throw new DomainError(
      // The ledger's code: published before this rule moved here.
      LedgerErrorCode.RefundExceedsSale,
      `Refunds cannot exceed what the customer paid (${paid - sale.refundedMinor} minor units are refundable).`,
      'amountMinor',
    );
  }
  return { ...sale, refundedMinor: refunded };
}

/** An order line as a renewal needs it. */
export interface RenewableItem {
  readonly unitPriceMinor: bigint;
  readonly quantity: number;
  /** The product is sold as a subscription. */
  readonly subscription: boolean;
}

/** Input of {@link planRenewal}. */
export interface RenewalInput<T extends RenewableItem> {
  /** The lines of the subscription's first order. */
  readonly items: readonly T[];
  /** The highest payment number recorded so far for this subscription (1 = only the first order). */
  readonly lastPaymentNumber: number;
  /** The renewal payment, tax included. */
  readonly amountMinor: bigint;
  readonly taxMinor: bigint;
}

/** A renewal as it is recorded: its position in the subscription and its lines. */
export interface RenewalPlan<T extends RenewableItem> {
  /** 2 for the second payment of the subscription, 3 for the third, ... */
  readonly paymentNumber: number;
  /** Each subscription line of the first order with its share of the net amount (sold once, no discount). */
  readonly lines: { readonly item: T; readonly netMinor: bigint }[];
}

/**
 * A renewal payment of a subscription order. It is numbered right after the last one recorded (the caller
 * reads `lastPaymentNumber` under the order's lock, so concurrent renewals get 2, 3, 4, ... and never the
 * same number). Its amount net of tax is split over the order's subscription lines in proportion to their
 * first price x quantity (largest remainder, so the parts add up; equal shares when all were free).
 *
 * @throws DomainError `ORDER_NOT_SUBSCRIPTION` (field `orderExternalId`) when no line is a subscription,
 * `PAYMENT_AMOUNT_INVALID` (field `amountMinor`) for zero, `TAX_EXCEEDS_PAYMENT` (field `taxMinor`).
 */
export function planRenewal<T extends RenewableItem>(input: RenewalInput<T>): RenewalPlan<T> {
  const subscription = input.items.filter((item) => item.subscription);
  if (subscription.length === 0) {
    throw new DomainError(
      SaleErrorCode.NotSubscription,
      'This order has no subscription product to renew.',
      'orderExternalId',
    );
  }
  const amount = assertMinorUnits(input.amountMinor, 'amountMinor');
  if (amount === 0n) {
    throw new DomainError(SaleErrorCode.PaymentAmountInvalid, 'A payment is more than zero.', 'amountMinor');
  }
  const tax = assertMinorUnits(input.taxMinor, 'taxMinor');
  if (tax > amount) {
    throw new DomainError(SaleErrorCode.TaxExceedsPayment, 'The tax is more than the payment.', 'taxMinor');
  }
  const weights = subscription.map((item) => item.unitPriceMinor * BigInt(item.quantity));
  const total = weights.reduce((a, b) => a + b, 0n);
  const shares = allocateLargestRemainder(amount - tax, total === 0n ? subscription.map(() => 1n) : weights);
  return {
    paymentNumber: Math.max(1, input.lastPaymentNumber) + 1,
    lines: subscription.map((item, index) => ({ item, netMinor: shares[index]! })),
  };
}
