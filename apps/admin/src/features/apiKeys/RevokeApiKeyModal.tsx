import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifyError, notifySuccess } from '@partnerkit/ui';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { useRevokeApiKey } from './useRevokeApiKey';

export interface RevokeApiKeyModalProps {
  apiKey: ApiKeyFieldsFragment | null;
  onClose: () => void;
}

/** Asks before revoking: a revoked key stops working at once and cannot be restored. */
export function RevokeApiKeyModal({ apiKey, onClose }: RevokeApiKeyModalProps) {
  const { revokeApiKey, revoking } = useRevokeApiKey();

  async function revoke() {
    if (!apiKey) return;
    try {
      await revokeApiKey(apiKey.id);
      notifySuccess(`API key ${apiKey.name} revoked.`);
      onClose();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Modal opened={apiKey !== null} onClose={onClose} title="Revoke API key?">
      {apiKey && (
        <Stack>
          <Text size="sm">
            “{apiKey.name}” ({apiKey.prefix}…) stops working at once. Anything using it will be refused. This
            cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" loading={revoking} onClick={() => void revoke()}>
              Revoke key
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
