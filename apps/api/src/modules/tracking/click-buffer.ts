import { v7 as uuidv7 } from 'uuid';
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
}

export interface ClickBufferOptions {
  /** Longest wait before buffered clicks are written (default 250 ms; tests use other values). */
  flushIntervalMs?: number;
  /** A flush starts as soon as this many clicks wait, and writes at most this many at once (default 1,000). */
  maxBatch?: number;
  /** Keys remembered for the unique-click rule (default 100,000; the oldest are forgotten first). */
  maxUniqueKeys?: number;
  /**
   * High-water mark (default 100,000): with this many clicks waiting (the database is slow or down),
   * `add` still keeps the click but returns a promise that resolves once the backlog is under half of it;
   * the redirect waits for it before answering. Clicks are never dropped.
   */
  maxPending?: number;
  /** Batches written at the same time (default 2; each is one statement, rollup rows locked in key order). */
  concurrentWrites?: number;
  /**
   * One line per failed batch, with counts. `error` is given only for an unexpected failure (its stack is
   * worth logging); a database outage is expected and says enough in `message`.
   */
  onError?: (message: string, error?: unknown) => void;
}

/**
 * One statement per batch, one parameter per column (arrays, `unnest`): the clicks and the hourly rollup
 * together, atomic without a transaction. Clicks of a partner deleted meanwhile are skipped (its clicks
 * would be deleted with it), so one such click cannot fail its batch.
 */
const WRITE_SQL = `with batch as (
    select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
      ?::text[], ?::boolean[], ?::boolean[], ?::timestamptz[])
      as u(id, partner_id, tracking_link_id, sub_id, visitor_id, ip_hash, user_agent, referrer, landing_url, is_bot,
        is_unique, clicked_at)
    where exists (select 1 from partners p where p.id = u.partner_id)
  ), stored as (
    insert into clicks (id, partner_id, tracking_link_id, sub_id, visitor_id, ip_hash, user_agent, referrer,
      landing_url, is_bot, is_unique, clicked_at)
    select * from batch
  )
  insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count)
  select r.partner_id, r.link_key, r.hour, r.raw_count, r.unique_count, r.bot_count
  from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::int[], ?::int[], ?::int[])
    with ordinality as r(partner_id, link_key, hour, raw_count, unique_count, bot_count, n)
  where exists (select 1 from partners p where p.id = r.partner_id)
  order by r.n
  on conflict (partner_id, link_key, hour) do update set
    raw_count = click_stats_hourly.raw_count + excluded.raw_count,
    unique_count = click_stats_hourly.unique_count + excluded.unique_count,
    bot_count = click_stats_hourly.bot_count + excluded.bot_count`;
const HOUR_MS = 3_600_000;
/** While the database is down, retries back off from the flush interval to this (so recovery is quick). */
const MAX_RETRY_MS = 2_000;

/**
 * Collects clicks in memory and writes them in batches: every `flushIntervalMs` (<= 250 ms) or as soon as
 * `maxBatch` clicks wait, each batch one statement (clicks and the hourly rollup, arrays bound one per
 * column), up to `concurrentWrites` batches at once. Clicks are classified (bot, unique) with the domain's
 * rules just before they are written, in arrival order; the last unique time per key (IP hash + user agent
 * + link) lives in a bounded in-process map. After each batch, one `CLICK_RECORDED` event per partner.
 * `close()` writes everything still waiting (call it before the database closes).
 *
 * No click is dropped while the server runs: a failed batch goes back to the front and is retried (after
 * an outage with a growing delay of at most 2 s, so it is written within seconds of the database's
 * return). When the database cannot keep up, the backlog grows to `maxPending` and `add` applies
 * backpressure: the redirect waits before it answers, until the backlog is under half of it.
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
  private readonly concurrentWrites: number;
  /** Consecutive failed writes (for the retry delay). */
  private retries = 0;
  /** Redirects waiting for the backlog to shrink (backpressure). */
  private waiters: Array<() => void> = [];
  /** Times `add` applied backpressure (tests and logs). */
  backpressured = 0;
  /** Clicks taken since the start. */
  received = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventBus,
    private readonly options: ClickBufferOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 250;
    this.maxBatch = Math.min(options.maxBatch ?? 1000, 1000);
    this.maxUniqueKeys = options.maxUniqueKeys ?? 100_000;
    this.maxPending = Math.max(options.maxPending ?? 100_000, 1);
    this.concurrentWrites = Math.max(options.concurrentWrites ?? 2, 1);
  }

  /** Clicks waiting to be written. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Takes a click (it is kept until it is stored). Returns a promise, to wait for before answering, when
   * the backlog is at its high-water mark; otherwise nothing.
   */
  add(click: PendingClick): Promise<void> | undefined {
    if (this.closed) return undefined;
    this.pending.push(click as ClassifiedClick);
    this.received += 1;
    if (this.retries > 0) {
      if (!this.timer) this.flushSoon(this.retryDelay());
    } else if (this.pending.length >= this.maxBatch) this.flushSoon(0);
    else if (!this.timer) this.flushSoon(this.flushIntervalMs);
    if (this.pending.length < this.maxPending) return undefined;
    this.backpressured += 1;
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Writes what is waiting now (in batches) and resolves when it is stored. */
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
    this.release(true);
  }

  private flushSoon(delayMs: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
    this.timer.unref();
  }

  /** Lets waiting redirects answer once the backlog is under half the high-water mark (or on close). */
  private release(all = false) {
    if (this.waiters.length === 0 || (!all && this.pending.length >= this.maxPending / 2)) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batches: ClassifiedClick[][] = [];
      while (batches.length < this.concurrentWrites && this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        this.classify(batch); // in arrival order, before any of them is written
        batches.push(batch);
      }
      const results = await Promise.allSettled(batches.map((batch) => this.write(batch)));
      const failed = results.flatMap((result, index) =>
        result.status === 'rejected' ? [{ batch: batches[index]!, error: result.reason as unknown }] : [],
      );
      if (failed.length > 0) {
        this.failed(
          failed.flatMap((f) => f.batch),
          failed[0]!.error,
        );
        return;
      }
      this.retries = 0;
      this.release();
    }
    this.release();
    if (this.pending.length > 0 && !this.timer && !this.closed) this.flushSoon(this.flushIntervalMs);
  }

  /** Puts the clicks of failed batches back at the front (in order) and reports it in one line. */
  private failed(clicks: ClassifiedClick[], error: unknown) {
    const outage = isDatabaseUnavailable(error);
    this.pending.unshift(...clicks);
    this.retries += 1;
    const delay = this.retryDelay();
    this.options.onError?.(
      outage
        ? `database unavailable: ${clicks.length} clicks not stored, ${this.pending.length} waiting, retry in ${delay} ms`
        : `could not store ${clicks.length} clicks (${this.pending.length} waiting); will retry in ${delay} ms`,
      outage ? undefined : error,
    );
    if (!this.closed && this.pending.length > 0) this.flushSoon(delay);
  }

  private retryDelay(): number {
    return Math.min(this.flushIntervalMs * 2 ** Math.max(this.retries - 1, 0), MAX_RETRY_MS);
  }

  /**
   * Bot and unique verdicts by the domain's `classifyClicks`, decided once per click (a retried click keeps
   * its verdict), remembering across batches when each key last counted a unique click.
   */
  private classify(batch: ClassifiedClick[]) {
    const fresh = batch.filter((click) => click.id === undefined);
    if (fresh.length === 0) return;
    // Time-ordered ids (UUIDv7, from the click's time): each batch appends to the end of the primary key's
    // index instead of touching random pages of it (on a table of millions that is a page read per click).
    for (const click of fresh) click.id = uuidv7({ msecs: click.clickedAt.getTime() });
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
    // Everything is computed before the statement: one parameter per column, whatever the batch size.
    const columns: unknown[][] = Array.from({ length: 12 }, () => new Array<unknown>(batch.length));
    const rollup = new Map<
      string,
      { partnerId: string; linkKey: string; hour: Date; raw: number; unique: number; bot: number }
    >();
    batch.forEach((click, i) => {
      columns[0]![i] = click.id;
      columns[1]![i] = click.partnerId;
      columns[2]![i] = click.trackingLinkId;
      columns[3]![i] = click.subId;
      columns[4]![i] = click.visitorId;
      columns[5]![i] = click.ipHash;
      columns[6]![i] = click.userAgent;
      columns[7]![i] = click.referrer;
      columns[8]![i] = click.landingUrl;
      columns[9]![i] = click.isBot;
      columns[10]![i] = click.isUnique;
      columns[11]![i] = click.clickedAt.toISOString();
      const linkKey = click.trackingLinkId ?? DEFAULT_LINK_KEY;
      const hour = new Date(Math.floor(click.clickedAt.getTime() / HOUR_MS) * HOUR_MS);
      const key = `${click.partnerId}|${linkKey}|${hour.getTime()}`;
      const row = rollup.get(key) ?? { partnerId: click.partnerId, linkKey, hour, raw: 0, unique: 0, bot: 0 };
      row.raw += 1;
      if (click.isUnique) row.unique += 1;
      if (click.isBot) row.bot += 1;
      rollup.set(key, row);
    });
    // A fixed order of rollup rows: concurrent batches (of this and other instances) lock them in the same
    // order, so they wait for each other and never deadlock.
    const rows = [...rollup.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    // Through knex with bind parameters: arrays travel as one parameter each, not formatted into the SQL.
    await this.orm.em
      .getConnection()
      .getKnex()
      .raw(WRITE_SQL, [
        ...columns,
        rows.map((row) => row.partnerId),
        rows.map((row) => row.linkKey),
        rows.map((row) => row.hour.toISOString()),
        rows.map((row) => row.raw),
        rows.map((row) => row.unique),
        rows.map((row) => row.bot),
      ] as Knex.RawBinding[]);

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
