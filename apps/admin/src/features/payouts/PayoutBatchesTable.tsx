import { Stack, Title } from '@mantine/core';
import { DataTable, DateTimeText, LoadMoreFooter, MoneyText } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import { payoutMethodLabel } from './payoutText';
import { usePayoutBatches } from './usePayoutBatches';

/** Payout batches and single payments, newest first; a row opens the batch. */
export function PayoutBatchesTable() {
  const { nodes, totalCount, hasNextPage, loading, loadMore } = usePayoutBatches();
  const navigate = useNavigate();
  return (
    <Stack gap="sm" component="section" aria-labelledby="payout-batches">
      <Title order={3} id="payout-batches">
        Batches
      </Title>
      <DataTable
        label="Payout batches"
        rows={nodes}
        rowKey={(batch) => batch.id}
        loading={loading && nodes.length === 0}
        emptyText="No payouts yet."
        onRowClick={(batch) => void navigate(`/payouts/${batch.id}`)}
        columns={[
          { key: 'paidAt', header: 'Paid', render: (b) => <DateTimeText value={b.paidAt} withTime /> },
          { key: 'kind', header: 'Kind', render: (b) => (b.kind === 'BATCH' ? 'Batch' : 'Single payment') },
          { key: 'method', header: 'Method', render: (b) => payoutMethodLabel(b.method) },
          { key: 'reference', header: 'Reference', render: (b) => b.reference ?? '—' },
          { key: 'payments', header: 'Payments', align: 'right', render: (b) => b.paymentCount },
          { key: 'total', header: 'Total', align: 'right', render: (b) => <MoneyText money={b.total} /> },
          { key: 'admin', header: 'By', render: (b) => b.adminName ?? '—' },
        ]}
      />
      <LoadMoreFooter
        shown={nodes.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loading}
        onLoadMore={() => void loadMore()}
      />
    </Stack>
  );
}
