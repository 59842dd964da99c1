import { Alert, Badge, Button, Group, Modal, Switch, Tabs, Text } from '@mantine/core';
import { notifyError, notifySuccess, PageHeader, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import type { CollateralItemFieldsFragment, CollateralKind } from '../../gql/graphql';
import { CollateralForm } from './CollateralForm';
import { CollateralTable } from './CollateralTable';
import { CollateralUsageModal } from './CollateralUsageModal';
import { COLLATERAL_KIND_LABELS, COLLATERAL_KIND_ORDER } from './collateralKinds';
import { useCollateral } from './useCollateral';
import { useAdminCan } from '../session/SessionContext';

const NEW_LABELS: Record<CollateralKind, string> = {
  BANNER: 'Upload banner',
  EMAIL_SWIPE: 'Write email swipe',
  SNIPPET: 'Write snippet',
  FILE: 'Upload file',
};

type Editing = { kind: CollateralKind; item: CollateralItemFieldsFragment | null } | null;

/** The collateral library: banners, email swipes, snippets and files partners promote with. */
export function CollateralPage() {
  const can = useAdminCan();
  const [showArchived, setShowArchived] = useState(false);
  const [tab, setTab] = useState<CollateralKind>('BANNER');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CollateralItemFieldsFragment | null>(null);
  const [usage, setUsage] = useState<CollateralItemFieldsFragment | null>(null);
  const collateral = useCollateral(showArchived);
  const { items, loading, error } = collateral;

  async function setArchived(item: CollateralItemFieldsFragment, archived: boolean) {
    try {
      await collateral.update({ variables: { id: item.id, input: { archived } } });
      notifySuccess(archived ? `“${item.title}” archived.` : `“${item.title}” restored.`);
    } catch (failure) {
      notifyError(failure);
    }
  }

  async function remove(item: CollateralItemFieldsFragment) {
    try {
      await collateral.remove({ variables: { id: item.id } });
      notifySuccess(`“${item.title}” deleted.`);
      setDeleting(null);
    } catch (failure) {
      notifyError(failure);
    }
  }

  return (
    <>
      <PageHeader
        title="Collateral"
        description="Banners, email swipes, snippets and files for partners, each visible to the programs you choose. Partners get them with their own tracking link."
        actions={
          can.write && (
            <Button onClick={() => setEditing({ kind: tab, item: null })}>{NEW_LABELS[tab]}</Button>
          )
        }
      />
      <Switch
        mb="md"
        label="Show archived items"
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
      />
      {error && (
        <Alert color="red" mb="md" title="The collateral could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => value && setTab(value as CollateralKind)} keepMounted={false}>
        <Tabs.List mb="md">
          {COLLATERAL_KIND_ORDER.map((kind) => (
            <Tabs.Tab
              key={kind}
              value={kind}
              rightSection={
                <Badge size="sm" variant="light" circle>
                  {items.filter((item) => item.kind === kind).length}
                </Badge>
              }
            >
              {COLLATERAL_KIND_LABELS[kind]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {COLLATERAL_KIND_ORDER.map((kind) => (
          <Tabs.Panel key={kind} value={kind}>
            <CollateralTable
              kind={kind}
              items={items.filter((item) => item.kind === kind)}
              loading={loading && items.length === 0}
              onEdit={(item) => setEditing({ kind: item.kind, item })}
              onArchive={(item, archived) => void setArchived(item, archived)}
              onDelete={setDeleting}
              onUsage={setUsage}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.item ? `Edit “${editing.item.title}”` : editing ? NEW_LABELS[editing.kind] : ''}
        size="lg"
      >
        {editing && (
          <CollateralForm
            kind={editing.kind}
            item={editing.item}
            actions={collateral}
            onCancel={() => setEditing(null)}
            onSaved={(title) => {
              notifySuccess(`“${title}” saved.`);
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this item?">
        {deleting && (
          <>
            <Text size="sm" mb="md">
              “{deleting.title}” and its usage counts are deleted for good; banners already on partners’ pages
              stop showing. Archive it instead to keep them.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Cancel
              </Button>
              <Button color="red" onClick={() => void remove(deleting)}>
                Delete
              </Button>
            </Group>
          </>
        )}
      </Modal>
      <CollateralUsageModal item={usage} onClose={() => setUsage(null)} />
    </>
  );
}
