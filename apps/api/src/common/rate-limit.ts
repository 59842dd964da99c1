import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { fail } from '../errors/app-error.js';

/**
 * A per-key (client IP) limit of `points` actions per `durationSeconds`, in process memory
 * (rate-limiter-flexible). Limits public, unauthenticated operations such as signups.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(points: number, durationSeconds: number) {
    this.limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  }

  /** Counts one action of `key`; throws TOO_MANY_REQUESTS (`RATE_LIMITED`) once the limit is reached. */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes)
        fail('RATE_LIMITED', 'Too many attempts; try again in a few minutes.');
      throw error;
    }
  }
}
