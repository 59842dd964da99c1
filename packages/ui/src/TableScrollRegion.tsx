import { Table } from '@mantine/core';
import { type ReactNode } from 'react';

export interface TableScrollRegionProps {
  /** What the table is, e.g. "Partners": names the region for screen readers. */
  label: string;
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A wide table on a narrow screen: it scrolls sideways inside the page (the page itself never does), and the
 * scrolling region takes the keyboard focus so that the arrow keys scroll it.
 */
export function TableScrollRegion({ label, minWidth = 600, children }: TableScrollRegionProps) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrolls sideways)`}
    >
      {children}
    </Table.ScrollContainer>
  );
}
