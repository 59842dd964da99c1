import { Anchor, Badge, Button, Group, Image, Stack, Text } from '@mantine/core';
import { DataTable, type DataTableColumn } from '@partnerkit/ui';
import type { CollateralItemFieldsFragment, CollateralKind } from '../../gql/graphql';
import { COLLATERAL_KIND_LABELS, formatBytes } from './collateralKinds';

export interface CollateralTableProps {
  kind: CollateralKind;
  items: readonly CollateralItemFieldsFragment[];
  loading: boolean;
  onEdit: (item: CollateralItemFieldsFragment) => void;
  onArchive: (item: CollateralItemFieldsFragment, archived: boolean) => void;
  onDelete: (item: CollateralItemFieldsFragment) => void;
  onUsage: (item: CollateralItemFieldsFragment) => void;
}

/** One kind of the library: what it is, who sees it, how often partners used it. */
export function CollateralTable({
  kind,
  items,
  loading,
  onEdit,
  onArchive,
  onDelete,
  onUsage,
}: CollateralTableProps) {
  const columns: DataTableColumn<CollateralItemFieldsFragment>[] = [
    {
      key: 'title',
      header: 'Item',
      render: (item) => (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {item.imageUrl && (
            <Image
              src={item.imageUrl}
              alt={`Preview of ${item.title}`}
              w={72}
              h={48}
              fit="contain"
              radius="sm"
              bg="gray.1"
            />
          )}
          <Stack gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {item.title}
              </Text>
              {item.archived && (
                <Badge color="gray" variant="light">
                  Archived
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {describe(item)}
            </Text>
          </Stack>
        </Group>
      ),
    },
    {
      key: 'programs',
      header: 'Programs',
      render: (item) => (
        <Group gap={4}>
          {item.programs.map((program) => (
            <Badge key={program.id} variant="outline" tt="none">
              {program.name}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'order', header: 'Order', align: 'right', render: (item) => item.sortOrder },
    {
      key: 'usage',
      header: 'Copies / downloads',
      align: 'right',
      render: (item) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          aria-label={`${item.usage.copies} / ${item.usage.downloads}: copies and downloads of ${item.title} per partner`}
          onClick={() => onUsage(item)}
        >
          {item.usage.copies} / {item.usage.downloads}
        </Anchor>
      ),
    },
    {
      key: 'actions',
      header: '',
      align: 'right',
      render: (item) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {item.downloadUrl && (
            <Button
              size="xs"
              variant="subtle"
              component="a"
              href={item.downloadUrl}
              aria-label={`Download ${item.title}`}
            >
              Download
            </Button>
          )}
          <Button size="xs" variant="subtle" aria-label={`Edit ${item.title}`} onClick={() => onEdit(item)}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="subtle"
            aria-label={`${item.archived ? 'Restore' : 'Archive'} ${item.title}`}
            onClick={() => onArchive(item, !item.archived)}
          >
            {item.archived ? 'Restore' : 'Archive'}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Delete ${item.title}`}
            onClick={() => onDelete(item)}
          >
            Delete
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      label={COLLATERAL_KIND_LABELS[kind]}
      columns={columns}
      rows={items}
      rowKey={(item) => item.id}
      loading={loading}
      emptyText={`No ${COLLATERAL_KIND_LABELS[kind].toLowerCase()} yet.`}
    />
  );
}

function describe(item: CollateralItemFieldsFragment): string {
  if (item.kind === 'EMAIL_SWIPE') return `Subject: ${item.subject ?? ''}`;
  if (item.kind === 'SNIPPET') return item.format === 'HTML' ? 'HTML snippet' : 'Text snippet';
  const size = item.width && item.height ? `${item.width} × ${item.height} px · ` : '';
  return `${size}${(item.fileExtension ?? '').toUpperCase()} · ${formatBytes(item.byteSize)}`;
}
