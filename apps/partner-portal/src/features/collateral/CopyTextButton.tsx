import { Button, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export interface CopyTextButtonProps {
  value: string;
  label: string;
  /** What is copied, for screen readers ("the HTML of Spring banner"). */
  description: string;
  onCopied: () => void;
}

/** Copies text to the clipboard, says so, and reports the copy. */
export function CopyTextButton({ value, label, description, onCopied }: CopyTextButtonProps) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          size="xs"
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal' : 'blue'}
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          aria-label={`${label}: ${description}`}
          onClick={() => {
            copy();
            onCopied();
          }}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}
