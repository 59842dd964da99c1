import { Center, Loader, Paper, Table, Text } from '@mantine/core';
import { type KeyboardEvent, type ReactNode } from 'react';
import { TableScrollRegion } from './TableScrollRegion.js';

export interface DataTableColumn<Row> {
  /** Stable key of the column. */
  key: string;
  /** The column heading. */
  header: ReactNode;
  /** The cell of one row. */
  render: (row: Row) => ReactNode;
  /** e.g. "right" for amounts. */
  align?: 'left' | 'right' | 'center';
}

export interface DataTableProps<Row> {
  /** Accessible name of the table, e.g. "Partners". */
  label: string;
  columns: DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Makes rows clickable (and reachable with the keyboard: Enter opens). */
  onRowClick?: (row: Row) => void;
  /** Shown instead of rows while the first page loads. */
  loading?: boolean;
  /** Shown when there are no rows. */
  emptyText?: ReactNode;
}

/** A bordered table of rows; rows open on click or Enter when `onRowClick` is given. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  onRowClick,
  loading,
  emptyText = 'Nothing here yet.',
}: DataTableProps<Row>) {
  function onKeyDown(event: KeyboardEvent, row: Row) {
    if (onRowClick && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onRowClick(row);
    }
  }

  return (
    <Paper withBorder>
      <TableScrollRegion label={label}>
        <Table aria-label={label} highlightOnHover={!!onRowClick} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} style={{ textAlign: column.align }}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={rowKey(row)}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                onKeyDown={onRowClick ? (event) => onKeyDown(event, row) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
                style={onRowClick ? { cursor: 'pointer' } : undefined}
              >
                {columns.map((column) => (
                  <Table.Td key={column.key} style={{ textAlign: column.align }}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScrollRegion>
      {rows.length === 0 && (
        <Center p="lg">
          {loading ? (
            <Loader size="sm" aria-label="Loading" />
          ) : (
            <Text c="dimmed" size="sm">
              {emptyText}
            </Text>
          )}
        </Center>
      )}
    </Paper>
  );
}
