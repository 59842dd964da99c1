import { DomainError } from '../errors/domain-error.js';
import { TrackingErrorCode } from './tracking.errors.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const SUB_ID = /^[A-Za-z0-9_.-]{1,100}$/;
const HOST_LABELS = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_URL_LENGTH = 2048;

/** The parts of a WHATWG URL the rules read. */
export interface WebUrl {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

/**
 * The WHATWG URL parser every runtime has (Node, browsers). Reached through `globalThis` because this package
 * compiles without DOM or Node typings: parsing is pure, no I/O.
 */
const WebURL = (globalThis as unknown as { URL: new (input: string) => WebUrl }).URL;

/**
 * Normalises and validates the slug of a named tracking link (`/r/<code>/<slug>`): trimmed, lower-cased,
 * 1 to 64 characters of `a-z 0-9 -`, not starting or ending with `-`.
 *
 * @throws DomainError `LINK_SLUG_INVALID` (field `slug`).
 */
export function normalizeLinkSlug(raw: string): string {
  const slug = raw.trim().toLowerCase();
  if (!SLUG.test(slug)) {
    throw new DomainError(
      TrackingErrorCode.InvalidSlug,
      'A link slug is 1 to 64 characters of a-z, 0-9 and "-", not starting or ending with "-".',
      'slug',
    );
  }
  return slug;
}

/** True when `raw` is a valid sub-id (campaign tag): 1 to 100 characters of `a-z A-Z 0-9 _ - .`. */
export function isValidSubId(raw: string): boolean {
  return SUB_ID.test(raw);
}

/**
 * Validates an optional sub-id: blank means none (null); anything else must be 1 to 100 characters of
 * `a-z A-Z 0-9 _ - .` (kept as given: sub-ids are case-sensitive).
 *
 * @throws DomainError `SUB_ID_INVALID` (field `subId`).
 */
export function normalizeSubId(raw: string | null | undefined): string | null {
  const subId = raw?.trim() ?? '';
  if (subId === '') return null;
  if (!SUB_ID.test(subId)) {
    throw new DomainError(
      TrackingErrorCode.InvalidSubId,
      'A sub-id is 1 to 100 characters of letters, digits, "_", "-" and ".".',
      'subId',
    );
  }
  return subId;
}

/**
 * Normalises one allowed-domain entry: an exact host (`shop.example.com`) or a wildcard (`*.example.com`,
 * which matches every subdomain of example.com at any depth, but not example.com itself). Lower-cased;
 * no scheme, port or path.
 *
 * @throws DomainError `ALLOWED_DOMAIN_INVALID` (field `allowedDomains`).
 */
export function normalizeAllowedDomain(raw: string): string {
  const domain = raw.trim().toLowerCase().replace(/\.$/, '');
  const host = domain.startsWith('*.') ? domain.slice(2) : domain;
  if (host.length === 0 || host.length > 253 || !HOST_LABELS.test(host)) {
    throw new DomainError(
      TrackingErrorCode.InvalidAllowedDomain,
      `"${raw}" is not a host name like shop.example.com or *.example.com.`,
      'allowedDomains',
    );
  }
  return domain;
}

/** True when `host` (a URL's hostname) is one of `allowedDomains` (exact hosts or `*.` wildcards). */
export function isAllowedHost(host: string, allowedDomains: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return allowedDomains.some((domain) =>
    domain.startsWith('*.') ? name.endsWith(domain.slice(1)) : name === domain,
  );
}

/**
 * Parses a destination: an absolute `http:` or `https:` URL without credentials, at most 2,048 characters.
 * Returns the URL in its canonical form.
 *
 * @throws DomainError `LINK_URL_INVALID` (with the given field).
 */
export function parseDestinationUrl(raw: string, field = 'url'): WebUrl {
  const text = raw.trim();
  let url: WebUrl | null = null;
  try {
    url = text.length <= MAX_URL_LENGTH ? new WebURL(text) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new DomainError(
      TrackingErrorCode.InvalidUrl,
      'Give a full web address starting with https:// (at most 2,048 characters).',
      field,
    );
  }
  return url;
}

/**
 * A deep link's destination: a valid URL (see {@link parseDestinationUrl}) whose host is allowed. The host of
 * the merchant's default landing URL is always allowed. This is the open-redirect guard: the redirect
 * endpoint never sends a visitor to a host outside this list.
 *
 * @throws DomainError `LINK_URL_INVALID` or `LINK_DOMAIN_NOT_ALLOWED` (field `url`).
 */
export function allowedDeepLink(
  raw: string,
  allowedDomains: readonly string[],
  defaultLandingUrl: string | null,
): string {
  const url = parseDestinationUrl(raw, 'url');
  const allowed = new Set(allowedDomains);
  if (defaultLandingUrl) {
    try {
      allowed.add(new WebURL(defaultLandingUrl).hostname);
    } catch {
      // an unparsable default adds nothing
    }
  }
  if (!isAllowedHost(url.hostname, [...allowed])) {
    throw new DomainError(
      TrackingErrorCode.DomainNotAllowed,
      `Links may only point to the merchant's own sites (${[...allowed].join(', ') || 'none set up yet'}).`,
      'url',
    );
  }
  return url.href;
}

/** Like {@link allowedDeepLink}, but answers null instead of throwing (for the redirect's hot path). */
export function safeDeepLink(
  raw: string,
  allowedDomains: readonly string[],
  defaultLandingUrl: string | null,
): string | null {
  try {
    return allowedDeepLink(raw, allowedDomains, defaultLandingUrl);
  } catch {
    return null;
  }
}

/**
 * Cookie window of a partner's visitor cookie, in days: the partner's override if set, else the longest
 * cookie window of the partner's programs, else 30 days.
 */
export function visitorCookieDays(
  partnerOverride: number | null | undefined,
  programWindows: readonly number[],
): number {
  if (partnerOverride != null && partnerOverride > 0) return partnerOverride;
  const longest = programWindows.reduce((max, days) => Math.max(max, days), 0);
  return longest > 0 ? longest : 30;
}

/**
 * Whether a named tracking link may be used by a partner: a link limited to programs counts only for a
 * partner in one of them; a link of no program is everyone's. A link that does not apply is ignored (the
 * partner's default link is used), never refused: the visitor is still redirected.
 */
export function linkAppliesToPartner(
  link: { readonly programIds: readonly string[] },
  partner: { readonly programIds: readonly string[] },
): boolean {
  return link.programIds.length === 0 || link.programIds.some((id) => partner.programIds.includes(id));
}

/** The window over which a partner's snippet leads are counted for {@link snippetLeadNeedsReview}. */
export const SNIPPET_LEAD_WINDOW_MS = 3_600_000;

/**
 * Whether a lead from the merchant's snippet (which can prove only a recent click, not a real person) goes
 * to review instead of being paid: when its partner already has `hourlyLimit` or more snippet leads in the
 * {@link SNIPPET_LEAD_WINDOW_MS} before it. Below the limit it is paid as usual.
 */
export function snippetLeadNeedsReview(leadsInWindow: number, hourlyLimit: number): boolean {
  return leadsInWindow >= hourlyLimit;
}
