import { RecordPage } from '@partnerkit/ui';
import { type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from './BackLink';

interface RecordQuery {
  loading: boolean;
  error?: unknown;
}

export interface RecordRouteProps<Query extends RecordQuery, Noun extends keyof Query & string> {
  /** The query of the record with the route's `:id`, e.g. `usePartner`. */
  useRecord: (id: string) => Query;
  /** What the record is, and the field of the query's result that holds it: "partner". */
  noun: Noun;
  /** The list it belongs to (the page links back to it), e.g. `{ path: '/partners', label: 'Partners' }`. */
  list: { path: string; label: string };
  children: (record: NonNullable<Query[Noun]>) => ReactNode;
}

/**
 * The page of one record at `…/:id` (a partner, a program, an order): a loader, then the page under a link
 * back to its list, or "not found".
 */
export function RecordRoute<Query extends RecordQuery, Noun extends keyof Query & string>({
  useRecord,
  noun,
  list,
  children,
}: RecordRouteProps<Query, Noun>) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useRecord(id);
  return (
    <RecordPage
      record={query[noun] as NonNullable<Query[Noun]> | null | undefined}
      status={query}
      noun={noun}
      backLabel={`Back to ${list.label.toLowerCase()}`}
      onBack={() => void navigate(list.path)}
    >
      {(record) => (
        <>
          <BackLink to={list.path}>{list.label}</BackLink>
          {children(record)}
        </>
      )}
    </RecordPage>
  );
}
