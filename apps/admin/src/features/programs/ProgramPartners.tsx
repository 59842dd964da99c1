import { Title } from '@mantine/core';
import { LoadMoreFooter } from '@partnerkit/ui';
import { PartnersTable } from '../partners/PartnersTable';
import { usePartners } from '../partners/usePartners';

/** The partners in one program. */
export function ProgramPartners({ programId }: { programId: string }) {
  const list = usePartners({ programId });
  return (
    <section aria-label="Partners in this program">
      <Title order={3} mt="xl" mb="sm">
        Partners in this program
      </Title>
      <PartnersTable
        partners={list.partners}
        loading={list.loading}
        emptyText="No partners in this program yet."
      />
      <LoadMoreFooter
        shown={list.partners.length}
        total={list.totalCount}
        hasMore={list.hasNextPage}
        loading={list.loading}
        onLoadMore={() => void list.loadMore()}
      />
    </section>
  );
}
