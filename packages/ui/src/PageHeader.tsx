import { Flex, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's heading (an h2). */
  title: ReactNode;
  /** A line under the heading, e.g. a partner's code and email. */
  description?: ReactNode;
  /** Buttons on the right, e.g. "New partner". */
  actions?: ReactNode;
}

/**
 * The heading row of a page: title and description on the left, actions on the right (under them on a
 * narrow screen).
 */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Flex
      direction={{ base: 'column', sm: 'row' }}
      justify="space-between"
      align={{ base: 'stretch', sm: 'flex-start' }}
      gap="sm"
      mb="lg"
    >
      <Stack gap={4} miw={0}>
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="wrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      )}
    </Flex>
  );
}
