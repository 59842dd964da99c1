import { type Commission } from '../../kernel/commission.entity.js';
import { type Lead } from '../../kernel/lead.entity.js';
import { type SaleOrder } from '../../kernel/order.entity.js';
import { type Partner } from '../../kernel/partner.entity.js';
import { type WebhookEvent } from './webhook-events.js';

/**
 * The `data` of each event, built from what the transaction wrote. Money is `{ amountMinor, currency }`
 * with `amountMinor` an integer string in minor units (as in the GraphQL API); ids are the API's ids.
 */
const money = (amountMinor: bigint, currency: string) => ({ amountMinor: amountMinor.toString(), currency });

const partnerData = (partner: Partner) => ({
  id: partner.id,
  code: partner.code,
  name: partner.name,
  email: partner.email,
  status: partner.status,
  parentId: partner.parent?.id ?? null,
  source: partner.source,
  createdAt: partner.createdAt.toISOString(),
  approvedAt: partner.approvedAt?.toISOString() ?? null,
});

export const partnerApplied = (partner: Partner, at = new Date()): WebhookEvent => ({
  type: 'partner.applied',
  at,
  data: partnerData(partner),
});

export const partnerApproved = (partner: Partner, at = new Date()): WebhookEvent => ({
  type: 'partner.approved',
  at,
  data: partnerData(partner),
});

export const leadRecorded = (lead: Lead, at = new Date()): WebhookEvent => ({
  type: 'lead.recorded',
  at,
  data: {
    id: lead.id,
    externalId: lead.externalId,
    attributionMethod: lead.attributionMethod,
    credits: lead.credits.map((credit) => ({ partnerId: credit.partnerId, weightBps: credit.weightBps })),
    occurredAt: lead.occurredAt.toISOString(),
  },
});

export const orderRecorded = (order: SaleOrder, at = new Date()): WebhookEvent => ({
  type: 'order.recorded',
  at,
  data: {
    id: order.id,
    externalId: order.externalId,
    renewalOfId: order.renewalOf?.id ?? null,
    paymentNumber: order.paymentNumber ?? null,
    total: money(order.totalMinor, order.currency),
    paid: money(order.paidMinor, order.currency),
    attributionMethod: order.attributionMethod,
    credits: order.credits.map((credit) => ({ partnerId: credit.partnerId, weightBps: credit.weightBps })),
    orderedAt: order.orderedAt.toISOString(),
  },
});

const commissionData = (commission: Commission) => ({
  id: commission.id,
  partnerId: commission.partner.id,
  kind: commission.kind,
  level: commission.level,
  sourceId: commission.sourceId,
  programId: commission.program.id,
  amount: money(commission.amountMinor, commission.currency),
  reversed: money(commission.reversedMinor, commission.currency),
  review: commission.review,
  createdAt: commission.createdAt.toISOString(),
  availableAt: commission.availableAt.toISOString(),
  voidedAt: commission.voidedAt?.toISOString() ?? null,
});

export const commissionCreated = (commission: Commission, at = new Date()): WebhookEvent => ({
  type: 'commission.created',
  at,
  data: commissionData(commission),
});

export const commissionVoided = (commission: Commission, at = new Date()): WebhookEvent => ({
  type: 'commission.voided',
  at,
  data: commissionData(commission),
});

/** One `payout.paid` per payment of a batch (partner and currency). */
export const payoutPaid = (
  payment: {
    batchId: string;
    partnerId: string;
    amountMinor: bigint;
    currency: string;
    method: string | null;
    reference: string | null;
  },
  at = new Date(),
): WebhookEvent => ({
  type: 'payout.paid',
  at,
  data: {
    batchId: payment.batchId,
    partnerId: payment.partnerId,
    amount: money(payment.amountMinor, payment.currency),
    method: payment.method,
    reference: payment.reference,
  },
});
