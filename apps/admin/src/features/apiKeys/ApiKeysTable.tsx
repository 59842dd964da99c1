import { Badge, Button, Group, Text } from '@mantine/core';
import { DataTable, DateTimeText, type DataTableColumn } from '@partnerkit/ui';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';

export interface ApiKeysTableProps {
  apiKeys: readonly ApiKeyFieldsFragment[];
  loading: boolean;
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, loading, onRevoke }: ApiKeysTableProps) {
  const columns: DataTableColumn<ApiKeyFieldsFragment>[] = [
    { key: 'name', header: 'Name', render: (key) => key.name },
    {
      key: 'prefix',
      header: 'Prefix',
      render: (key) => (
        <Text ff="monospace" size="sm">
          {key.prefix}…
        </Text>
      ),
    },
    {
      key: 'scopes',
      header: 'Scopes',
      render: (key) => (
        <Group gap={4}>
          {key.scopes.map((scope) => (
            <Badge key={scope} variant="outline" tt="none">
              {scope}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Created', render: (key) => <DateTimeText value={key.createdAt} withTime /> },
    {
      key: 'lastUsed',
      header: 'Last used',
      render: (key) => <DateTimeText value={key.lastUsedAt} withTime empty="Never" />,
    },
    {
      key: 'revoked',
      header: 'Revoked',
      render: (key) =>
        key.revokedAt ? (
          <Text size="sm" c="red">
            <DateTimeText value={key.revokedAt} withTime />
          </Text>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke ${key.name}`}
            onClick={() => onRevoke(key)}
          >
            Revoke
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      label="API keys"
      columns={columns}
      rows={apiKeys}
      rowKey={(key) => key.id}
      loading={loading}
      emptyText="No API keys yet."
    />
  );
}
