import { Paper, SimpleGrid, Text } from '@mantine/core';
import { type PortalPartner } from '../session/useCurrentPartner';
import { ProgramCard } from './ProgramCard';

export function ProgramList({ partner }: { partner: PortalPartner }) {
  if (partner.programs.length === 0) {
    return (
      <Paper withBorder p="lg" bg="gray.0">
        <Text c="dimmed">
          You are not in any program yet. The program team adds you to programs; they appear here as soon as
          they do.
        </Text>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      {partner.programs.map((program) => (
        <ProgramCard key={program.id} program={program} partnerCookieWindowDays={partner.cookieWindowDays} />
      ))}
    </SimpleGrid>
  );
}
