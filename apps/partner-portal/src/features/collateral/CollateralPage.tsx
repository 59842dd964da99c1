import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { PageHeader, problemOf } from '@partnerkit/ui';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { CollateralKind, MyCollateralQuery } from '../../gql/graphql';
import { CopyTextButton } from './CopyTextButton';
import { useMyCollateral } from './useMyCollateral';

type Item = MyCollateralQuery['myCollateral'][number];

const TABS: Array<{ kind: CollateralKind; label: string; empty: string }> = [
  { kind: 'BANNER', label: 'Banners', empty: 'No banners for your programs yet.' },
  { kind: 'EMAIL_SWIPE', label: 'Email swipes', empty: 'No email swipes for your programs yet.' },
  { kind: 'SNIPPET', label: 'Snippets', empty: 'No snippets for your programs yet.' },
  { kind: 'FILE', label: 'Files', empty: 'No files for your programs yet.' },
];

/** Marketing materials: banners, email swipes, snippets and files, with the partner's own link inside. */
export function CollateralPage() {
  const { items, loading, error, recordCopy } = useMyCollateral();
  const [tab, setTab] = useState<CollateralKind>('BANNER');
  return (
    <>
      <PageHeader
        title="Marketing materials"
        description="Banners, emails and files to promote with. Your own tracking link is already inside everything you copy."
      />
      {error && (
        <Alert color="red" mb="md" title="The materials could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => value && setTab(value as CollateralKind)}>
        <Tabs.List mb="md">
          {TABS.map(({ kind, label }) => (
            <Tabs.Tab key={kind} value={kind}>
              {label} ({items.filter((item) => item.kind === kind).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ kind, empty }) => {
          const ofKind = items.filter((item) => item.kind === kind);
          return (
            <Tabs.Panel key={kind} value={kind}>
              {ofKind.length === 0 ? (
                <Text c="dimmed">{loading ? 'Loading…' : empty}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: kind === 'BANNER' || kind === 'FILE' ? 2 : 1 }} spacing="md">
                  {ofKind.map((item) => (
                    <CollateralCard key={item.id} item={item} onCopied={() => recordCopy(item.id)} />
                  ))}
                </SimpleGrid>
              )}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}

function CollateralCard({ item, onCopied }: { item: Item; onCopied: () => void }) {
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`collateral-${item.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={`collateral-${item.id}`}>
            {item.title}
          </Title>
          {item.width && item.height && (
            <Badge variant="light" tt="none">
              {item.width} × {item.height} px
            </Badge>
          )}
          {item.kind === 'FILE' && (
            <Badge variant="light" tt="none">
              {(item.fileExtension ?? '').toUpperCase()} · {formatBytes(item.byteSize)}
            </Badge>
          )}
        </Group>
        {item.notes && <Text size="sm">{item.notes}</Text>}
        {item.kind === 'BANNER' && item.imageUrl && (
          <Image
            src={item.imageUrl}
            alt={`Banner: ${item.title}`}
            maw={Math.min(item.width ?? 600, 600)}
            fit="contain"
            style={{ maxWidth: '100%', height: 'auto' }}
          />
        )}
        {item.kind === 'EMAIL_SWIPE' && (
          <Text size="sm">
            <Text span fw={600}>
              Subject:
            </Text>{' '}
            {item.subject}
          </Text>
        )}
        {item.body && (
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {item.body}
          </Code>
        )}
        {item.bannerHtml && (
          <Code
            block
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            aria-label={`HTML of ${item.title}`}
          >
            {item.bannerHtml}
          </Code>
        )}
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          Your link:{' '}
          <Anchor href={item.trackingLink} target="_blank" rel="noreferrer" size="xs">
            {item.trackingLink}
          </Anchor>
        </Text>
        <Group gap="xs">
          {item.bannerHtml && (
            <CopyTextButton
              value={item.bannerHtml}
              label="Copy HTML"
              description={item.title}
              onCopied={onCopied}
            />
          )}
          {item.kind === 'EMAIL_SWIPE' && (
            <CopyTextButton
              value={`Subject: ${item.subject ?? ''}\n\n${item.body ?? ''}`}
              label="Copy"
              description={item.title}
              onCopied={onCopied}
            />
          )}
          {item.kind === 'SNIPPET' && item.body && (
            <CopyTextButton value={item.body} label="Copy" description={item.title} onCopied={onCopied} />
          )}
          {item.downloadUrl && (
            <Button
              size="xs"
              variant="default"
              component="a"
              href={item.downloadUrl}
              download
              leftSection={<IconDownload size={14} />}
              aria-label={`Download ${item.title}`}
            >
              Download
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
