import { Badge } from '@mantine/core';
import { type PartnerStatus } from '../../gql/graphql';
import { PARTNER_STATUS_TEXT } from './partnerStatusText';

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { label, color } = PARTNER_STATUS_TEXT[status];
  return (
    <Badge color={color} variant="light" size="lg" data-testid="partner-status">
      {label}
    </Badge>
  );
}
