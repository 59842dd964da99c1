import { Button, Group, Paper, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { notifySuccess, useFormErrors } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import type { MerchantSettingsQuery } from '../../gql/graphql';
import { useUpdateMerchantSettings } from './useMerchantSettings';

const FIELDS = ['defaultLandingUrl', 'allowedDomains'] as const;

export interface MerchantSettingsFormProps {
  settings: MerchantSettingsQuery['merchantSettings'];
}

/** Where tracking links go by default, and which sites partners may deep link to. */
export function MerchantSettingsForm({ settings }: MerchantSettingsFormProps) {
  const [defaultLandingUrl, setDefaultLandingUrl] = useState(settings.defaultLandingUrl ?? '');
  const [allowedDomains, setAllowedDomains] = useState<string[]>(settings.allowedDomains);
  const { updateSettings, saving } = useUpdateMerchantSettings();
  const { fieldErrors, clearFieldError, clearFieldErrors, showError } = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearFieldErrors();
    try {
      const saved = await updateSettings({
        defaultLandingUrl: defaultLandingUrl.trim() || null,
        allowedDomains,
      });
      setAllowedDomains(saved.allowedDomains);
      notifySuccess('Settings saved.');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Paper withBorder p="lg" mb="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>Tracking links</Title>
          <TextInput
            label="Default landing URL"
            description="Where /r/<code> sends visitors, and where any refused deep link goes instead."
            placeholder="https://shop.example.com/"
            value={defaultLandingUrl}
            onChange={(event) => {
              setDefaultLandingUrl(event.currentTarget.value);
              clearFieldError('defaultLandingUrl');
            }}
            error={fieldErrors.defaultLandingUrl}
          />
          <TagsInput
            label="Allowed domains"
            description="Sites partners may deep link to: an exact host (shop.example.com) or every subdomain (*.example.com). The default landing URL's host is always allowed. Press Enter after each."
            placeholder="shop.example.com"
            value={allowedDomains}
            onChange={(value) => {
              setAllowedDomains(value);
              clearFieldError('allowedDomains');
            }}
            error={fieldErrors.allowedDomains}
            splitChars={[',', ' ']}
            clearable
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
