import { useConnectionQuery } from '@partnerkit/ui';
import { PROGRAMS } from './graphql/programs';

export const PROGRAMS_PAGE_SIZE = 50;

/** Programs by priority, searchable by name; `loadMore` appends the next page. */
export function usePrograms(search: string) {
  const { nodes, ...list } = useConnectionQuery(PROGRAMS, 'programs', {
    first: PROGRAMS_PAGE_SIZE,
    search: search.trim() || null,
  });
  return { programs: nodes, ...list };
}
