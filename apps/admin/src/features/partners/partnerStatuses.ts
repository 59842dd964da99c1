import { nextPartnerStatuses } from '@partnerkit/domain';
import { partnerStatusLabel } from '@partnerkit/ui';
import type { PartnerStatus } from '../../gql/graphql';

export const ALL_PARTNER_STATUSES: readonly PartnerStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'REJECTED'];

/** A new partner starts pending (awaiting approval) or active. */
export const NEW_PARTNER_STATUSES: readonly PartnerStatus[] = ['ACTIVE', 'PENDING'];

/** The statuses a partner in `current` may be given: itself and its allowed transitions. */
export function selectablePartnerStatuses(current: PartnerStatus): PartnerStatus[] {
  return [current, ...nextPartnerStatuses(current)];
}

export function partnerStatusOptions(statuses: readonly PartnerStatus[]) {
  return statuses.map((status) => ({ value: status, label: partnerStatusLabel(status) }));
}
