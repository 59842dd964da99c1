import { Alert, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { problemOf } from '@partnerkit/ui';
import { useSignedInPartner } from '../session/useSignedInPartner';
import { PartnerStatusBadge } from '../status/PartnerStatusBadge';
import { PartnerStatusNotice } from '../status/PartnerStatusNotice';
import { formatDate } from '../../format/formatDate';
import { useMyActivity } from '../live/useMyActivity';
import { useMyLiveStats } from '../live/useMyLiveStats';
import { ActivityChart } from './ActivityChart';
import { ActivityFeed } from './ActivityFeed';
import { BalancesSummaryCard } from './BalancesSummaryCard';
import { DefaultLinkCard } from './DefaultLinkCard';
import { LiveCounters } from './LiveCounters';
import { ProgramList } from './ProgramList';
import { RecruitingCard } from './RecruitingCard';

export function OverviewPage() {
  const partner = useSignedInPartner();
  const { stats, error } = useMyLiveStats();
  const { feed } = useMyActivity();
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
      <DefaultLinkCard />
      {error && (
        <Alert color="red" title="Your figures could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      {stats && <LiveCounters stats={stats} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {stats && <ActivityChart stats={stats} />}
        <ActivityFeed feed={feed} />
      </SimpleGrid>
      <RecruitingCard />
      <BalancesSummaryCard />
      <Stack gap="sm">
        <Title order={3}>Your programs</Title>
        <ProgramList partner={partner} />
      </Stack>
    </Stack>
  );
}
