import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { DataTable, type DataTableColumn } from '@partnerkit/ui';
import type { TrackingLinkFieldsFragment } from '../../gql/graphql';

export interface TrackingLinksTableProps {
  links: readonly TrackingLinkFieldsFragment[];
  loading: boolean;
  onEdit: (link: TrackingLinkFieldsFragment) => void;
  onArchive: (link: TrackingLinkFieldsFragment, archived: boolean) => void;
}

export function TrackingLinksTable({ links, loading, onEdit, onArchive }: TrackingLinksTableProps) {
  const columns: DataTableColumn<TrackingLinkFieldsFragment>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (link) => (
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {link.name}
          </Text>
          {link.archived && (
            <Badge color="gray" variant="light">
              Archived
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'path',
      header: 'Link',
      render: (link) => (
        <Text ff="monospace" size="sm">
          /r/&lt;code&gt;/{link.slug}
        </Text>
      ),
    },
    {
      key: 'destination',
      header: 'Destination',
      render: (link) => (
        <Anchor
          href={link.destinationUrl}
          target="_blank"
          rel="noreferrer"
          size="sm"
          style={{ wordBreak: 'break-all' }}
        >
          {link.destinationUrl}
        </Anchor>
      ),
    },
    {
      key: 'programs',
      header: 'Partners',
      render: (link) =>
        link.programs.length === 0 ? (
          <Text size="sm">Everybody</Text>
        ) : (
          <Group gap={4}>
            {link.programs.map((program) => (
              <Badge key={program.id} variant="outline" tt="none">
                {program.name}
              </Badge>
            ))}
          </Group>
        ),
    },
    {
      key: 'actions',
      header: '',
      align: 'right',
      render: (link) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="subtle" aria-label={`Edit ${link.name}`} onClick={() => onEdit(link)}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={link.archived ? 'blue' : 'red'}
            aria-label={`${link.archived ? 'Restore' : 'Archive'} ${link.name}`}
            onClick={() => onArchive(link, !link.archived)}
          >
            {link.archived ? 'Restore' : 'Archive'}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      label="Tracking links"
      columns={columns}
      rows={links}
      rowKey={(link) => link.id}
      loading={loading}
      emptyText="No named links yet. Every partner still has a default link: /r/<code>."
    />
  );
}
