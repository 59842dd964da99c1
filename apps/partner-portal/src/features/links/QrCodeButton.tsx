import { ActionIcon, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconQrcode } from '@tabler/icons-react';
import { QRCodeSVG } from 'qrcode.react';
import { useRef } from 'react';

/** Opens a QR code of a link (for print and screens), with a download as an SVG file. */
export function QrCodeButton({ value, label }: { value: string; label: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const holder = useRef<HTMLDivElement>(null);

  function download() {
    const svg = holder.current?.querySelector('svg');
    if (!svg) return;
    const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    const href = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = 'tracking-link-qr.svg';
    anchor.click();
    URL.revokeObjectURL(href);
  }

  return (
    <>
      <Tooltip label="QR code" withArrow>
        <ActionIcon variant="subtle" color="gray" onClick={open} aria-label={`QR code of ${label}`}>
          <IconQrcode size={16} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={`QR code: ${label}`} centered>
        <Stack align="center">
          <div ref={holder} data-testid="qr-code">
            <QRCodeSVG value={value} size={220} marginSize={2} title={`QR code of ${value}`} role="img" />
          </div>
          <Text ff="monospace" size="xs" ta="center" style={{ wordBreak: 'break-all' }}>
            {value}
          </Text>
          <Group>
            <Button variant="light" onClick={download}>
              Download SVG
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
