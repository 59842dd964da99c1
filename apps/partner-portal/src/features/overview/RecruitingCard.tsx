import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CopyLinkButton } from '../links/CopyLinkButton';
import { useRecruiting } from '../subPartners/useRecruiting';

/** The partner's recruiting links, shown only when one of their programs pays levels (`withPageLink`: a link to Sub-partners). */
export function RecruitingCard({ withPageLink = true }: { withPageLink?: boolean }) {
  const { paysLevels, programs } = useRecruiting();
  if (!paysLevels) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overview-recruiting">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} id="overview-recruiting">
            Recruit partners
          </Title>
          {withPageLink && (
            <Anchor component={Link} to="/sub-partners" size="sm">
              Your sub-partners
            </Anchor>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Partners who sign up with this link become yours: you earn an override on their sales.
        </Text>
        {programs.map((program) => (
          <Stack key={program.id} gap={0}>
            {programs.length > 1 && (
              <Text size="sm" fw={500}>
                {program.name}
              </Text>
            )}
            <Group gap={4} wrap="nowrap">
              <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }} data-testid="recruiting-link">
                {program.link}
              </Text>
              <CopyLinkButton value={program.link} label={`the recruiting link of ${program.name}`} />
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
