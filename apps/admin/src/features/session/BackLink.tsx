import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** "← Partners" above a page: back to the list it belongs to. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {children}
    </Anchor>
  );
}
