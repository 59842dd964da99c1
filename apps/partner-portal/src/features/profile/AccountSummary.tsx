import { Code, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { formatDate } from '../../format/formatDate';
import { type PortalPartner } from '../session/useCurrentPartner';
import { PartnerStatusBadge } from '../status/PartnerStatusBadge';

/** What the partner cannot change themselves: their code, status and dates. */
export function AccountSummary({ partner }: { partner: PortalPartner }) {
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" component="dl" m={0}>
        <SummaryItem term="Partner code">
          <Code fz="md" data-testid="partner-code">
            {partner.code}
          </Code>
        </SummaryItem>
        <SummaryItem term="Status">
          <Group>
            <PartnerStatusBadge status={partner.status} />
          </Group>
        </SummaryItem>
        <SummaryItem term={partner.approvedAt ? 'Approved' : 'Joined'}>
          <Text>{formatDate(partner.approvedAt ?? partner.createdAt)}</Text>
        </SummaryItem>
      </SimpleGrid>
    </Paper>
  );
}

function SummaryItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
