import { useMutation } from '@apollo/client/react';
import type { CreateTrackingLinkInput, UpdateTrackingLinkInput } from '../../gql/graphql';
import { CREATE_TRACKING_LINK } from './graphql/createTrackingLink';
import { UPDATE_TRACKING_LINK } from './graphql/updateTrackingLink';

/** Creates, edits, archives and restores named tracking links (the list refetches). */
export function useSaveTrackingLink() {
  const [create, created] = useMutation(CREATE_TRACKING_LINK, { refetchQueries: ['TrackingLinks'] });
  const [update, updated] = useMutation(UPDATE_TRACKING_LINK, { refetchQueries: ['TrackingLinks'] });
  return {
    saving: created.loading || updated.loading,
    async createLink(input: CreateTrackingLinkInput) {
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error('The link was not created.');
      return data.createTrackingLink;
    },
    async updateLink(id: string, input: UpdateTrackingLinkInput) {
      const { data } = await update({ variables: { id, input } });
      if (!data) throw new Error('The link was not saved.');
      return data.updateTrackingLink;
    },
  };
}
