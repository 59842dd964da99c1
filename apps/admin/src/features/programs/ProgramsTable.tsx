import { Badge } from '@mantine/core';
import { DataTable, MoneyText, type DataTableColumn } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import type { ProgramFieldsFragment } from '../../gql/graphql';

const ATTRIBUTION: Record<ProgramFieldsFragment['attributionMode'], string> = {
  FIRST: 'First',
  LAST: 'Last',
  SPLIT: 'Split',
};

const COLUMNS: DataTableColumn<ProgramFieldsFragment>[] = [
  { key: 'name', header: 'Name', render: (program) => program.name },
  { key: 'priority', header: 'Priority', align: 'right', render: (program) => program.priority },
  { key: 'currency', header: 'Currency', render: (program) => program.currency },
  { key: 'levels', header: 'Levels', align: 'right', render: (program) => program.levels },
  { key: 'attribution', header: 'Attribution', render: (program) => ATTRIBUTION[program.attributionMode] },
  { key: 'cookie', header: 'Cookie window', render: (program) => `${program.cookieWindowDays} days` },
  { key: 'hold', header: 'Hold', render: (program) => `${program.holdDays} days` },
  {
    key: 'minimumPayout',
    header: 'Minimum payout',
    align: 'right',
    render: (program) => <MoneyText money={program.minimumPayout} />,
  },
  {
    key: 'autoApprove',
    header: 'Signups',
    render: (program) =>
      program.autoApprove ? (
        <Badge variant="light">Auto-approved</Badge>
      ) : (
        <Badge variant="light" color="gray">
          Reviewed
        </Badge>
      ),
  },
];

export function ProgramsTable({
  programs,
  loading,
}: {
  programs: readonly ProgramFieldsFragment[];
  loading: boolean;
}) {
  const navigate = useNavigate();
  return (
    <DataTable
      label="Programs"
      columns={COLUMNS}
      rows={programs}
      rowKey={(program) => program.id}
      onRowClick={(program) => navigate(`/programs/${program.id}`)}
      loading={loading}
      emptyText="No programs match."
    />
  );
}
