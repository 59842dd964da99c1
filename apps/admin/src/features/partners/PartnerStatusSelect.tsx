import { NativeSelect } from '@mantine/core';
import { partnerStatusLabel } from '@partnerkit/ui';
import type { PartnerStatus } from '../../gql/graphql';
import { NEW_PARTNER_STATUSES, partnerStatusOptions, selectablePartnerStatuses } from './partnerStatuses';

export interface PartnerStatusSelectProps {
  /** The partner's saved status: decides which changes are offered. None: a new partner. */
  current?: PartnerStatus;
  value: PartnerStatus;
  onChange: (status: PartnerStatus) => void;
  error?: string;
}

function descriptionOf(current: PartnerStatus | undefined, final: boolean): string {
  if (!current) return 'Pending partners wait for approval.';
  if (final) return `A ${partnerStatusLabel(current).toLowerCase()} partner cannot change status.`;
  return 'Only ACTIVE partners earn commissions.';
}

/** "Status", offering only the saved status and the moves allowed from it (a new partner: active or pending). */
export function PartnerStatusSelect({ current, value, onChange, error }: PartnerStatusSelectProps) {
  const statuses = current ? selectablePartnerStatuses(current) : NEW_PARTNER_STATUSES;
  const final = statuses.length === 1;
  return (
    <NativeSelect
      label="Status"
      description={descriptionOf(current, final)}
      data={partnerStatusOptions(statuses)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as PartnerStatus)}
      disabled={final}
      error={error}
    />
  );
}
