import { Badge } from '@mantine/core';

export type PartnerStatusValue = 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'REJECTED';

const COLOR: Record<PartnerStatusValue, string> = {
  PENDING: 'yellow',
  ACTIVE: 'teal',
  SUSPENDED: 'orange',
  REJECTED: 'gray',
};

const LABEL: Record<PartnerStatusValue, string> = {
  PENDING: 'Pending',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  REJECTED: 'Rejected',
};

/** Human name of a partner status ("Active", "Pending", ...). */
export function partnerStatusLabel(status: PartnerStatusValue): string {
  return LABEL[status];
}

/** A coloured badge for a partner's status. */
export function PartnerStatusBadge({ status }: { status: PartnerStatusValue }) {
  return (
    <Badge color={COLOR[status]} variant="light" data-status={status}>
      {LABEL[status]}
    </Badge>
  );
}
