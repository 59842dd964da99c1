import { Alert, Stack, Title } from '@mantine/core';
import { CommissionsTable, problemOf } from '@partnerkit/ui';
import { usePartnerCommissions } from './usePartnerCommissions';

/** A partner's commissions, newest first, with load more. */
export function PartnerCommissions({ partnerId }: { partnerId: string }) {
  const { commissions, totalCount, hasNextPage, loading, error, loadMore } = usePartnerCommissions(partnerId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="partner-commissions">
      <Title order={3} id="partner-commissions">
        Commissions
      </Title>
      {error && (
        <Alert color="red" title="Commissions could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <CommissionsTable
        commissions={commissions}
        loading={loading}
        pagination={{ totalCount, hasNextPage, onLoadMore: () => void loadMore() }}
      />
    </Stack>
  );
}
