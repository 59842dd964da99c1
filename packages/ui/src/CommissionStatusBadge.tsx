import { Badge } from '@mantine/core';

/** A commission's status as the API reports it (as of now). */
export type CommissionStatusValue = 'PENDING' | 'PAYABLE' | 'PAID' | 'FLAGGED' | 'VOIDED';

const COLOR: Record<CommissionStatusValue, string> = {
  PENDING: 'yellow',
  PAYABLE: 'teal',
  PAID: 'blue',
  FLAGGED: 'orange',
  VOIDED: 'gray',
};

const LABEL: Record<CommissionStatusValue, string> = {
  PENDING: 'Pending',
  PAYABLE: 'Payable',
  PAID: 'Paid',
  FLAGGED: 'Flagged',
  VOIDED: 'Voided',
};

function isCommissionStatus(status: string): status is CommissionStatusValue {
  return status in LABEL;
}

/** Human name of a commission status ("Payable", ...); an unknown status is shown as sent. */
export function commissionStatusLabel(status: string): string {
  return isCommissionStatus(status) ? LABEL[status] : status;
}

/** A coloured badge for a commission's status (PENDING, PAYABLE, PAID, FLAGGED, VOIDED). */
export function CommissionStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={isCommissionStatus(status) ? COLOR[status] : 'gray'} variant="light" data-status={status}>
      {commissionStatusLabel(status)}
    </Badge>
  );
}
