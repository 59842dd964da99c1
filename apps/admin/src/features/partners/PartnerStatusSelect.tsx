import { NativeSelect } from '@mantine/core';
import { partnerStatusLabel } from '@partnerkit/ui';
import type { PartnerStatus } from '../../gql/graphql';
import { partnerStatusOptions, selectablePartnerStatuses } from './partnerStatuses';

export interface PartnerStatusSelectProps {
  /** The partner's saved status: decides which changes are offered. */
  current: PartnerStatus;
  value: PartnerStatus;
  onChange: (status: PartnerStatus) => void;
  error?: string;
}

/** "Status", offering only the saved status and the moves allowed from it. */
export function PartnerStatusSelect({ current, value, onChange, error }: PartnerStatusSelectProps) {
  const statuses = selectablePartnerStatuses(current);
  const final = statuses.length === 1;
  return (
    <NativeSelect
      label="Status"
      description={
        final
          ? `A ${partnerStatusLabel(current).toLowerCase()} partner cannot change status.`
          : 'Only ACTIVE partners earn commissions.'
      }
      data={partnerStatusOptions(statuses)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as PartnerStatus)}
      disabled={final}
      error={error}
    />
  );
}
