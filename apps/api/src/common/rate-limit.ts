import { type Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';

/**
 * Where limits count (rate-limiter-flexible): in Redis when `REDIS_URL` is set, so every API instance
 * shares the counts, with an in-memory limiter as insurance while Redis cannot be reached; in process
 * memory otherwise (one instance).
 */
export class LimiterStore {
  constructor(private readonly redis?: Redis) {}

  /** Whether counts are shared through Redis. */
  get shared(): boolean {
    return this.redis !== undefined;
  }

  /** A limiter of `points` per `durationSeconds` under its own key prefix. */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `pk:${keyPrefix}`,
      points,
      duration: durationSeconds,
      insuranceLimiter: memory,
    });
  }
}

/** The in-memory store (tests and single instances). */
export const memoryStore = new LimiterStore();

/** TOO_MANY_REQUESTS (`RATE_LIMITED`) with the seconds until the limit lets the caller in again. */
export function rateLimited(message: string, msBeforeNext: number): AppError {
  const error = new AppError('RATE_LIMITED', message);
  error.retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return error;
}

/**
 * A per-key (client IP, API key, person) limit of `points` actions per `durationSeconds`. Limits public,
 * unauthenticated operations such as signups, and every GraphQL operation (see `graphql/rate-limit.plugin.ts`).
 */
export class RateLimit {
  private readonly limiter: RateLimiterAbstract;
  private readonly message: string;

  /**
   * @param options.name the limit's key prefix in Redis (unique per limit); `options.store` where it counts
   * (default: process memory).
   */
  constructor(
    points: number,
    durationSeconds: number,
    options: { name?: string; store?: LimiterStore; message?: string } = {},
  ) {
    this.limiter = (options.store ?? memoryStore).limiter(
      options.name ?? `limit-${points}-${durationSeconds}`,
      points,
      durationSeconds,
    );
    this.message = options.message ?? 'Too many attempts; try again in a few minutes.';
  }

  /** Counts one action of `key`; throws TOO_MANY_REQUESTS (`RATE_LIMITED`, `Retry-After`) once the limit is reached. */
  async consume(key: string, points = 1): Promise<void> {
    try {
      await this.limiter.consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(this.message, error.msBeforeNext);
      throw error;
    }
  }
}
