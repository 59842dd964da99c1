import { createHmac } from 'node:crypto';

/**
 * An IP address as stored: HMAC-SHA256 with the server's secret (`IP_HASH_SECRET`), so clicks and orders
 * from one address can be matched without keeping the address itself.
 */
export function hashIp(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(ip.trim().toLowerCase()).digest('hex');
}
