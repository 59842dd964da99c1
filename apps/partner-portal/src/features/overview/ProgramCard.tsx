import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { type PortalPartner } from '../session/useCurrentPartner';
import { formatDays } from '../../format/formatDate';

type Program = PortalPartner['programs'][number];

interface ProgramCardProps {
  program: Program;
  /** The partner's own cookie window, which overrides the program's. */
  partnerCookieWindowDays: number | null;
}

export function ProgramCard({ program, partnerCookieWindowDays }: ProgramCardProps) {
  const headingId = useId();
  const cookieWindow = partnerCookieWindowDays ?? program.cookieWindowDays;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} id={headingId}>
            {program.name}
          </Title>
          <Badge variant="outline" color="gray">
            {program.currency}
          </Badge>
        </Group>
        {program.notes.trim() && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {program.notes}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
          <ProgramFact
            term="Cookie window"
            value={formatDays(cookieWindow)}
            hint={partnerCookieWindowDays != null ? 'Your personal window' : 'How long a click counts'}
          />
          <ProgramFact
            term="Hold period"
            value={formatDays(program.holdDays)}
            hint="Before a commission is payable"
          />
          <ProgramFact
            term="Minimum payout"
            value={program.minimumPayout.formatted}
            hint="Paid once you reach it"
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function ProgramFact({ term, value, hint }: { term: string; value: string; hint: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} fw={600} size="lg">
        {value}
      </Text>
      <Text component="dd" m={0} size="xs" c="dimmed">
        {hint}
      </Text>
    </div>
  );
}
