import { useMutation, useQuery } from '@apollo/client/react';
import type { UpdateMerchantSettingsInput } from '../../gql/graphql';
import { MERCHANT_SETTINGS } from './graphql/merchantSettings';
import { UPDATE_MERCHANT_SETTINGS } from './graphql/updateMerchantSettings';

export function useMerchantSettings() {
  const { data, loading, error } = useQuery(MERCHANT_SETTINGS);
  return { settings: data?.merchantSettings ?? null, loading, error };
}

export function useUpdateMerchantSettings() {
  const [mutate, { loading }] = useMutation(UPDATE_MERCHANT_SETTINGS, {
    refetchQueries: ['MerchantSettings'],
  });
  async function updateSettings(input: UpdateMerchantSettingsInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The settings were not saved.');
    return data.updateMerchantSettings;
  }
  return { updateSettings, saving: loading };
}
