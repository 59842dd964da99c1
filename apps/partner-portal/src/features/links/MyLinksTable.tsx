import { Group, Text } from '@mantine/core';
import { DataTable, type DataTableColumn } from '@partnerkit/ui';
import type { MyTrackingLinksQuery } from '../../gql/graphql';
import { CopyLinkButton } from './CopyLinkButton';
import { QrCodeButton } from './QrCodeButton';

type Link = MyTrackingLinksQuery['myTrackingLinks'][number];

export interface MyLinksTableProps {
  links: readonly Link[];
  loading: boolean;
}

/** The partner's default link and the merchant's named links, each ready to copy. */
export function MyLinksTable({ links, loading }: MyLinksTableProps) {
  const columns: DataTableColumn<Link>[] = [
    {
      key: 'name',
      header: 'Link',
      render: (link) => (
        <Text size="sm" fw={500}>
          {link.name}
        </Text>
      ),
    },
    {
      key: 'url',
      header: 'Share this',
      render: (link) => (
        <Group gap={4} wrap="nowrap">
          <CopyLinkButton value={link.url} label={link.name} />
          <QrCodeButton value={link.url} label={link.name} />
          <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
            {link.url}
          </Text>
        </Group>
      ),
    },
    {
      key: 'destination',
      header: 'Goes to',
      render: (link) => (
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {link.destinationUrl ?? '—'}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      label="Your links"
      columns={columns}
      rows={links}
      rowKey={(link) => link.trackingLinkId ?? 'default'}
      loading={loading}
    />
  );
}
