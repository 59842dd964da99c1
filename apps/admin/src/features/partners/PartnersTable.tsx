import { Text } from '@mantine/core';
import { DataTable, DateTimeText, PartnerStatusBadge, type DataTableColumn } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import type { PartnerListFieldsFragment } from '../../gql/graphql';

const COLUMNS: DataTableColumn<PartnerListFieldsFragment>[] = [
  {
    key: 'code',
    header: 'Code',
    render: (partner) => (
      <Text ff="monospace" size="sm">
        {partner.code}
      </Text>
    ),
  },
  { key: 'name', header: 'Name', render: (partner) => partner.name },
  { key: 'email', header: 'Email', render: (partner) => partner.email },
  { key: 'status', header: 'Status', render: (partner) => <PartnerStatusBadge status={partner.status} /> },
  {
    key: 'programs',
    header: 'Programs',
    render: (partner) =>
      partner.programs.length ? (
        partner.programs.map((program) => program.name).join(', ')
      ) : (
        <Text span c="dimmed" size="sm">
          None
        </Text>
      ),
  },
  {
    key: 'customFields',
    header: 'Custom fields',
    render: (partner) => {
      const entries = Object.entries(partner.customFields);
      return entries.length ? (
        <Text size="xs">
          {entries
            .map(
              ([key, value]) =>
                `${key}: ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`,
            )
            .join(' · ')}
        </Text>
      ) : null;
    },
  },
  { key: 'created', header: 'Created', render: (partner) => <DateTimeText value={partner.createdAt} /> },
];

export interface PartnersTableProps {
  partners: readonly PartnerListFieldsFragment[];
  loading: boolean;
  emptyText?: string;
}

/** Partners; a row opens the partner's page. */
export function PartnersTable({ partners, loading, emptyText = 'No partners match.' }: PartnersTableProps) {
  const navigate = useNavigate();
  return (
    <DataTable
      label="Partners"
      columns={COLUMNS}
      rows={partners}
      rowKey={(partner) => partner.id}
      onRowClick={(partner) => navigate(`/partners/${partner.id}`)}
      loading={loading}
      emptyText={emptyText}
    />
  );
}
