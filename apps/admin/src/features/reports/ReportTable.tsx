import { Alert, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconDownload } from '@tabler/icons-react';
import { DataTable, problemOf, type DataTableColumn } from '@partnerkit/ui';
import { type ReactNode } from 'react';
import { type ReportSort } from './useReport';

export interface ReportColumn<Row> extends DataTableColumn<Row> {
  /** The API's `sortBy` for this column; sortable when given. */
  sortKey?: string;
}

export interface ReportTableProps<Row> {
  /** Accessible name of the table, and the CSV file's name. */
  label: string;
  columns: ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  onRowClick?: (row: Row) => void;
  loading: boolean;
  error?: unknown;
  pageInfo?: { offset: number; totalCount: number; hasNextPage: boolean };
  pageSize: number;
  onPage: (offset: number) => void;
  sort: ReportSort;
  onSort: (by: string) => void;
  onExport: () => void;
  exporting: boolean;
  /** Under the table, e.g. totals per currency. */
  footer?: ReactNode;
  emptyText?: ReactNode;
}

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: ReactNode;
  sortKey: string;
  sort: ReportSort;
  onSort: (by: string) => void;
}) {
  const active = sort.by === sortKey;
  const Icon = !active ? IconArrowsSort : sort.descending ? IconArrowDown : IconArrowUp;
  return (
    <UnstyledButton
      onClick={() => onSort(sortKey)}
      aria-label={`${typeof label === 'string' ? label : sortKey}: sort ${active && sort.descending ? 'ascending' : 'descending'}`}
      aria-pressed={active}
      style={{
        fontWeight: 'inherit',
        fontSize: 'inherit',
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
      }}
    >
      {label}
      <Icon size={14} aria-hidden opacity={active ? 1 : 0.5} />
    </UnstyledButton>
  );
}

/**
 * A report: sortable columns, a page of rows, "rows 1–50 of 120" with previous/next, and the CSV export of
 * the page shown. Every report tab and the drill-down use it.
 */
export function ReportTable<Row>(props: ReportTableProps<Row>) {
  const { columns, sort, onSort, pageInfo, pageSize, onPage } = props;
  const shown = props.rows.length;
  const first = pageInfo && shown > 0 ? pageInfo.offset + 1 : 0;
  return (
    <>
      {props.error != null && (
        <Alert color="red" title="The report could not be loaded" mb="md">
          {problemOf(props.error).message}
        </Alert>
      )}
      <DataTable
        label={props.label}
        columns={columns.map((column) => ({
          ...column,
          header: column.sortKey ? (
            <SortHeader label={column.header} sortKey={column.sortKey} sort={sort} onSort={onSort} />
          ) : (
            column.header
          ),
        }))}
        rows={props.rows}
        rowKey={props.rowKey}
        onRowClick={props.onRowClick}
        loading={props.loading}
        emptyText={props.emptyText ?? 'Nothing in this period.'}
      />
      {props.footer}
      <Group justify="space-between" mt="sm" wrap="wrap">
        <Text size="sm" c="dimmed" data-testid="report-count">
          {pageInfo ? `Rows ${first}–${pageInfo.offset + shown} of ${pageInfo.totalCount}` : ' '}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={!pageInfo || pageInfo.offset === 0}
            onClick={() => onPage(Math.max(0, (pageInfo?.offset ?? 0) - pageSize))}
          >
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!pageInfo?.hasNextPage}
            onClick={() => onPage((pageInfo?.offset ?? 0) + pageSize)}
          >
            Next
          </Button>
          <Button
            size="xs"
            leftSection={<IconDownload size={14} aria-hidden />}
            loading={props.exporting}
            disabled={shown === 0}
            onClick={props.onExport}
          >
            Export CSV
          </Button>
        </Group>
      </Group>
    </>
  );
}
