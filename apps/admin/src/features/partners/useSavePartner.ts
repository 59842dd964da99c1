import { useMutation } from '@apollo/client/react';
import type { PartnerDetailFieldsFragment } from '../../gql/graphql';
import { CREATE_PARTNER } from './graphql/createPartner';
import { UPDATE_PARTNER } from './graphql/updatePartner';
import {
  changedPartnerInput,
  newPartnerInput,
  partnerFormValuesOf,
  type PartnerFormValues,
} from './partnerFormValues';

/**
 * Saves the partner form: enrolls a new partner, or sends only what changed of `partner`. Partner lists
 * fetch again whenever they are shown; the cache updates every view of a saved partner.
 */
export function useSavePartner(partner: PartnerDetailFieldsFragment | undefined) {
  const [create, created] = useMutation(CREATE_PARTNER);
  const [update, updated] = useMutation(UPDATE_PARTNER);

  async function savePartner(values: PartnerFormValues): Promise<PartnerDetailFieldsFragment> {
    if (!partner) {
      const { data } = await create({ variables: { input: newPartnerInput(values) } });
      if (!data) throw new Error('The partner was not created.');
      return data.createPartner;
    }
    const input = changedPartnerInput(partnerFormValuesOf(partner), values);
    const { data } = await update({ variables: { id: partner.id, input } });
    if (!data) throw new Error('The partner was not saved.');
    return data.updatePartner;
  }

  return { savePartner, saving: created.loading || updated.loading };
}
