import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifyError } from '@partnerkit/ui';
import { useState } from 'react';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { useRotateApiKey } from './useRotateApiKey';

const OVERLAPS = [
  { value: '0', label: 'Stops at once' },
  { value: '1', label: 'Works 1 more hour' },
  { value: '24', label: 'Works 24 more hours' },
  { value: '168', label: 'Works 7 more days' },
];

export interface RotateApiKeyModalProps {
  apiKey: ApiKeyFieldsFragment | null;
  onClose: () => void;
  onRotated: (rotated: { name: string; secret: string }) => void;
}

/** A new secret for a key; the old secret keeps working for the chosen time, so integrations can switch. */
export function RotateApiKeyModal({ apiKey, onClose, onRotated }: RotateApiKeyModalProps) {
  const { rotateApiKey, rotating } = useRotateApiKey();
  const [hours, setHours] = useState('24');

  async function rotate() {
    if (!apiKey) return;
    try {
      const rotated = await rotateApiKey(apiKey.id, new Date(Date.now() + Number(hours) * 3_600_000));
      onClose();
      onRotated({ name: rotated.apiKey.name, secret: rotated.secret });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Modal opened={apiKey !== null} onClose={onClose} title="Rotate API key">
      {apiKey && (
        <Stack>
          <Text size="sm">
            “{apiKey.name}” gets a new secret. Both secrets work until the old one ends, so you can deploy the
            new one without downtime.
          </Text>
          <Select
            label="The old secret"
            data={OVERLAPS}
            value={hours}
            onChange={(value) => setHours(value ?? '24')}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={rotating} onClick={() => void rotate()}>
              Rotate key
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
