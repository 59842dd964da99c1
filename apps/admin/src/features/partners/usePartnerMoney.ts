import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { PayoutMethod } from '../../gql/graphql';
import { ADD_ADJUSTMENT } from './graphql/addAdjustment';
import { RECORD_PARTNER_PAYMENT } from './graphql/recordPartnerPayment';
import { VOID_PAYMENT } from './graphql/voidPayment';

const refetchQueries = ['PartnerBalances', 'PartnerLedger', 'PayoutPreview', 'PayoutBatches'];

/**
 * Money actions on a partner's page: record a payment and add an adjustment (one idempotency key per
 * intended payment or adjustment, so a retry never pays or adjusts twice), void a payment.
 */
export function usePartnerMoney(partnerId: string) {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [adjustmentKey, setAdjustmentKey] = useState(() => crypto.randomUUID());
  const [record, recording] = useMutation(RECORD_PARTNER_PAYMENT, { refetchQueries });
  const [voidMutation, voiding] = useMutation(VOID_PAYMENT, { refetchQueries });
  const [adjust, adjusting] = useMutation(ADD_ADJUSTMENT, { refetchQueries });
  return {
    async recordPayment(input: {
      amountMinor: string;
      currency: string;
      method: PayoutMethod;
      reference: string | null;
    }) {
      const result = await record({ variables: { input: { ...input, partnerId, idempotencyKey: key } } });
      setKey(crypto.randomUUID());
      return result.data!.recordPartnerPayment;
    },
    async voidPayment(entryId: string, reason: string) {
      return (await voidMutation({ variables: { input: { entryId, reason } } })).data!.voidPayment;
    },
    async addAdjustment(input: { amountMinor: string; currency: string; reason: string }) {
      const result = await adjust({
        variables: { input: { ...input, partnerId, idempotencyKey: adjustmentKey } },
      });
      setAdjustmentKey(crypto.randomUUID());
      return result.data!.addAdjustment;
    },
    busy: recording.loading || voiding.loading || adjusting.loading,
  };
}
