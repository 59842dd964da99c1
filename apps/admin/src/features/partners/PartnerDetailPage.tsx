import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTimeText, notifySuccess, PageHeader, PartnerStatusBadge } from '@partnerkit/ui';
import { Link } from 'react-router';
import { RecordRoute } from '../session/RecordRoute';
import { CustomFieldsList } from './CustomFieldsList';
import { PartnerBalances } from './PartnerBalances';
import { PartnerCommissions } from './PartnerCommissions';
import { PartnerCoupons } from './PartnerCoupons';
import { PartnerForm } from './PartnerForm';
import { PartnerLedger } from './PartnerLedger';
import { PartnerMoneyActions } from './PartnerMoneyActions';
import type { PartnerDetailFieldsFragment } from '../../gql/graphql';
import { usePartner } from './usePartner';
import { LiveStatsPanel } from '../live/LiveStatsPanel';
import { ViewAsPartnerButton } from './ViewAsPartnerButton';
import { useAdminCan } from '../session/SessionContext';

export function PartnerDetailPage() {
  return (
    <RecordRoute useRecord={usePartner} noun="partner" list={{ path: '/partners', label: 'Partners' }}>
      {(partner) => <PartnerDetails partner={partner} />}
    </RecordRoute>
  );
}

function PartnerDetails({ partner }: { partner: PartnerDetailFieldsFragment }) {
  const can = useAdminCan();
  return (
    <>
      <PageHeader
        title={partner.name}
        description={`${partner.code} · ${partner.email}`}
        actions={
          <Group gap="sm">
            <PartnerStatusBadge status={partner.status} />
            <ViewAsPartnerButton partnerId={partner.id} />
          </Group>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {/* Remount on every saved change (ours or live from elsewhere) so the form shows the saved values. */}
          <Stack gap="lg">
            <PartnerForm
              key={partner.updatedAt}
              partner={partner}
              onSaved={(saved) => notifySuccess(`Partner ${saved.name} saved.`)}
            />
            <PartnerCommissions partnerId={partner.id} />
            <PartnerLedger partnerId={partner.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <LiveStatsPanel partnerId={partner.id} />
            <PartnerBalances partnerId={partner.id} />
            {can.write && (
              <PartnerMoneyActions
                partnerId={partner.id}
                currencies={partner.programs.map((p) => p.currency)}
              />
            )}
            <PartnerCoupons partnerId={partner.id} />
            <Paper withBorder p="lg">
              <Title order={4} mb="sm">
                Record
              </Title>
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Created
                  </Text>
                  <Text size="sm">
                    <DateTimeText value={partner.createdAt} withTime />
                  </Text>
                </Group>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Approved
                  </Text>
                  <Text size="sm">
                    <DateTimeText value={partner.approvedAt} withTime empty="Not yet" />
                  </Text>
                </Group>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Last change
                  </Text>
                  <Text size="sm">
                    <DateTimeText value={partner.updatedAt} withTime />
                  </Text>
                </Group>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Parent
                  </Text>
                  {partner.parent ? (
                    <Anchor component={Link} to={`/partners/${partner.parent.id}`} size="sm">
                      {partner.parent.name} ({partner.parent.code})
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Group>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Emails on sale / payment
                  </Text>
                  <Text size="sm">
                    {partner.notifyOnSale ? 'Yes' : 'No'} / {partner.notifyOnPayment ? 'Yes' : 'No'}
                  </Text>
                </Group>
              </Stack>
            </Paper>
            <Paper withBorder p="lg">
              <Title order={4} mb="sm">
                Custom fields
              </Title>
              <CustomFieldsList fields={partner.customFields} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
