import { DomainError } from '../errors/domain-error.js';
import { PartnerErrorCode } from './partner.errors.js';
import type { PartnerStatus } from './partner.types.js';

const ALLOWED: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  PENDING: ['ACTIVE', 'REJECTED'],
  ACTIVE: ['SUSPENDED'],
  SUSPENDED: ['ACTIVE'],
  REJECTED: [],
};

/** The statuses a partner in `from` may move to. */
export function nextPartnerStatuses(from: PartnerStatus): readonly PartnerStatus[] {
  return ALLOWED[from];
}

/**
 * Checks a status change. Staying in the same status is allowed (a no-op).
 *
 * @throws DomainError `PARTNER_STATUS_TRANSITION_INVALID` (field `status`) for any other move than
 * PENDING -> ACTIVE | REJECTED, ACTIVE -> SUSPENDED, SUSPENDED -> ACTIVE.
 */
export function assertPartnerStatusTransition(from: PartnerStatus, to: PartnerStatus): void {
  if (from === to || ALLOWED[from].includes(to)) return;
  throw new DomainError(
    PartnerErrorCode.InvalidStatusTransition,
    `A ${from} partner cannot become ${to}.`,
    'status',
  );
}

/** Only ACTIVE partners earn commissions. */
export function partnerEarns(status: PartnerStatus): boolean {
  return status === 'ACTIVE';
}

/**
 * A new partner starts PENDING (an application) or ACTIVE (added and approved by an admin at once).
 *
 * @throws DomainError `PARTNER_STATUS_INITIAL_INVALID` (field `status`) for any other status.
 */
export function assertInitialPartnerStatus(status: PartnerStatus): void {
  if (status === 'PENDING' || status === 'ACTIVE') return;
  throw new DomainError(
    PartnerErrorCode.InitialStatusInvalid,
    'A new partner is PENDING or ACTIVE.',
    'status',
  );
}

/** The longest cookie window a partner override may set, in days (about ten years). */
export const MAX_COOKIE_WINDOW_DAYS = 3650;

/**
 * A partner's own cookie window (replacing the programs'): a whole number of days from 1 to
 * {@link MAX_COOKIE_WINDOW_DAYS}, or null for none.
 *
 * @throws DomainError `COOKIE_WINDOW_INVALID` (field `cookieWindowDays`).
 */
export function assertCookieWindowOverride(days: number | null): void {
  if (days === null || (Number.isInteger(days) && days >= 1 && days <= MAX_COOKIE_WINDOW_DAYS)) return;
  throw new DomainError(
    PartnerErrorCode.CookieWindowInvalid,
    `A cookie window is 1 to ${MAX_COOKIE_WINDOW_DAYS} days.`,
    'cookieWindowDays',
  );
}
