/**
 * The events a merchant's system can subscribe to, by their wire names (the `type` of every delivery).
 * Each is queued in the transaction of the change it reports, so a change that rolls back sends nothing
 * and a committed one is delivered even if the process stops right after the commit.
 */
export const WEBHOOK_EVENT_TYPES = [
  'partner.applied',
  'partner.approved',
  'lead.recorded',
  'order.recorded',
  'commission.created',
  'commission.voided',
  'payout.paid',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** One event to deliver: its type, when it happened and its data (JSON; money as minor-unit strings). */
export interface WebhookEvent {
  type: WebhookEventType;
  at: Date;
  data: Record<string, unknown>;
}

/** The body every endpoint receives: `{ "type", "timestamp", "data" }` (Standard Webhooks' shape). */
export const webhookBody = (event: WebhookEvent) => ({
  type: event.type,
  timestamp: event.at.toISOString(),
  data: event.data,
});
