import { createHmac, createSecretKey } from 'node:crypto';

/**
 * An IP address as stored: HMAC-SHA256 with the server's secret (`IP_HASH_SECRET`), so clicks and orders
 * from one address can be matched without keeping the address itself.
 */
export function hashIp(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(ip.trim().toLowerCase()).digest('hex');
}

/** {@link hashIp} with the key prepared once (the redirect hashes every click's address). */
export function ipHasher(secret: string): (ip: string) => string {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return (ip) => createHmac('sha256', key).update(ip.trim().toLowerCase()).digest('hex');
}
