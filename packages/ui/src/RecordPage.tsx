import { Center, Loader } from '@mantine/core';
import { type ReactNode } from 'react';
import { problemOf } from './graphql-errors.js';
import { NotFoundMessage } from './NotFoundMessage.js';

export interface RecordPageProps<Record> {
  /** The record once loaded; null or undefined while loading or when there is none. */
  record: Record | null | undefined;
  /** The query's state: a loader while it loads, its error's message when there is no record. */
  status: { loading: boolean; error?: unknown };
  /** What the record is, in lower case: "partner" gives "Partner not found" / "There is no such partner." */
  noun: string;
  /** Where "not found" offers to go, e.g. "Back to partners". */
  backLabel: string;
  onBack: () => void;
  /** The page, once the record is there. */
  children: (record: Record) => ReactNode;
}

/** The page of one record (a partner, a program, an order): a loader, then the page or "not found". */
export function RecordPage<Record>({
  record,
  status: { loading, error },
  noun,
  backLabel,
  onBack,
  children,
}: RecordPageProps<Record>) {
  if (record) return <>{children(record)}</>;
  if (loading) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return (
    <NotFoundMessage
      title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} not found`}
      message={error ? problemOf(error).message : `There is no such ${noun}.`}
      actionLabel={backLabel}
      onAction={onBack}
    />
  );
}
