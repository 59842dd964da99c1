import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import Stripe from 'stripe';
import { assertValidText } from '../../common/text.js';
import { fail } from '../../errors/app-error.js';
import { knownClientError } from '../../errors/client-error.js';
import { SalePayment } from '../../kernel/order.entity.js';
import { type OrderService } from '../orders/order.service.js';
import { Product } from '../../kernel/product.entity.js';
import { ProductService } from '../products/product.service.js';
import { stripeAction, type StripeAction } from './stripe-event.mapper.js';

const SOURCE = 'stripe';
/** Stripe's own default: a signature older than five minutes is refused (replays). */
const TOLERANCE_SECONDS = 300;

export interface StripeWebhookOptions {
  orm: MikroORM;
  orders: OrderService;
  /** Signing secrets (`whsec_...`); two at once while rotating. */
  secrets: readonly string[];
}

/**
 * `POST /webhooks/stripe`: verifies Stripe's signature on the raw body with the official `stripe` package
 * (any of the configured secrets), then records the mapped order, renewal or refunds exactly once (Stripe
 * redelivers; ids are Stripe's). A missing, bad or stale signature, or an event that cannot be recorded,
 * answers the error catalogue's status and code (400 `SIGNATURE_INVALID`, ...); nothing is stored then.
 */
export async function registerStripeWebhook(app: FastifyInstance, options: StripeWebhookOptions) {
  const products = new ProductService();
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/webhooks/stripe', async (request) => {
      if (options.secrets.length === 0) fail('STRIPE_NOT_CONFIGURED', 'Set STRIPE_WEBHOOK_SECRETS.');
      const signature = request.headers['stripe-signature'];
      if (typeof signature !== 'string' || !Buffer.isBuffer(request.body)) {
        fail('SIGNATURE_MISSING', 'A Stripe-Signature header and a JSON body are required.');
      }
      const event = verify(request.body, signature, options.secrets);
      if (!event) fail('SIGNATURE_INVALID', 'The signature does not match, or is too old.');
      const action = actionOf(event, request.log);
      try {
        const outcome = await apply(options.orm.em.fork(), action, options.orders, products);
        return { received: true, event: event.id, ...outcome };
      } catch (error) {
        const known = knownClientError(error);
        if (known && known.category !== 'SERVICE_UNAVAILABLE') {
          request.log.warn(
            { event: event.id, type: event.type, reason: known.code, field: known.field },
            'Stripe event not recorded',
          );
        }
        throw error;
      }
    });
  });
}

/**
 * What to record for a verified event. Stripe objects are read as loose JSON (see the mapper); an event
 * without the shape its type needs, or with text PostgreSQL cannot store, is refused as
 * `STRIPE_EVENT_INVALID` / `TEXT_INVALID` and nothing is stored.
 */
function actionOf(event: Stripe.Event, log: FastifyBaseLogger): StripeAction {
  const envelope = event as unknown as { type?: unknown; created?: unknown; data?: { object?: unknown } };
  const object = envelope.data?.object;
  if (
    typeof envelope.type !== 'string' ||
    typeof envelope.created !== 'number' ||
    !object ||
    typeof object !== 'object' ||
    Array.isArray(object)
  ) {
    fail(
      'STRIPE_EVENT_INVALID',
      'A Stripe event has a type, a creation time and a data.object.',
      'data.object',
    );
  }
  assertValidText(event, '');
  try {
    return stripeAction(event as never);
  } catch (error) {
    log.warn({ event: event.id, type: event.type, err: String(error) }, 'malformed Stripe event');
    fail('STRIPE_EVENT_INVALID', `This ${event.type} event lacks fields its type needs.`, 'data.object');
  }
}

function verify(body: Buffer, signature: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    try {
      return Stripe.webhooks.constructEvent(body, signature, secret, TOLERANCE_SECONDS);
    } catch {
      // try the next secret (rotation)
    }
  }
  return null;
}

async function apply(
  em: EntityManager,
  action: StripeAction,
  orders: OrderService,
  products: ProductService,
) {
  switch (action.kind) {
    case 'ignored':
      return { status: 'IGNORED', reason: action.reason };
    case 'order': {
      const { product, input } = action;
      if (product.create && !(await em.findOne(Product, { sku: product.sku }))) {
        await products.upsert(em, {
          ...product,
          priceMinor: input.items[0]!.unitPriceMinor,
          currency: input.currency,
        });
      }
      const result = await orders.recordOrder(em, input, SOURCE, { firstPaymentId: action.firstPaymentId });
      return { status: result.status, duplicate: result.duplicate, order: result.record?.id ?? null };
    }
    case 'payment': {
      const result = await orders.recordPayment(em, action.input, SOURCE);
      return { status: result.status, duplicate: result.duplicate };
    }
    case 'refunds': {
      const results = [];
      for (const refund of action.refunds) {
        const paid = refund.invoice
          ? await em.findOne(
              SalePayment,
              { source: SOURCE, externalId: refund.invoice },
              { populate: ['order'] },
            )
          : null;
        const orderExternalId = paid?.order.externalId ?? refund.paymentIntent;
        if (!orderExternalId) {
          results.push({ status: 'IGNORED', reason: 'refund of an unknown charge' });
          continue;
        }
        const result = await orders.recordRefund(
          em,
          { ...refund.input, orderExternalId, paymentExternalId: paid?.renewalOrder ? refund.invoice : null },
          SOURCE,
        );
        results.push({ status: result.status, duplicate: result.duplicate });
      }
      return { status: 'PROCESSED', refunds: results };
    }
  }
}
