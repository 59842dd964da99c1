import { Alert, Loader } from '@mantine/core';
import { PageHeader, problemOf } from '@partnerkit/ui';
import { MerchantSettingsForm } from './MerchantSettingsForm';
import { SnippetInstructions } from './SnippetInstructions';
import { useMerchantSettings } from './useMerchantSettings';

export function SettingsPage() {
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
      {settings && <MerchantSettingsForm key={settings.updatedAt} settings={settings} />}
      <SnippetInstructions />
    </>
  );
}
