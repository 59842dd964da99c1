import { Alert, Anchor } from '@mantine/core';
import { PageHeader, problemOf, runtimeConfig } from '@partnerkit/ui';
import { useState } from 'react';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { ApiKeySecretModal } from './ApiKeySecretModal';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { RevokeApiKeyModal } from './RevokeApiKeyModal';
import { RotateApiKeyModal } from './RotateApiKeyModal';
import { useApiKeys } from './useApiKeys';
import { useAdminCan } from '../session/SessionContext';

export function ApiKeysPage() {
  const can = useAdminCan();
  const { apiKeys, loading, error } = useApiKeys();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [rotating, setRotating] = useState<ApiKeyFieldsFragment | null>(null);
  // The API page is served by the API, next to /graphql.
  const docsUrl = new URL('docs/api', new URL(runtimeConfig().apiUrl, window.location.href)).toString();

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys for your backend to record events and read data over GraphQL. How to use them: the{' '}
            <Anchor href={docsUrl} target="_blank" underline="always">
              API reference
            </Anchor>
            .
          </>
        }
      />
      {can.own && (
        <CreateApiKeyForm onCreated={({ apiKey, secret }) => setCreated({ name: apiKey.name, secret })} />
      )}
      {error && (
        <Alert color="red" mb="md" title="API keys could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <ApiKeysTable apiKeys={apiKeys} loading={loading} onRevoke={setRevoking} onRotate={setRotating} />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
      <RotateApiKeyModal apiKey={rotating} onClose={() => setRotating(null)} onRotated={setCreated} />
    </>
  );
}
