import { Alert, Stack, Text, Title } from '@mantine/core';
import { CommissionsTable, problemOf } from '@partnerkit/ui';
import { BalancesPanel } from './BalancesPanel';
import { commissionLevelLabel } from './commissionText';
import { EarningsEmptyState } from './EarningsEmptyState';
import { LedgerTable } from './LedgerTable';
import { PaymentsTable } from './PaymentsTable';
import { ProductsSoldTable } from './ProductsSoldTable';
import { useMyEarnings } from './useMyEarnings';
import { useMyPayments } from './useMyPayments';
import { useMyProductsSold } from './useMyProductsSold';
import { useMyCommissions } from './useMyCommissions';
import { useMyLedgerEntries } from './useMyLedgerEntries';
import { useEarningsLiveRefetch } from '../live/useEarningsLiveRefetch';

function LoadError({ what, error }: { what: string; error: unknown }) {
  return (
    <Alert color="red" title={`Your ${what} could not be loaded`}>
      {problemOf(error).message}
    </Alert>
  );
}

/** The partner's balances per currency (and whether they can be paid out), payments, products sold, commissions and ledger. */
export function EarningsPage() {
  useEarningsLiveRefetch();
  const balances = useMyEarnings();
  const payments = useMyPayments();
  const products = useMyProductsSold();
  const commissions = useMyCommissions();
  const ledger = useMyLedgerEntries();
  const nothingYet =
    balances.loaded &&
    balances.earnings.length === 0 &&
    commissions.loaded &&
    commissions.totalCount === 0 &&
    ledger.loaded &&
    ledger.totalCount === 0;

  return (
    <Stack gap="lg" maw={1100}>
      <title>Earnings · Partner Portal</title>
      <Stack gap={6}>
        <Title order={2}>Earnings</Title>
        <Text c="dimmed">What you earned, what can be paid out, and every entry of your ledger.</Text>
      </Stack>
      {nothingYet && <EarningsEmptyState />}
      <Stack gap="sm" component="section" aria-labelledby="earnings-balances">
        <Title order={3} id="earnings-balances">
          Balances
        </Title>
        {balances.error && <LoadError what="balances" error={balances.error} />}
        {balances.earnings.length > 0 ? (
          <BalancesPanel earnings={balances.earnings} />
        ) : (
          balances.loaded && (
            <Text size="sm" c="dimmed">
              No balance yet.
            </Text>
          )
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="earnings-payments">
        <Title order={3} id="earnings-payments">
          Payments
        </Title>
        {payments.error && <LoadError what="payments" error={payments.error} />}
        <PaymentsTable
          payments={payments.payments}
          totalCount={payments.totalCount}
          hasNextPage={payments.hasNextPage}
          loading={payments.loading}
          onLoadMore={() => void payments.loadMore()}
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="earnings-products">
        <Title order={3} id="earnings-products">
          Products sold
        </Title>
        {products.error && <LoadError what="products" error={products.error} />}
        <ProductsSoldTable products={products.products} loading={products.loading} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="earnings-commissions">
        <Title order={3} id="earnings-commissions">
          Commissions
        </Title>
        <Text size="sm" c="dimmed">
          Level 1 is your own sale; level 2 and up come from partners you recruited. A commission becomes
          payable when its hold period ends.
        </Text>
        {commissions.error && <LoadError what="commissions" error={commissions.error} />}
        <CommissionsTable
          commissions={commissions.commissions}
          loading={commissions.loading}
          levelLabel={commissionLevelLabel}
          pagination={{
            totalCount: commissions.totalCount,
            hasNextPage: commissions.hasNextPage,
            onLoadMore: () => void commissions.loadMore(),
          }}
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="earnings-ledger">
        <Title order={3} id="earnings-ledger">
          Ledger
        </Title>
        {ledger.error && <LoadError what="ledger" error={ledger.error} />}
        <LedgerTable
          entries={ledger.entries}
          totalCount={ledger.totalCount}
          hasNextPage={ledger.hasNextPage}
          loading={ledger.loading}
          onLoadMore={() => void ledger.loadMore()}
        />
      </Stack>
    </Stack>
  );
}
