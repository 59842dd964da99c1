import { Alert, Stack, Text, Title } from '@mantine/core';
import {
  DataTable,
  type DataTableColumn,
  DateTimeText,
  MoneyText,
  PartnerStatusBadge,
  type PartnerStatusValue,
  problemOf,
} from '@partnerkit/ui';
import type { MySubPartnersQuery } from '../../gql/graphql';
import { RecruitingCard } from '../overview/RecruitingCard';
import { useMySubPartners } from './useMySubPartners';
import { useRecruiting } from './useRecruiting';

type Row = MySubPartnersQuery['mySubPartners'][number];

/** The partners the signed-in partner recruited, their sales and the partner's override earnings. */
export function SubPartnersPage() {
  const recruiting = useRecruiting();
  const { subPartners, loading, error } = useMySubPartners();
  const columns: DataTableColumn<Row>[] = [
    {
      key: 'code',
      header: 'Partner',
      render: (row) => (
        <Text size="sm" ff="monospace">
          {row.code}
        </Text>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (row) => <PartnerStatusBadge status={row.status as PartnerStatusValue} />,
    },
    { key: 'joined', header: 'Joined', render: (row) => <DateTimeText value={row.joinedAt} /> },
    { key: 'sales', header: 'Their sales', align: 'right', render: (row) => row.sales.toLocaleString() },
    {
      key: 'earnings',
      header: 'Your override',
      align: 'right',
      render: (row) =>
        row.overrideEarnings.length === 0 ? (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Stack gap={0} align="flex-end">
            {row.overrideEarnings.map((amount) => (
              <MoneyText key={amount.currency} money={amount} size="sm" />
            ))}
          </Stack>
        ),
    },
  ];
  return (
    <Stack gap="lg" maw={1100}>
      <title>Sub-partners · Partner Portal</title>
      <Stack gap={6}>
        <Title order={2}>Sub-partners</Title>
        <Text c="dimmed">
          Partners you recruited. You earn an override on their sales in programs that pay levels.
        </Text>
      </Stack>
      {recruiting.loaded && !recruiting.paysLevels && (
        <Alert color="blue" title="No program of yours pays levels">
          Recruits earn you nothing in your programs today; the partners you recruited are listed all the
          same.
        </Alert>
      )}
      <RecruitingCard withPageLink={false} />
      {error && (
        <Alert color="red" title="Your sub-partners could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <DataTable
        label="Your sub-partners"
        columns={columns}
        rows={subPartners}
        rowKey={(row) => row.id}
        loading={loading && subPartners.length === 0}
        emptyText="Nobody has signed up with your recruiting link yet."
      />
    </Stack>
  );
}
