import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { PreviewProgramChangeQuery, UpdateProgramInput } from '../../gql/graphql';
import { PREVIEW_PROGRAM_CHANGE } from './graphql/previewProgramChange';

export type ProgramChangePreview = PreviewProgramChangeQuery['previewProgramChange'];

/** Asks the API what an edit of the program would have paid over a period; writes nothing. */
export function usePreviewProgramChange(programId: string) {
  const client = useApolloClient();
  const [preview, setPreview] = useState<ProgramChangePreview | null>(null);
  const [loading, setLoading] = useState(false);

  /** @throws the API's error (e.g. a rule field's message), for the form to show. */
  async function run(input: UpdateProgramInput, from: string, to: string) {
    setLoading(true);
    try {
      const { data } = await client.query({
        query: PREVIEW_PROGRAM_CHANGE,
        variables: { programId, input, from, to },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('The preview could not be computed.');
      setPreview(data.previewProgramChange);
    } finally {
      setLoading(false);
    }
  }

  return { preview, loading, run, clear: () => setPreview(null) };
}
