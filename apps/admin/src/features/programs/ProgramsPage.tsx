import { Alert, Button, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LoadMoreFooter, PageHeader, problemOf } from '@partnerkit/ui';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProgramsTable } from './ProgramsTable';
import { usePrograms } from './usePrograms';
import { useAdminCan } from '../session/SessionContext';

export function ProgramsPage() {
  const can = useAdminCan();
  const navigate = useNavigate();
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText, 300);
  const list = usePrograms(search);

  return (
    <>
      <PageHeader
        title="Programs"
        description="Commission programs, by priority."
        actions={
          can.write && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/programs/new')}>
              New program
            </Button>
          )
        }
      />
      <TextInput
        label="Search"
        placeholder="Program name"
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(event) => setSearchText(event.currentTarget.value)}
        w={{ base: '100%', xs: 280 }}
        mb="md"
      />
      {list.error && (
        <Alert color="red" mb="md" title="Programs could not be loaded">
          {problemOf(list.error).message}
        </Alert>
      )}
      <ProgramsTable programs={list.programs} loading={list.loading} />
      <LoadMoreFooter
        shown={list.programs.length}
        total={list.totalCount}
        hasMore={list.hasNextPage}
        loading={list.loading}
        onLoadMore={() => void list.loadMore()}
      />
    </>
  );
}
