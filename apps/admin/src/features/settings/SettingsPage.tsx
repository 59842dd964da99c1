import { Alert, Loader } from '@mantine/core';
import { PageHeader, problemOf } from '@partnerkit/ui';
import { MerchantSettingsForm } from './MerchantSettingsForm';
import { SnippetInstructions } from './SnippetInstructions';
import { useMerchantSettings } from './useMerchantSettings';
import { useAdminCan } from '../session/SessionContext';

export function SettingsPage() {
  const can = useAdminCan();
  const { settings, loading, error } = useMerchantSettings();
  return (
    <>
      <PageHeader title="Settings" description="Tracking links and the snippet for your site." />
      {error && (
        <Alert color="red" mb="md" title="Settings could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      {loading && !settings && <Loader size="sm" aria-label="Loading" />}
      {settings && !can.own && (
        <Alert color="blue" mb="md" title="Read-only">
          Only owners change the tracking settings.
        </Alert>
      )}
      {settings && can.own && <MerchantSettingsForm key={settings.updatedAt} settings={settings} />}
      <SnippetInstructions />
    </>
  );
}
