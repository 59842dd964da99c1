import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

export interface ApiKeySecretModalProps {
  /** The key's name and secret, or null when closed. */
  created: { name: string; secret: string } | null;
  onClose: () => void;
}

/** Shows a new key's secret, once: it cannot be read again after closing. */
export function ApiKeySecretModal({ created, onClose }: ApiKeySecretModalProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="API key created"
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the secret now">
            This is the only time the secret of “{created.name}” is shown. Store it somewhere safe; if it is
            lost, revoke the key and create a new one.
          </Alert>
          <Code block data-testid="api-key-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.secret}
          </Code>
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer &lt;secret&gt;</Code>.
          </Text>
          <Group justify="space-between">
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy secret'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>I have stored the secret</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
