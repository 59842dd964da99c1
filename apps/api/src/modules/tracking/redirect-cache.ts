import { type MikroORM } from '@mikro-orm/postgresql';
import { isValidPartnerCode, visitorCookieDays } from '@partnerkit/domain';
import { type EventBus, type EventTopic, type EventTopics } from '../../events/event-bus.js';
import { MerchantSettings } from './merchant-settings.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { TrackingLink } from './tracking-link.entity.js';

/** What the redirect needs of a partner. */
export interface CachedPartner {
  id: string;
  active: boolean;
  programIds: readonly string[];
  /** Max-Age of the visitor cookie, in seconds. */
  cookieMaxAge: number;
}

/** What the redirect needs of a named link. */
export interface CachedLink {
  id: string;
  destinationUrl: string;
  /** Programs whose partners may use it; empty = everybody. */
  programIds: readonly string[];
}

export interface CachedSettings {
  defaultLandingUrl: string | null;
  allowedDomains: readonly string[];
  /** The longest cookie window of any program or partner override, in days (for the merchant snippet). */
  longestCookieDays: number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
  refreshing: boolean;
}

/**
 * A small read-through cache: a fresh value is answered synchronously; a stale one is answered too while
 * it reloads in the background; a missing one is loaded once (concurrent misses share the load). Bounded:
 * the oldest entries go first.
 */
class ReadThrough<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly loading = new Map<string, Promise<T>>();
  private generation = 0;

  constructor(
    private readonly load: (key: string) => Promise<T>,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  get(key: string): T | Promise<T> {
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.expiresAt <= Date.now() && !entry.refreshing) {
        entry.refreshing = true;
        this.fetch(key).catch((error) => {
          // Keep serving the stale value; try again in a second at the earliest, not on every click.
          entry.refreshing = false;
          entry.expiresAt = Date.now() + Math.min(this.ttlMs, 1000);
          this.onError(error);
        });
      }
      return entry.value;
    }
    return this.loading.get(key) ?? this.fetch(key);
  }

  /** Drops entries (all, or those `matches` picks); loads under way will not store their result. */
  invalidate(matches?: (value: T) => boolean) {
    this.generation += 1;
    this.loading.clear();
    if (!matches) {
      this.entries.clear();
      return;
    }
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
  }

  private fetch(key: string): Promise<T> {
    const generation = this.generation;
    const promise = this.load(key).then(
      (value) => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
        if (generation === this.generation) this.store(key, value);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, promise);
    return promise;
  }

  private store(key: string, value: T) {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs, refreshing: false });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

const SETTINGS_KEY = 'settings';

/**
 * The redirect endpoint's view of partners (by code), named links (by slug) and merchant settings, kept in
 * process so a click is answered without waiting for the database. Unknown codes and slugs are cached too
 * (as null). Invalidated by `PARTNER_UPDATED` (that partner, and every cached "unknown"), by
 * `TRACKING_CHANGED` (links or settings), and by age (`ttlMs`; a stale value is served while it reloads).
 */
export class RedirectCache {
  private readonly partners: ReadThrough<CachedPartner | null>;
  private readonly links: ReadThrough<CachedLink | null>;
  private readonly settingsCache: ReadThrough<CachedSettings>;
  private readonly subscriptions: Array<{ return?: () => unknown }> = [];

  constructor(
    private readonly orm: MikroORM,
    options: { ttlMs: number; maxEntries?: number; onError: (error: unknown) => void },
  ) {
    const max = options.maxEntries ?? 50_000;
    this.partners = new ReadThrough((code) => this.loadPartner(code), options.ttlMs, max, options.onError);
    this.links = new ReadThrough((slug) => this.loadLink(slug), options.ttlMs, max, options.onError);
    this.settingsCache = new ReadThrough(() => this.loadSettings(), options.ttlMs, 1, options.onError);
  }

  partner(code: string): CachedPartner | null | Promise<CachedPartner | null> {
    return isValidPartnerCode(code) ? this.partners.get(code.toLowerCase()) : null;
  }

  link(slug: string): CachedLink | null | Promise<CachedLink | null> {
    return slug.length <= 64 ? this.links.get(slug.toLowerCase()) : null;
  }

  settings(): CachedSettings | Promise<CachedSettings> {
    return this.settingsCache.get(SETTINGS_KEY);
  }

  /** Drops a partner (and every cached unknown code: the change may be that partner's creation). */
  forgetPartner(partnerId: string) {
    this.partners.invalidate((value) => value === null || value.id === partnerId);
  }

  forgetLinks() {
    this.links.invalidate();
    this.settingsCache.invalidate();
  }

  forgetSettings() {
    this.settingsCache.invalidate();
  }

  /** Listens on the event bus until `stop()`. */
  listen(events: EventBus) {
    this.follow(events, 'PARTNER_UPDATED', (payload) => this.forgetPartner(payload.partnerId));
    this.follow(events, 'TRACKING_CHANGED', (payload) =>
      payload.what === 'links' ? this.forgetLinks() : this.forgetSettings(),
    );
  }

  stop() {
    for (const subscription of this.subscriptions.splice(0)) void subscription.return?.();
  }

  private follow<T extends EventTopic>(
    events: EventBus,
    topic: T,
    handle: (payload: EventTopics[T]) => void,
  ) {
    const iterator = (events.pubSub.subscribe as (topic: string) => AsyncIterableIterator<EventTopics[T]>)(
      topic,
    );
    this.subscriptions.push(iterator);
    void (async () => {
      for await (const payload of iterator) handle(payload);
    })();
  }

  private async loadPartner(code: string): Promise<CachedPartner | null> {
    const partner = await this.orm.em.fork().findOne(Partner, { code }, { populate: ['programs'] });
    if (!partner) return null;
    const programs = partner.programs.getItems();
    return {
      id: partner.id,
      active: partner.status === 'ACTIVE',
      programIds: programs.map((program) => program.id),
      cookieMaxAge:
        visitorCookieDays(
          partner.cookieWindowDays,
          programs.map((program) => program.cookieWindowDays),
        ) * 86_400,
    };
  }

  private async loadLink(slug: string): Promise<CachedLink | null> {
    const link = await this.orm.em.fork().findOne(TrackingLink, { slug }, { populate: ['programs'] });
    if (!link) return null;
    return {
      id: link.id,
      destinationUrl: link.destinationUrl,
      programIds: link.programs.getItems().map((program) => program.id),
    };
  }

  private async loadSettings(): Promise<CachedSettings> {
    const em = this.orm.em.fork();
    const settings = await em.findOne(MerchantSettings, { id: 1 });
    const [row] = await em
      .getConnection()
      .execute<Array<{ days: number | null }>>(
        'select greatest((select max(cookie_window_days) from programs), (select max(cookie_window_days) from partners)) as days',
      );
    return {
      defaultLandingUrl: settings?.defaultLandingUrl ?? null,
      allowedDomains: settings?.allowedDomains ?? [],
      longestCookieDays: row?.days ?? 30,
    };
  }
}
