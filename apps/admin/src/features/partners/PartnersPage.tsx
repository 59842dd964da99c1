import { Alert, Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LoadMoreFooter, PageHeader, problemOf } from '@partnerkit/ui';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PartnerFilters, type PartnerFilterValues } from './PartnerFilters';
import { PartnersTable } from './PartnersTable';
import { usePartners } from './usePartners';
import { usePartnerUpdates } from './usePartnerUpdates';
import { useAdminCan } from '../session/SessionContext';

export function PartnersPage() {
  const can = useAdminCan();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<PartnerFilterValues>({
    search: '',
    status: null,
    programId: null,
    customFieldKey: '',
    customFieldValue: '',
  });
  const [search] = useDebouncedValue(filter.search, 300);
  const [customFieldValue] = useDebouncedValue(filter.customFieldValue, 300);
  const list = usePartners({ ...filter, search, customFieldValue });
  usePartnerUpdates();

  return (
    <>
      <PageHeader
        title="Partners"
        description="Everyone who refers customers to you."
        actions={
          can.write && (
            <>
              <Button
                variant="default"
                leftSection={<IconUpload size={16} />}
                onClick={() => navigate('/partners/import')}
              >
                Import CSV
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/partners/new')}>
                New partner
              </Button>
            </>
          )
        }
      />
      <PartnerFilters value={filter} onChange={setFilter} />
      {list.error && (
        <Alert color="red" mb="md" title="Partners could not be loaded">
          {problemOf(list.error).message}
        </Alert>
      )}
      <PartnersTable partners={list.partners} loading={list.loading} />
      <LoadMoreFooter
        shown={list.partners.length}
        total={list.totalCount}
        hasMore={list.hasNextPage}
        loading={list.loading}
        onLoadMore={() => void list.loadMore()}
      />
    </>
  );
}
