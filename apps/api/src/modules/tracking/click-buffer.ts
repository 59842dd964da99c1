import { randomUUID } from 'node:crypto';
import { type Knex, type MikroORM } from '@mikro-orm/postgresql';
import { classifyClicks } from '@partnerkit/domain';
import { isDatabaseUnavailable } from '../../database/database-outage.js';
import { type EventBus } from '../../events/event-bus.js';
import { DEFAULT_LINK_KEY } from './click-stat.entity.js';

/** A click as the redirect saw it, before it is classified and stored. */
export interface PendingClick {
  partnerId: string;
  trackingLinkId: string | null;
  subId: string | null;
  visitorId: string;
  ipHash: string;
  userAgent: string;
  referrer: string | null;
  landingUrl: string;
  clickedAt: Date;
}

interface ClassifiedClick extends PendingClick {
  id: string;
  isBot: boolean;
  isUnique: boolean;
  attempts: number;
}

export interface ClickBufferOptions {
  /** Longest wait before buffered clicks are written (default 250 ms). */
  flushIntervalMs?: number;
  /** A flush starts as soon as this many clicks wait, and writes at most this many at once (default 1,000). */
  maxBatch?: number;
  /** Keys remembered for the unique-click rule (default 100,000; the oldest are forgotten first). */
  maxUniqueKeys?: number;
  /** Clicks kept while the database is unreachable (default 100,000; beyond, the oldest are dropped). */
  maxPending?: number;
  /**
   * One line per failed batch, with counts. `error` is given only for an unexpected failure (its stack is
   * worth logging); a database outage is expected and says enough in `message`.
   */
  onError?: (message: string, error?: unknown) => void;
}

const COLUMNS =
  'id, partner_id, tracking_link_id, sub_id, visitor_id, ip_hash, user_agent, referrer, landing_url, is_bot, is_unique, clicked_at';
const PLACEHOLDERS = `(${COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;
const HOUR_MS = 3_600_000;
/** Attempts of a batch that fails for another reason than a database outage (then it is dropped). */
const MAX_ATTEMPTS = 3;
/** While the database is down, retries back off from the flush interval to this (so recovery is quick). */
const MAX_RETRY_MS = 2_000;

/**
 * Collects clicks in memory and writes them in batches: every `flushIntervalMs` (<= 250 ms) or as soon as
 * `maxBatch` clicks wait, in one transaction holding one multi-row INSERT into `clicks` and one
 * `INSERT ... ON CONFLICT DO UPDATE` of the hourly rollup. Clicks are classified (bot, unique) with the
 * domain's rules just before they are written; the last unique time per key (IP hash + user agent + link)
 * lives in a bounded in-process map. After each commit, one `CLICK_RECORDED` event per partner.
 * `close()` writes everything still waiting (call it before the database closes).
 *
 * While the database is down, clicks stay (up to `maxPending`, the oldest dropped beyond) and are retried
 * with a growing delay of at most 2 s: they are written within seconds of the database's return.
 */
export class ClickBuffer {
  private pending: ClassifiedClick[] = [];
  private readonly lastUnique = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly flushIntervalMs: number;
  private readonly maxBatch: number;
  private readonly maxUniqueKeys: number;
  private readonly maxPending: number;
  /** Clicks dropped because the buffer was full, not yet reported. */
  private dropped = 0;
  /** Consecutive failed writes because the database was down (for the retry delay). */
  private outageRetries = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventBus,
    private readonly options: ClickBufferOptions = {},
  ) {
    this.flushIntervalMs = Math.min(options.flushIntervalMs ?? 250, 250);
    this.maxBatch = Math.min(options.maxBatch ?? 1000, 1000);
    this.maxUniqueKeys = options.maxUniqueKeys ?? 100_000;
    this.maxPending = options.maxPending ?? 100_000;
  }

  /** Clicks waiting to be written. */
  get size(): number {
    return this.pending.length;
  }

  add(click: PendingClick): void {
    if (this.closed) return;
    this.pending.push(click as ClassifiedClick);
    if (this.pending.length > this.maxPending) {
      // Reported with the next failed batch (one line), not once per click.
      this.dropped += this.pending.splice(0, this.pending.length - this.maxPending).length;
    }
    if (this.outageRetries > 0) {
      if (!this.timer) this.flushSoon(this.retryDelay());
    } else if (this.pending.length >= this.maxBatch) this.flushSoon(0);
    else if (!this.timer) this.flushSoon(this.flushIntervalMs);
  }

  /** Writes what is waiting now (one batch after another) and resolves when it is stored. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.writeAll());
    return this.chain;
  }

  /** Stops taking clicks and writes every waiting one. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private flushSoon(delayMs: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
    this.timer.unref();
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        await this.write(batch);
        this.outageRetries = 0;
      } catch (error) {
        this.failed(batch, error);
        return;
      }
    }
    if (this.pending.length > 0 && !this.timer && !this.closed) this.flushSoon(this.flushIntervalMs);
  }

  /** Puts a failed batch back (or drops it after repeated non-outage failures) and reports it in one line. */
  private failed(batch: ClassifiedClick[], error: unknown) {
    const outage = isDatabaseUnavailable(error);
    const retry = outage ? batch : batch.filter((click) => ++click.attempts < MAX_ATTEMPTS);
    this.pending.unshift(...retry);
    if (this.pending.length > this.maxPending) {
      this.dropped += this.pending.splice(0, this.pending.length - this.maxPending).length;
    }
    if (outage) this.outageRetries += 1;
    const delay = outage ? this.retryDelay() : this.flushIntervalMs;
    const parts = [
      outage
        ? `database unavailable: ${batch.length} clicks not stored, ${this.pending.length} waiting, retry in ${delay} ms`
        : retry.length === batch.length
          ? `could not store ${batch.length} clicks; will retry`
          : `dropped ${batch.length - retry.length} clicks after ${MAX_ATTEMPTS} failed attempts`,
    ];
    if (this.dropped > 0) parts.push(`${this.dropped} oldest clicks dropped (buffer full)`);
    this.dropped = 0;
    this.options.onError?.(parts.join('; '), outage ? undefined : error);
    if (!this.closed && this.pending.length > 0) this.flushSoon(delay);
  }

  private retryDelay(): number {
    return Math.min(this.flushIntervalMs * 2 ** Math.max(this.outageRetries - 1, 0), MAX_RETRY_MS);
  }

  /**
   * Bot and unique verdicts by the domain's `classifyClicks`, decided once per click (a retried click keeps
   * its verdict), remembering across batches when each key last counted a unique click.
   */
  private classify(batch: ClassifiedClick[]) {
    const fresh = batch.filter((click) => click.id === undefined);
    if (fresh.length === 0) return;
    for (const click of fresh) {
      click.id = randomUUID();
      click.attempts = 0;
    }
    const { verdicts, counted } = classifyClicks(
      fresh.map((click) => ({
        id: click.id,
        linkId: `${click.partnerId}:${click.trackingLinkId ?? DEFAULT_LINK_KEY}`,
        ipHash: click.ipHash,
        userAgent: click.userAgent,
        at: click.clickedAt,
      })),
      (key) => {
        const last = this.lastUnique.get(key);
        return last === undefined ? null : new Date(last);
      },
    );
    verdicts.forEach((verdict, index) => {
      fresh[index]!.isBot = verdict.bot;
      fresh[index]!.isUnique = verdict.unique;
    });
    for (const [key, at] of counted) this.rememberUnique(key, at.getTime());
  }

  private rememberUnique(key: string, at: number) {
    this.lastUnique.delete(key);
    this.lastUnique.set(key, at);
    // Bounded: forget the oldest keys (insertion order = order of their last unique click).
    for (const oldKey of this.lastUnique.keys()) {
      if (this.lastUnique.size <= this.maxUniqueKeys) break;
      this.lastUnique.delete(oldKey);
    }
  }

  private async write(batch: ClassifiedClick[]): Promise<void> {
    this.classify(batch);
    // Everything is computed before the transaction opens: it holds two statements and waits on nothing else.
    const clickParams: unknown[] = [];
    const rollup = new Map<
      string,
      { partnerId: string; linkKey: string; hour: Date; raw: number; unique: number; bot: number }
    >();
    for (const click of batch) {
      clickParams.push(
        click.id,
        click.partnerId,
        click.trackingLinkId,
        click.subId,
        click.visitorId,
        click.ipHash,
        click.userAgent,
        click.referrer,
        click.landingUrl,
        click.isBot,
        click.isUnique,
        click.clickedAt,
      );
      const linkKey = click.trackingLinkId ?? DEFAULT_LINK_KEY;
      const hour = new Date(Math.floor(click.clickedAt.getTime() / HOUR_MS) * HOUR_MS);
      const key = `${click.partnerId}|${linkKey}|${hour.getTime()}`;
      const row = rollup.get(key) ?? { partnerId: click.partnerId, linkKey, hour, raw: 0, unique: 0, bot: 0 };
      row.raw += 1;
      if (click.isUnique) row.unique += 1;
      if (click.isBot) row.bot += 1;
      rollup.set(key, row);
    }
    // A fixed order of rollup rows: concurrent flushes of several instances lock them in the same order.
    const rows = [...rollup.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    const rollupParams = rows.flatMap((row) => [
      row.partnerId,
      row.linkKey,
      row.hour,
      row.raw,
      row.unique,
      row.bot,
    ]);
    const insertClicks = `insert into clicks (${COLUMNS}) values ${batch.map(() => PLACEHOLDERS).join(', ')}`;
    const upsertRollup =
      'insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count) values ' +
      rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ') +
      ' on conflict (partner_id, link_key, hour) do update set' +
      ' raw_count = click_stats_hourly.raw_count + excluded.raw_count,' +
      ' unique_count = click_stats_hourly.unique_count + excluded.unique_count,' +
      ' bot_count = click_stats_hourly.bot_count + excluded.bot_count';

    await this.orm.em.fork().transactional(async (tx) => {
      // Through the transaction's knex handle: the values travel as bind parameters ($1, $2, ...), not
      // formatted into the SQL text, which costs far less CPU for 12,000 of them.
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      await trx.raw(insertClicks, clickParams as Knex.RawBinding[]);
      await trx.raw(upsertRollup, rollupParams as Knex.RawBinding[]);
    });

    const at = new Date();
    const perPartner = new Map<string, { count: number; uniqueCount: number }>();
    for (const row of rows) {
      const total = perPartner.get(row.partnerId) ?? { count: 0, uniqueCount: 0 };
      total.count += row.raw;
      total.uniqueCount += row.unique;
      perPartner.set(row.partnerId, total);
    }
    for (const [partnerId, total] of perPartner) {
      this.events.publish('CLICK_RECORDED', { partnerId, ...total, at });
    }
  }
}
