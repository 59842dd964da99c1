import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's heading (an h2). */
  title: ReactNode;
  /** A line under the heading, e.g. a partner's code and email. */
  description?: ReactNode;
  /** Buttons on the right, e.g. "New partner". */
  actions?: ReactNode;
}

/** The heading row of a page: title and description on the left, actions on the right. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
