import { Button, Group, Text } from '@mantine/core';

export interface LoadMoreFooterProps {
  /** Rows shown so far. */
  shown: number;
  /** All rows that match (the connection's totalCount). */
  total: number;
  hasMore: boolean;
  loading?: boolean;
  onLoadMore: () => void;
}

/** "Showing 50 of 120" and a "Load more" button under a cursor-paginated list. */
export function LoadMoreFooter({ shown, total, hasMore, loading, onLoadMore }: LoadMoreFooterProps) {
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" data-testid="list-count">
        Showing {shown} of {total}
      </Text>
      {hasMore && (
        <Button variant="default" size="xs" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      )}
    </Group>
  );
}
