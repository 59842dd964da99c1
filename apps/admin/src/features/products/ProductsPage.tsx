import { Alert, Badge, Button, Checkbox, Group, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  DataTable,
  MoneyText,
  notifyError,
  notifySuccess,
  PageHeader,
  problemOf,
  type DataTableColumn,
} from '@partnerkit/ui';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProductFieldsFragment } from '../../gql/graphql';
import { ProductForm } from './ProductForm';
import { NEW_PRODUCT_VALUES, productFormValuesOf, upsertProductInputOf } from './productFormValues';
import { useProducts, useUpsertProduct } from './useProducts';
import { useAdminCan } from '../session/SessionContext';

/** The product catalogue that commission rules can target. */
export function ProductsPage() {
  const can = useAdminCan();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useProducts(debounced, includeArchived);
  const { upsertProduct, saving } = useUpsertProduct();
  const [editing, setEditing] = useState<ProductFieldsFragment | 'new' | null>(null);

  async function setArchived(product: ProductFieldsFragment, archived: boolean) {
    try {
      await upsertProduct({ ...upsertProductInputOf(productFormValuesOf(product)), archived });
      notifySuccess(`${product.name} ${archived ? 'archived' : 'restored'}.`);
    } catch (error) {
      notifyError(error);
    }
  }

  const columns: DataTableColumn<ProductFieldsFragment>[] = [
    {
      key: 'sku',
      header: 'SKU',
      render: (p) => (
        <Text ff="monospace" size="sm">
          {p.sku}
        </Text>
      ),
    },
    {
      key: 'name',
      header: 'Name',
      render: (p) => (
        <Group gap="xs">
          {p.name}
          {p.subscription && <Badge variant="light">Subscription</Badge>}
          {p.archivedAt && <Badge color="gray">Archived</Badge>}
        </Group>
      ),
    },
    { key: 'price', header: 'Price', align: 'right', render: (p) => <MoneyText money={p.price} /> },
    {
      key: 'actions',
      header: '',
      align: 'right',
      render: (p) => (
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="subtle" onClick={() => setEditing(p)}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={p.archivedAt ? 'blue' : 'red'}
            onClick={() => void setArchived(p, !p.archivedAt)}
          >
            {p.archivedAt ? 'Restore' : 'Archive'}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Products"
        description="Your catalogue. Commission rules can pay differently per product or subscription; integrations upsert products by SKU (scope products:write)."
        actions={
          can.write && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              New product
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="SKU or name"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Checkbox
          label="Show archived"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {list.error && (
        <Alert color="red" mb="md" title="Products could not be loaded">
          {problemOf(list.error).message}
        </Alert>
      )}
      <DataTable
        label="Products"
        columns={columns}
        rows={list.products}
        rowKey={(p) => p.id}
        loading={list.loading}
        emptyText="No products yet."
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New product' : 'Edit product'}
      >
        {editing !== null && (
          <ProductForm
            initialValues={editing === 'new' ? NEW_PRODUCT_VALUES : productFormValuesOf(editing)}
            editing={editing !== 'new'}
            busy={saving}
            onSubmit={async (values) => {
              const saved = await upsertProduct(upsertProductInputOf(values));
              notifySuccess(`Product ${saved.name} saved.`);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </>
  );
}
