import { Modal, Text } from '@mantine/core';
import { DataTable, DateTimeText } from '@partnerkit/ui';
import type { CollateralItemFieldsFragment } from '../../gql/graphql';

type PartnerUsage = CollateralItemFieldsFragment['usage']['partners'][number];

export interface CollateralUsageModalProps {
  item: CollateralItemFieldsFragment | null;
  onClose: () => void;
}

/** Copies and downloads of one item, per partner (most used first). */
export function CollateralUsageModal({ item, onClose }: CollateralUsageModalProps) {
  return (
    <Modal opened={item !== null} onClose={onClose} title={item ? `Usage: ${item.title}` : ''} size="lg">
      {item && (
        <>
          <Text size="sm" mb="sm">
            {item.usage.copies} copies and {item.usage.downloads} downloads by {item.usage.partners.length}{' '}
            partners.
          </Text>
          <DataTable<PartnerUsage>
            label="Usage per partner"
            rows={item.usage.partners}
            rowKey={(row) => row.partner.id}
            emptyText="No partner has used it yet."
            columns={[
              {
                key: 'partner',
                header: 'Partner',
                render: (row) => `${row.partner.name} (${row.partner.code})`,
              },
              { key: 'copies', header: 'Copies', align: 'right', render: (row) => row.copies },
              { key: 'downloads', header: 'Downloads', align: 'right', render: (row) => row.downloads },
              { key: 'last', header: 'Last used', render: (row) => <DateTimeText value={row.lastUsedAt} /> },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
