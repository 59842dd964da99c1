import { Alert } from '@mantine/core';
import { PageHeader, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { ApiKeySecretModal } from './ApiKeySecretModal';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { RevokeApiKeyModal } from './RevokeApiKeyModal';
import { useApiKeys } from './useApiKeys';

export function ApiKeysPage() {
  const { apiKeys, loading, error } = useApiKeys();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for your backend to record events and read data over GraphQL."
      />
      <CreateApiKeyForm onCreated={({ apiKey, secret }) => setCreated({ name: apiKey.name, secret })} />
      {error && (
        <Alert color="red" mb="md" title="API keys could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <ApiKeysTable apiKeys={apiKeys} loading={loading} onRevoke={setRevoking} />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
