import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { fail } from '../../errors/app-error.js';

/** What an endpoint URL may be: http(s), no credentials, at most 2,000 characters. */
export function parseWebhookUrl(raw: string, field = 'url'): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail('WEBHOOK_URL_INVALID', 'An endpoint is an absolute http(s) URL.', field);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail('WEBHOOK_URL_INVALID', 'An endpoint is an http or https URL.', field);
  }
  if (url.username || url.password) {
    fail('WEBHOOK_URL_INVALID', 'An endpoint URL may not carry a user name or password.', field);
  }
  if (text.length > 2000) fail('WEBHOOK_URL_INVALID', 'An endpoint URL has at most 2000 characters.', field);
  url.hash = '';
  return url;
}

/**
 * Whether an address is on the public internet. Loopback, private (RFC 1918), carrier-grade NAT,
 * link-local (cloud metadata services), unique-local, unspecified, multicast, broadcast and reserved
 * ranges are not: a production server never sends deliveries there (server-side request forgery).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

const bracketless = (host: string) => host.replace(/^\[|\]$/g, '');

/**
 * Refuses (`WEBHOOK_URL_NOT_ALLOWED`) an endpoint whose host is, or resolves to, an address that is not
 * public. Checked when an endpoint is saved; the dispatcher checks again at every connection
 * ({@link publicOnlyLookup}), so a name that later resolves elsewhere (DNS rebinding) is refused too.
 */
export async function assertPublicTarget(url: URL, field = 'url'): Promise<void> {
  const host = bracketless(url.hostname);
  const refuse = () =>
    fail(
      'WEBHOOK_URL_NOT_ALLOWED',
      'Webhook endpoints must be on the public internet (not loopback or private addresses).',
      field,
    );
  if (isIP(host)) {
    if (!isPublicAddress(host)) refuse();
    return;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) refuse();
  let addresses: LookupAddress[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch {
    fail('WEBHOOK_URL_INVALID', `The host "${host}" cannot be resolved.`, field);
  }
  if (addresses.length === 0 || addresses.some((entry) => !isPublicAddress(entry.address))) refuse();
}

/** A `lookup` for `http.request` that only connects to public addresses (see {@link isPublicAddress}). */
export const publicOnlyLookup: typeof dnsLookup = ((
  hostname: string,
  options: object,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      const denied = Object.assign(new Error(`refused to connect to ${refused?.address ?? hostname}`), {
        code: 'WEBHOOK_TARGET_NOT_PUBLIC',
      });
      return callback(denied, '', 0);
    }
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}) as typeof dnsLookup;
