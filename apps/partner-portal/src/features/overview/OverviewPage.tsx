import { Code, Group, Stack, Text, Title } from '@mantine/core';
import { useSignedInPartner } from '../session/useSignedInPartner';
import { PartnerStatusBadge } from '../status/PartnerStatusBadge';
import { PartnerStatusNotice } from '../status/PartnerStatusNotice';
import { formatDate } from '../../format/formatDate';
import { BalancesSummaryCard } from './BalancesSummaryCard';
import { ProgramList } from './ProgramList';

export function OverviewPage() {
  const partner = useSignedInPartner();
  return (
    <Stack gap="lg" maw={1100}>
      <title>Overview · Partner Portal</title>
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={2}>Welcome, {partner.name}</Title>
          <PartnerStatusBadge status={partner.status} />
        </Group>
        <Text c="dimmed">
          Your partner code is <Code fz="sm">{partner.code}</Code> · partner since{' '}
          {formatDate(partner.createdAt)}
        </Text>
      </Stack>
      <PartnerStatusNotice status={partner.status} />
      <BalancesSummaryCard />
      <Stack gap="sm">
        <Title order={3}>Your programs</Title>
        <ProgramList partner={partner} />
      </Stack>
    </Stack>
  );
}
