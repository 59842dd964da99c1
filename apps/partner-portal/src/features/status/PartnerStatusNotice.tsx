import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { type PartnerStatus } from '../../gql/graphql';
import { PARTNER_STATUS_TEXT } from './partnerStatusText';

/** Explains a status that stops the partner from earning; renders nothing for an active partner. */
export function PartnerStatusNotice({ status }: { status: PartnerStatus }) {
  const { color, notice } = PARTNER_STATUS_TEXT[status];
  if (!notice) return null;
  return (
    <Alert color={color} title={notice.title} icon={<IconInfoCircle />} role="status">
      {notice.message}
    </Alert>
  );
}
