import { Code, Paper, Stack, Text, Title } from '@mantine/core';
import { runtimeConfig } from '@partnerkit/ui';

/** How the merchant installs the snippet that carries the visitor id to checkouts and forms. */
export function SnippetInstructions() {
  // Served by the API (which may live on another origin than the console).
  const src = new URL('/snippet.js', new URL(runtimeConfig().apiUrl, window.location.href)).href;
  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack gap="sm">
        <Title order={4}>Merchant snippet</Title>
        <Text size="sm">
          Add this to every page of your site. It keeps the visitor id of a partner click, adds it to your
          Stripe Payment Links (as <Code>client_reference_id</Code>) and to forms marked{' '}
          <Code>data-partnerkit</Code>.
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {`<script src="${src}" async></script>`}
        </Code>
      </Stack>
    </Paper>
  );
}
