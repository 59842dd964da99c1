import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface SecretOnceModalProps {
  /** What the secret belongs to and the secret, or null when closed. */
  shown: { name: string; secret: string } | null;
  title: string;
  /** How to use the secret (one line under it). */
  usage: ReactNode;
  /** What to do when it is lost. */
  ifLost: string;
  onClose: () => void;
}

/** Shows a secret once (API keys, webhook signing secrets): it cannot be read again after closing. */
export function SecretOnceModal({ shown, title, usage, ifLost, onClose }: SecretOnceModalProps) {
  return (
    <Modal opened={shown !== null} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      {shown && (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the secret now">
            This is the only time the secret of “{shown.name}” is shown. Store it somewhere safe; {ifLost}
          </Alert>
          <Code block data-testid="secret-once" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {shown.secret}
          </Code>
          <Text size="sm" c="dimmed">
            {usage}
          </Text>
          <Group justify="space-between">
            <CopyButton value={shown.secret}>
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
