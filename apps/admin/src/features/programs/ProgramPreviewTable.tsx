import { Anchor, Text } from '@mantine/core';
import { DataTable, MoneyText } from '@partnerkit/ui';
import { Link } from 'react-router';
import type { ProgramChangePreview } from './usePreviewProgramChange';

type PreviewRow = ProgramChangePreview['rows'][number];

function differenceColor(amountMinor: string): string | undefined {
  if (amountMinor.startsWith('-')) return 'red';
  if (/^0*$/.test(amountMinor)) return 'dimmed';
  return 'teal';
}

/** Per partner: commissions as the program is, as changed, and the difference (green more, red less). */
export function ProgramPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <DataTable
      label="Preview per partner"
      rows={rows}
      rowKey={(row) => `${row.partner.id}-${row.current.currency}`}
      emptyText="No partner of this program earned in the period."
      columns={[
        {
          key: 'partner',
          header: 'Partner',
          render: (row) => (
            <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm">
              {row.partner.name} ({row.partner.code})
            </Anchor>
          ),
        },
        {
          key: 'current',
          header: 'Current',
          align: 'right',
          render: (row) => <MoneyText money={row.current} />,
        },
        {
          key: 'changed',
          header: 'Changed',
          align: 'right',
          render: (row) => <MoneyText money={row.changed} />,
        },
        {
          key: 'difference',
          header: 'Difference',
          align: 'right',
          render: (row) => {
            const color = differenceColor(row.difference.amountMinor);
            return (
              <Text span size="sm" fw={600} c={color} data-trend={color}>
                {color === 'teal' && '+'}
                <MoneyText money={row.difference} />
              </Text>
            );
          },
        },
      ]}
    />
  );
}
