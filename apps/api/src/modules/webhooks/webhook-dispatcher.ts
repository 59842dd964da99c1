import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type MikroORM } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { isDatabaseUnavailable } from '../../database/database-outage.js';
import { publicOnlyLookup } from './webhook-target.js';

export interface WebhookDispatcherOptions {
  /** False in production: connections go to public addresses only (checked at every connection). */
  allowPrivateTargets: boolean;
  /** Waits before attempt n+1 (ms); after the last, the delivery is FAILED. */
  retryDelaysMs?: readonly number[];
  /** How long one attempt may take (ms). */
  timeoutMs?: number;
  /** How often due deliveries are looked for (ms). */
  pollMs?: number;
  log?: { warn(object: unknown, message: string): void };
}

/** Standard Webhooks' schedule, roughly: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts in all). */
export const DEFAULT_RETRY_DELAYS_MS = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
];
/** A delivery being sent is leased this long; a crashed dispatcher's deliveries are retried after it. */
const LEASE_MS = 60_000;
const BATCH = 20;

interface Claimed {
  id: string;
  url: string;
  body: string;
  attempts: number;
  secret: string;
  /** The secret before the last rotation, while it still signs. */
  previous_secret: string | null;
}

/** The `webhook-signature` header: `v1,<sig>` with the current secret, and the previous one during a rotation. */
export function signatureHeader(
  delivery: Pick<Claimed, 'id' | 'body' | 'secret' | 'previous_secret'>,
  at: Date,
): string {
  const secrets = [delivery.secret];
  if (delivery.previous_secret) secrets.push(delivery.previous_secret);
  return secrets.map((secret) => new Webhook(secret).sign(delivery.id, at, delivery.body)).join(' ');
}

/**
 * Sends queued deliveries: claims due ones with one UPDATE … SKIP LOCKED (several API instances never send
 * one at the same time), POSTs each body signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), records the answer's status, and retries with backoff until a 2xx. Runs after
 * commits (`kick`, on the event bus) and on a timer.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private orm: MikroORM | null = null;
  private readonly retryDelays: readonly number[];

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  start(orm: MikroORM): void {
    this.orm = orm;
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 5_000);
    this.timer.unref();
    this.kick();
  }

  /** Sends due deliveries soon (after a transaction that queued some has committed). */
  kick(): void {
    if (!this.orm) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.options.log?.warn(
          isDatabaseUnavailable(error) ? {} : { err: error },
          isDatabaseUnavailable(error)
            ? 'webhook round skipped: database unavailable'
            : 'webhook round failed',
        ),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Claims and sends the due deliveries; returns how many were delivered. */
  async deliverDue(now = new Date()): Promise<number> {
    if (!this.orm) return 0;
    const connection = this.orm.em.fork().getConnection();
    let delivered = 0;
    for (;;) {
      const claimed: Claimed[] = await connection.execute(
        `with due as (
           select id from webhook_deliveries where status = 'PENDING' and next_attempt_at <= ?
           order by next_attempt_at, id limit ${BATCH} for update skip locked
         )
         update webhook_deliveries d set attempts = d.attempts + 1, next_attempt_at = ?
         from due, webhook_endpoints e
         where d.id = due.id and e.id = d.endpoint_id
         returning d.id, e.url, d.body, d.attempts, e.secret,
           case when e.previous_secret_expires_at > now() then e.previous_secret end as previous_secret`,
        [now, new Date(now.getTime() + LEASE_MS)],
        'all',
      );
      if (claimed.length === 0) return delivered;
      const results = await Promise.all(claimed.map((delivery) => this.send(delivery)));
      for (const [index, result] of results.entries()) {
        const delivery = claimed[index]!;
        const ok = result.status !== null && result.status >= 200 && result.status < 300;
        const failed = !ok && delivery.attempts > this.retryDelays.length;
        const retryAt = new Date(Date.now() + (this.retryDelays[delivery.attempts - 1] ?? 0));
        await connection.execute(
          `update webhook_deliveries set status = ?, last_response_status = ?, last_error = ?,
             last_attempt_at = ?, delivered_at = ?, next_attempt_at = ? where id = ?`,
          [
            ok ? 'DELIVERED' : failed ? 'FAILED' : 'PENDING',
            result.status,
            ok ? null : result.error,
            new Date(),
            ok ? new Date() : null,
            ok ? new Date() : retryAt,
            delivery.id,
          ],
        );
        if (ok) delivered += 1;
      }
      if (claimed.length < BATCH) return delivered;
    }
  }

  /** One attempt: the status of the answer (null: none) and an error text when it is not a 2xx. */
  private send(delivery: Claimed): Promise<{ status: number | null; error: string | null }> {
    const at = new Date();
    const url = new URL(delivery.url);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          timeout: this.options.timeoutMs ?? 10_000,
          ...(this.options.allowPrivateTargets ? {} : { lookup: publicOnlyLookup }),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Partnerkit-Webhooks/1',
            'webhook-id': delivery.id,
            'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
            'webhook-signature': signatureHeader(delivery, at),
          },
        },
        (response: IncomingMessage) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            if (text.length < 500) text += chunk;
          });
          response.on('end', () => {
            const status = response.statusCode ?? null;
            const ok = status !== null && status >= 200 && status < 300;
            resolve({ status, error: ok ? null : `HTTP ${status}: ${text.slice(0, 500)}` });
          });
          response.on('error', (error) =>
            resolve({ status: response.statusCode ?? null, error: error.message }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error) => resolve({ status: null, error: error.message.slice(0, 500) }));
      req.end(delivery.body);
    });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
