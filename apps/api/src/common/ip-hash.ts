import { createHmac, createSecretKey } from 'node:crypto';

/**
 * An IP address as stored: HMAC-SHA256 with the server's secret (`IP_HASH_SECRET`), so clicks and orders
 * from one address can be matched without keeping the address itself.
 */
export function hashIp(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(ip.trim().toLowerCase()).digest('hex');
}

/**
 * {@link hashIp} with the key prepared once and the last `remember` addresses' hashes kept (the redirect
 * hashes every click's address, and a visitor's clicks come from few addresses); the oldest go first.
 */
export function ipHasher(secret: string, remember = 10_000): (ip: string) => string {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  const known = new Map<string, string>();
  return (ip) => {
    let hash = known.get(ip);
    if (hash === undefined) {
      hash = createHmac('sha256', key).update(ip.trim().toLowerCase()).digest('hex');
      if (known.size >= remember) known.delete(known.keys().next().value!);
      known.set(ip, hash);
    }
    return hash;
  };
}
