import { Alert, Box, Button, Modal, Switch } from '@mantine/core';
import { notifyError, notifySuccess, PageHeader, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import type { TrackingLinkFieldsFragment } from '../../gql/graphql';
import { TrackingLinkForm } from './TrackingLinkForm';
import { TrackingLinksTable } from './TrackingLinksTable';
import { useSaveTrackingLink } from './useSaveTrackingLink';
import { useTrackingLinks } from './useTrackingLinks';
import { LiveStatsPanel } from '../live/LiveStatsPanel';
import { useAdminCan } from '../session/SessionContext';

/** Named redirect links every partner can share as /r/<code>/<slug>. */
export function TrackingLinksPage() {
  const can = useAdminCan();
  const [showArchived, setShowArchived] = useState(false);
  const { links, loading, error } = useTrackingLinks(showArchived);
  const [editing, setEditing] = useState<TrackingLinkFieldsFragment | 'new' | null>(null);
  const { updateLink } = useSaveTrackingLink();

  async function setArchived(link: TrackingLinkFieldsFragment, archived: boolean) {
    try {
      await updateLink(link.id, { archived });
      notifySuccess(archived ? `“${link.name}” archived.` : `“${link.name}” restored.`);
    } catch (failure) {
      notifyError(failure);
    }
  }

  return (
    <>
      <PageHeader
        title="Tracking links"
        description="Named links every partner can share as /r/<partner code>/<slug>. Archived links keep redirecting but are no longer offered."
        actions={can.write && <Button onClick={() => setEditing('new')}>New link</Button>}
      />
      <Switch
        mb="md"
        label="Show archived links"
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
      />
      {error && (
        <Alert color="red" mb="md" title="Tracking links could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <TrackingLinksTable
        links={links}
        loading={loading}
        onEdit={setEditing}
        onArchive={(link, archived) => void setArchived(link, archived)}
      />
      <Box mt="lg">
        <LiveStatsPanel partnerId={null} />
      </Box>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New tracking link' : 'Edit tracking link'}
        size="lg"
      >
        {editing !== null && (
          <TrackingLinkForm
            link={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              notifySuccess(`“${saved.name}” saved.`);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </>
  );
}
