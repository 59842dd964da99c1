import {
  type RecordOrderInput,
  type RecordPaymentInput,
  type RecordRefundInput,
} from '../orders/order.input.js';

/** Products used for Stripe sales without `metadata.sku` (Checkout webhooks carry no line items). */
export const STRIPE_PRODUCTS = {
  payment: { sku: 'stripe-checkout', name: 'Stripe Checkout sale', subscription: false },
  subscription: { sku: 'stripe-subscription', name: 'Stripe subscription', subscription: true },
} as const;

const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;

// Stripe objects differ between API versions (e.g. `invoice.subscription` vs `invoice.parent`), so they are
// read as loose JSON, every field checked where it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const id = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && typeof (value as Obj).id === 'string'
      ? (value as Obj).id
      : null;
const minor = (value: unknown): string =>
  String(typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);

export type StripeAction =
  | {
      kind: 'order';
      input: RecordOrderInput;
      product: { sku: string; name: string; subscription: boolean; create: boolean };
      firstPaymentId: string | null;
    }
  | { kind: 'payment'; input: RecordPaymentInput }
  | {
      kind: 'refunds';
      refunds: Array<{
        input: Omit<RecordRefundInput, 'orderExternalId' | 'paymentExternalId'>;
        paymentIntent: string | null;
        invoice: string | null;
      }>;
    }
  | { kind: 'ignored'; reason: string };

/**
 * Maps a verified Stripe event to what Partnerkit records:
 * - `checkout.session.completed`: an order (id: the subscription id in subscription mode, else the payment
 *   intent), attributed through `client_reference_id` (the visitor id the snippet appends to Payment Links)
 *   or `metadata.pk_vid`, `metadata.partner_code`, `metadata.coupon`; one line of `metadata.sku` or a
 *   Stripe product; Stripe's tax, shipping and discount totals.
 * - `invoice.paid` for a renewal (`subscription_cycle`): a renewal payment of the subscription's order.
 * - `charge.refunded` (every refund in `refunds.data`) and `refund.created`: refunds, full or partial.
 */
export function stripeAction(event: { type: string; created: number; data: { object: Obj } }): StripeAction {
  const object = event.data.object;
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case 'checkout.session.completed': {
      const subscription = object.mode === 'subscription';
      const externalId = subscription
        ? id(object.subscription)
        : (id(object.payment_intent) ?? id(object.id));
      if (!externalId) return { kind: 'ignored', reason: 'checkout session without payment or subscription' };
      const metadata: Obj = object.metadata ?? {};
      const reference = typeof object.client_reference_id === 'string' ? object.client_reference_id : null;
      const visitorId =
        [reference, metadata.pk_vid].find((value) => typeof value === 'string' && VISITOR_ID.test(value)) ??
        null;
      const totals: Obj = object.total_details ?? {};
      const fallback = STRIPE_PRODUCTS[subscription ? 'subscription' : 'payment'];
      const sku =
        typeof metadata.sku === 'string' && metadata.sku.trim() ? metadata.sku.trim() : fallback.sku;
      return {
        kind: 'order',
        product: { ...fallback, sku, create: sku === fallback.sku },
        firstPaymentId: subscription ? id(object.invoice) : null,
        input: {
          externalId,
          currency: String(object.currency ?? '').toUpperCase(),
          items: [{ sku, quantity: 1, unitPriceMinor: minor(object.amount_subtotal), discountMinor: '0' }],
          discountMinor: minor(totals.amount_discount),
          taxMinor: minor(totals.amount_tax),
          shippingMinor: minor(totals.amount_shipping),
          customer: {
            externalId: id(object.customer),
            email: object.customer_details?.email ?? object.customer_email ?? null,
            name: object.customer_details?.name ?? null,
          },
          referral: {
            visitorId,
            partnerCode: typeof metadata.partner_code === 'string' ? metadata.partner_code : null,
            couponCode: typeof metadata.coupon === 'string' ? metadata.coupon : null,
          },
          orderedAt: at,
          paid: object.payment_status !== 'unpaid',
        },
      };
    }
    case 'invoice.paid': {
      if (object.billing_reason !== 'subscription_cycle') {
        return {
          kind: 'ignored',
          reason: `invoice ${object.billing_reason ?? ''} (the first one comes with checkout)`,
        };
      }
      const subscription = id(object.subscription) ?? id(object.parent?.subscription_details?.subscription);
      if (!subscription) return { kind: 'ignored', reason: 'invoice without subscription' };
      const tax =
        typeof object.tax === 'number'
          ? object.tax
          : (object.total_taxes ?? []).reduce((sum: number, t: Obj) => sum + (t.amount ?? 0), 0);
      return {
        kind: 'payment',
        input: {
          externalId: String(object.id),
          orderExternalId: subscription,
          amountMinor: minor(object.amount_paid),
          taxMinor: minor(tax),
          renewal: true,
          paidAt: at,
        },
      };
    }
    case 'charge.refunded': {
      const refunds: Obj[] = object.refunds?.data ?? [];
      if (refunds.length === 0)
        return { kind: 'ignored', reason: 'charge without refund list (subscribe to refund.created)' };
      return {
        kind: 'refunds',
        refunds: refunds
          .filter((refund) => refund.status !== 'failed' && refund.status !== 'canceled')
          .map((refund) => ({
            input: {
              externalId: String(refund.id),
              amountMinor: minor(refund.amount),
              refundedAt: new Date((refund.created ?? event.created) * 1000),
            },
            paymentIntent: id(object.payment_intent),
            invoice: id(object.invoice),
          })),
      };
    }
    case 'refund.created': {
      if (object.status === 'failed' || object.status === 'canceled')
        return { kind: 'ignored', reason: 'refund not made' };
      return {
        kind: 'refunds',
        refunds: [
          {
            input: { externalId: String(object.id), amountMinor: minor(object.amount), refundedAt: at },
            paymentIntent: id(object.payment_intent),
            invoice: null,
          },
        ],
      };
    }
    default:
      return { kind: 'ignored', reason: `event type ${event.type} is not used` };
  }
}
