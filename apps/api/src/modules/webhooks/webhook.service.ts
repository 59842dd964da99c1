import { randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery } from '@mikro-orm/core';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { paginate } from '../../graphql/paginate.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES, isWebhookEventType, webhookBody, type WebhookEvent } from './webhook-events.js';
import { assertPublicTarget, parseWebhookUrl } from './webhook-target.js';
import { type CreateWebhookEndpointInput, type UpdateWebhookEndpointInput } from './webhook.input.js';
import { type WebhookDeliveriesArgs } from './webhook.args.js';

// The events other modules queue (`webhooks.enqueue(tx, [orderRecorded(order), ...])`).
export * from './webhook-payloads.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEvent, type WebhookEventType } from './webhook-events.js';

/**
 * How long an instance trusts what it knows of the subscribed event types (an endpoint added or changed on
 * this instance counts at once; on another instance within this time).
 */
const SUBSCRIBED_CACHE_MS = 5_000;
/** How long the previous secret still signs after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export interface WebhookPolicy {
  /** False in production: endpoints on loopback or private addresses are refused. */
  allowPrivateTargets: boolean;
}

/** A Standard Webhooks secret: `whsec_` + 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
/** A delivery's id, the `webhook-id` header. */
export const newDeliveryId = () => `msg_${randomUUID().replace(/-/g, '')}`;

/**
 * Outgoing webhooks: admins register endpoints and the events they want; services queue events in their own
 * transaction with {@link WebhookService.enqueue} (one statement for any number of events and endpoints);
 * the dispatcher (`webhook-dispatcher.ts`) signs and sends them after commit.
 */
export class WebhookService {
  /** Event types some enabled endpoint subscribes to, and until when that is trusted. */
  private subscribed: { types: Set<string>; until: number } | null = null;

  constructor(
    private readonly policy: WebhookPolicy,
    private readonly cacheMs = SUBSCRIBED_CACHE_MS,
  ) {}

  list(em: EntityManager): Promise<WebhookEndpoint[]> {
    return em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async create(em: EntityManager, input: CreateWebhookEndpointInput, adminUserId: string | null) {
    const url = await this.checkedUrl(input.url);
    const endpoint = em.create(WebhookEndpoint, {
      url,
      events: this.checkedEvents(input.events),
      description: (input.description ?? '').trim().slice(0, 200),
      secret: newSecret(),
      createdBy: adminUserId,
    });
    await em.persistAndFlush(endpoint);
    this.subscribed = null;
    return { endpoint, secret: endpoint.secret };
  }

  async update(em: EntityManager, id: string, input: UpdateWebhookEndpointInput) {
    const endpoint = await this.get(em, id);
    if (input.url != null) endpoint.url = await this.checkedUrl(input.url);
    if (input.events != null) endpoint.events = this.checkedEvents(input.events);
    if (input.description != null) endpoint.description = input.description.trim().slice(0, 200);
    if (input.enabled != null) endpoint.enabled = input.enabled;
    await em.flush();
    this.subscribed = null;
    return endpoint;
  }

  /** A new secret; the old one keeps signing (a second signature) for 24 hours. */
  async rotateSecret(em: EntityManager, id: string, now = new Date()) {
    const endpoint = await this.get(em, id);
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
    endpoint.secret = newSecret();
    await em.flush();
    return { endpoint, secret: endpoint.secret };
  }

  async remove(em: EntityManager, id: string): Promise<boolean> {
    const endpoint = await this.get(em, id);
    await em.removeAndFlush(endpoint);
    this.subscribed = null;
    return true;
  }

  deliveries(em: EntityManager, args: WebhookDeliveriesArgs) {
    const where: FilterQuery<WebhookDelivery> = {};
    if (args.endpointId) where.endpoint = parseId(args.endpointId, 'endpointId');
    if (args.status) where.status = args.status;
    return paginate(em, WebhookDelivery, where, args, { createdAt: 'desc', id: 'desc' }, ['endpoint']);
  }

  /** Sends a delivery again, now, with the same id and body (its attempts start again). */
  async replay(em: EntityManager, id: string, now = new Date()): Promise<WebhookDelivery> {
    const delivery = await em.findOne(WebhookDelivery, { id }, { populate: ['endpoint'] });
    if (!delivery) fail('WEBHOOK_DELIVERY_NOT_FOUND', 'No delivery has this id.', 'id');
    delivery.status = 'PENDING';
    delivery.attempts = 0;
    delivery.nextAttemptAt = now;
    await em.flush();
    return delivery;
  }

  /**
   * Queues `events` for every enabled endpoint subscribed to their type, inside `tx` (the caller's
   * transaction): one INSERT … SELECT whatever the number of events and endpoints, and nothing at all when no
   * endpoint wants them.
   */
  async enqueue(tx: EntityManager, events: readonly WebhookEvent[]): Promise<void> {
    const subscribed = await this.subscribedTypes(tx);
    const wanted = events.filter((event) => subscribed.has(event.type));
    if (wanted.length === 0) return;
    // One JSON parameter (knex would spread an array binding into a list).
    const rows = JSON.stringify(
      events.map((event, n) => ({ n, type: event.type, body: JSON.stringify(webhookBody(event)) })),
    );
    await tx.getConnection().execute(
      `insert into webhook_deliveries (id, endpoint_id, event_type, body, status, attempts, next_attempt_at, created_at)
       select 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, ev.type, ev.body, 'PENDING', 0, now(), now()
       from jsonb_to_recordset(?::jsonb) as ev(n int, type text, body text)
       join webhook_endpoints e on e.enabled and ev.type = any(e.events)
       order by ev.n, e.id`,
      [rows],
      'run',
      tx.getTransactionContext(),
    );
  }

  /**
   * False while this instance knows that no endpoint is enabled: then `enqueue` queued nothing here, and the
   * dispatcher need not look for deliveries after a commit (its timer still does).
   */
  mayHaveQueued(): boolean {
    return !(this.subscribed && this.subscribed.until > Date.now() && this.subscribed.types.size === 0);
  }

  /** The event types of enabled endpoints (read at most every few seconds, see SUBSCRIBED_CACHE_MS). */
  private async subscribedTypes(tx: EntityManager): Promise<Set<string>> {
    if (this.subscribed && this.subscribed.until > Date.now()) return this.subscribed.types;
    const rows: Array<{ type: string }> = await tx
      .getConnection()
      .execute(
        'select distinct unnest(events) as type from webhook_endpoints where enabled',
        [],
        'all',
        tx.getTransactionContext(),
      );
    this.subscribed = { types: new Set(rows.map((row) => row.type)), until: Date.now() + this.cacheMs };
    return this.subscribed.types;
  }

  private async get(em: EntityManager, id: string): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { id: parseId(id) });
    if (!endpoint) fail('WEBHOOK_ENDPOINT_NOT_FOUND', 'No webhook endpoint has this id.', 'id');
    return endpoint;
  }

  private async checkedUrl(raw: string): Promise<string> {
    const url = parseWebhookUrl(raw);
    if (!this.policy.allowPrivateTargets) await assertPublicTarget(url);
    return url.toString();
  }

  private checkedEvents(events: readonly string[]): string[] {
    events.forEach((event, index) => {
      if (!isWebhookEventType(event.trim())) {
        fail(
          'WEBHOOK_EVENT_UNKNOWN',
          `Unknown event "${event}"; use ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
          `events[${index}]`,
        );
      }
    });
    const unique = [...new Set(events.map((event) => event.trim()))];
    if (unique.length === 0) fail('WEBHOOK_EVENTS_REQUIRED', 'Choose at least one event.', 'events');
    return unique;
  }
}
