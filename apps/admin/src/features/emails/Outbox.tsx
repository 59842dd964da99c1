import { useQuery } from '@apollo/client/react';
import { Badge, Group, NativeSelect, Spoiler, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable, DateTimeText, type DataTableColumn } from '@partnerkit/ui';
import { useState } from 'react';
import type { OutboundEmailsQuery, OutboundEmailStatus } from '../../gql/graphql';
import { OUTBOUND_EMAILS } from './graphql/outboundEmails';

type Email = OutboundEmailsQuery['outboundEmails']['nodes'][number];

const STATUS_COLOR: Record<OutboundEmailStatus, string> = {
  QUEUED: 'yellow',
  SENT: 'green',
  FAILED: 'red',
  HELD: 'gray',
};

const COLUMNS: DataTableColumn<Email>[] = [
  { key: 'created', header: 'Queued', render: (e) => <DateTimeText value={e.createdAt} /> },
  { key: 'to', header: 'To', render: (e) => e.to },
  {
    key: 'subject',
    header: 'Message',
    render: (e) => (
      <Spoiler maxHeight={22} showLabel="Show" hideLabel="Hide">
        <Text size="sm" fw={500}>
          {e.subject}
        </Text>
        <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {e.body}
        </Text>
      </Spoiler>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    render: (e) => (
      <Group gap={4}>
        <Badge color={STATUS_COLOR[e.status]} variant="light">
          {e.status}
        </Badge>
        {e.attempts > 1 && <Text size="xs">{e.attempts} attempts</Text>}
        {e.lastError && e.status !== 'HELD' && (
          <Text size="xs" c="red">
            {e.lastError}
          </Text>
        )}
      </Group>
    ),
  },
];

/** Every email sent or waiting, newest first. */
export function Outbox() {
  const [status, setStatus] = useState<OutboundEmailStatus | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const { data, loading } = useQuery(OUTBOUND_EMAILS, {
    variables: { first: 100, status, search: debounced.trim() || null },
    fetchPolicy: 'cache-and-network',
    pollInterval: 10_000,
  });
  return (
    <>
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Recipient or subject"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', xs: 280 }}
        />
        <NativeSelect
          label="Status"
          data={[
            { value: '', label: 'All' },
            { value: 'QUEUED', label: 'Queued' },
            { value: 'SENT', label: 'Sent' },
            { value: 'FAILED', label: 'Failed' },
            { value: 'HELD', label: 'Held (no SMTP)' },
          ]}
          value={status ?? ''}
          onChange={(event) => setStatus((event.currentTarget.value || null) as OutboundEmailStatus | null)}
          w={{ base: '100%', xs: 180 }}
        />
      </Group>
      <DataTable
        label="Outbox"
        columns={COLUMNS}
        rows={data?.outboundEmails.nodes ?? []}
        rowKey={(e) => e.id}
        loading={loading}
        emptyText="No emails yet."
      />
    </>
  );
}
