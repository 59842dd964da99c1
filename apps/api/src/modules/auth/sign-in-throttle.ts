import { type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type LimiterStore, memoryStore } from '../../common/rate-limit.js';

export interface DelayPolicy {
  /** Attempts without any delay. */
  free: number;
  /** The delay after the free attempts; it doubles with each further attempt. */
  baseMs: number;
  /** The longest delay: an attempt is always answered after at most this long (no lockout). */
  maxMs: number;
}

/** Per account (email or partner code): 3 free attempts, then 1 s, 2 s, 4 s, … at most 30 s. */
export const ACCOUNT_DELAY: DelayPolicy = { free: 3, baseMs: 1_000, maxMs: 30_000 };
/** Per client IP (offices share one): 10 free attempts, then 1 s, 2 s, … at most 60 s. */
export const IP_DELAY: DelayPolicy = { free: 10, baseMs: 1_000, maxMs: 60_000 };
/** Attempts are remembered this long after the first one of a series. */
const WINDOW_SECONDS = 3_600;

/** The delay before answering the `attempts`-th recent attempt (1 = the first), under `policy`. */
export function growingDelayMs(attempts: number, policy: DelayPolicy): number {
  const over = attempts - policy.free;
  if (over <= 0) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(over - 1, 30));
}

/**
 * Sign-in throttling with growing delays, never a lockout: every attempt on an account (known or not: the
 * same path, so the delay tells nothing) and from an IP is counted when it arrives, and answered after the
 * delay its count earns (the longer of the account's and the IP's). Parallel attempts each count, so a burst
 * meets the longest delays at once. A successful sign-in clears the account's count and takes itself back
 * from the IP's (which so counts failures and attempts in flight). Counts
 * live in Redis when `REDIS_URL` is set (shared by every instance), in memory otherwise.
 */
export class SignInThrottle {
  private readonly accounts: RateLimiterAbstract;
  private readonly ips: RateLimiterAbstract;
  private readonly accountPolicy: DelayPolicy;
  private readonly ipPolicy: DelayPolicy;

  /** @param maxDelayMs caps both delays (`SIGN_IN_MAX_DELAY_SECONDS`; 0 turns them off, e.g. for a fuzz run). */
  constructor(
    store: LimiterStore = memoryStore,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
    maxDelayMs = IP_DELAY.maxMs,
  ) {
    this.accountPolicy = { ...ACCOUNT_DELAY, maxMs: Math.min(ACCOUNT_DELAY.maxMs, maxDelayMs) };
    this.ipPolicy = { ...IP_DELAY, maxMs: Math.min(IP_DELAY.maxMs, maxDelayMs) };
    this.accounts = store.limiter('sign-in-account', Number.MAX_SAFE_INTEGER, WINDOW_SECONDS);
    this.ips = store.limiter('sign-in-ip', Number.MAX_SAFE_INTEGER, WINDOW_SECONDS);
  }

  /** Counts an attempt on `account` from `ip` and waits the delay it earns; returns that delay (ms). */
  async attempt(account: string, ip: string): Promise<number> {
    const [onAccount, fromIp] = await Promise.all([
      this.accounts.penalty(account, 1),
      ip ? this.ips.penalty(ip, 1) : Promise.resolve(null),
    ]);
    const delay = Math.max(
      growingDelayMs(onAccount.consumedPoints, this.accountPolicy),
      fromIp ? growingDelayMs(fromIp.consumedPoints, this.ipPolicy) : 0,
    );
    if (delay > 0) await this.sleep(delay);
    return delay;
  }

  /** The account signed in: its next attempts start free again, and the IP's count takes this one back. */
  async succeeded(account: string, ip: string): Promise<void> {
    await Promise.all([this.accounts.delete(account), ip ? this.ips.reward(ip, 1) : null]);
  }
}
