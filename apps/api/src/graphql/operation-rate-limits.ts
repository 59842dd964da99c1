import { type LimiterStore, RateLimit } from '../common/rate-limit.js';
import { type Actor } from './actor.js';

export interface OperationRateLimitOptions {
  /** Operations per minute of an anonymous caller, per client IP. */
  anonymousPerMinute: number;
  /** Operations per minute of a signed-in admin or partner (all their sessions together). */
  sessionPerMinute: number;
  /** Operations per minute of an API key without a limit of its own. */
  apiKeyPerMinute: number;
}

/**
 * GraphQL rate limits, counted per operation (HTTP and WebSocket alike): per API key (its own limit or the
 * default), per signed-in person, and per client IP for anonymous callers. Shared by every instance when
 * the store is Redis. Over the limit: TOO_MANY_REQUESTS (`RATE_LIMITED`) with `Retry-After`.
 */
export class OperationRateLimits {
  private readonly limits = new Map<string, RateLimit>();

  constructor(
    private readonly store: LimiterStore,
    private readonly options: OperationRateLimitOptions,
  ) {}

  /** Counts one operation of `actor` (calling from `ip`); throws `RATE_LIMITED` over the limit. */
  async consume(actor: Actor, ip: string): Promise<void> {
    const [kind, perMinute, key] = this.subjectOf(actor, ip);
    await this.limit(kind, perMinute).consume(key);
  }

  private subjectOf(actor: Actor, ip: string): [string, number, string] {
    switch (actor.kind) {
      case 'apiKey':
        return ['key', actor.rateLimitPerMinute ?? this.options.apiKeyPerMinute, actor.apiKeyId];
      case 'admin':
        return ['person', this.options.sessionPerMinute, `admin:${actor.adminUserId}`];
      case 'partner':
        return ['person', this.options.sessionPerMinute, `partner:${actor.partnerId}`];
      case 'anonymous':
        return ['ip', this.options.anonymousPerMinute, ip];
    }
  }

  private limit(kind: string, perMinute: number): RateLimit {
    const name = `gql-${kind}-${perMinute}`;
    let limit = this.limits.get(name);
    if (!limit) {
      limit = new RateLimit(perMinute, 60, {
        name,
        store: this.store,
        message: `More than ${perMinute} operations per minute; slow down and retry after the Retry-After seconds.`,
      });
      this.limits.set(name, limit);
    }
    return limit;
  }
}
