import { Alert, Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { signupLinksOf } from './signupLinks';

function CopyRow({ label, value }: { label: string; value: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  );
}

/** Links to share: the hosted signup page, recruiting links and the snippet for the merchant's site. */
export function ProgramSignupLinks({ programId, open }: { programId: string; open: boolean }) {
  const links = signupLinksOf(programId);
  return (
    <section aria-label="Signup form">
      <Title order={3} mt="xl" mb="sm">
        Signup form
      </Title>
      <Paper withBorder p="md" maw={1000}>
        <Stack gap="sm">
          {!open && (
            <Alert color="yellow">
              The signup form is closed: tick “Open” under Signup form above and save.
            </Alert>
          )}
          <Text size="sm" fw={500}>
            Hosted signup page
          </Text>
          <Group>
            <Anchor href={links.page} target="_blank" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {links.page}
            </Anchor>
            <CopyRow label="signup page link" value={links.page} />
          </Group>
          <Text size="sm">
            Recruiting links add <Code>?parent=CODE</Code>:{' '}
            <Code style={{ overflowWrap: 'anywhere' }}>{links.recruitingLink}</Code>
          </Text>
          <Text size="sm" fw={500}>
            Embed on your own site
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {links.snippet}
          </Code>
          <Group>
            <CopyRow label="embed snippet" value={links.snippet} />
            <Text size="xs" c="dimmed">
              A <Code>?parent=CODE</Code> in your page’s address is passed on to the form.
            </Text>
          </Group>
        </Stack>
      </Paper>
    </section>
  );
}
