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
