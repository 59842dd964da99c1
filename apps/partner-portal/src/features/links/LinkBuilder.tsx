import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import { CopyLinkButton } from './CopyLinkButton';
import { QrCodeButton } from './QrCodeButton';
import { useBuildTrackingLink } from './useBuildTrackingLink';

const FIELDS = ['url', 'subId'] as const;

export interface LinkBuilderProps {
  allowedDomains: readonly string[];
  defaultLandingUrl: string | null;
}

/** A tracking link to any page of the merchant's sites, with an optional sub-id (campaign tag). */
export function LinkBuilder({ allowedDomains, defaultLandingUrl }: LinkBuilderProps) {
  const [url, setUrl] = useState('');
  const [subId, setSubId] = useState('');
  const [built, setBuilt] = useState<string | null>(null);
  const { buildLink, building } = useBuildTrackingLink();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);
  const sites = [
    ...(defaultLandingUrl ? [new URL(defaultLandingUrl).hostname] : []),
    ...allowedDomains.filter(
      (domain) => !defaultLandingUrl || domain !== new URL(defaultLandingUrl).hostname,
    ),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    setBuilt(null);
    try {
      setBuilt(await buildLink(url.trim(), subId.trim() || null));
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>Link builder</Title>
          <TextInput
            label="Landing page"
            description={
              sites.length ? `Any page on ${sites.join(', ')}.` : "Any page on the merchant's sites."
            }
            placeholder={defaultLandingUrl ?? 'https://'}
            value={url}
            onChange={(event) => {
              setUrl(event.currentTarget.value);
              clearFieldError('url');
            }}
            error={fieldErrors.url}
          />
          <TextInput
            label="Sub-id (optional)"
            description="A campaign tag to tell your placements apart: letters, digits, _ - . (up to 100)."
            placeholder="newsletter-june"
            value={subId}
            onChange={(event) => {
              setSubId(event.currentTarget.value);
              clearFieldError('subId');
            }}
            error={fieldErrors.subId}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={building}>
              Build link
            </Button>
          </Group>
          {built && (
            <Alert color="teal" title="Your link">
              <Group gap={4} wrap="nowrap">
                <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }} data-testid="built-link">
                  {built}
                </Text>
                <CopyLinkButton value={built} label="the built link" />
                <QrCodeButton value={built} label="the built link" />
              </Group>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
