import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { CreatePayoutBatchInput } from '../../gql/graphql';
import { CREATE_PAYOUT_BATCH } from './graphql/createPayoutBatch';

/**
 * Creates a payout batch. One idempotency key per intended batch: a retry after a lost answer (a double
 * click, a timeout) sends the same key and gets the same batch, never a second payment; a new key is drawn
 * once the batch is created.
 */
export function useCreatePayoutBatch() {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [mutate, { loading }] = useMutation(CREATE_PAYOUT_BATCH, {
    refetchQueries: ['PayoutPreview', 'PayoutBatches'],
  });
  async function createBatch(input: Omit<CreatePayoutBatchInput, 'idempotencyKey'>) {
    const result = await mutate({ variables: { input: { ...input, idempotencyKey: key } } });
    setKey(crypto.randomUUID());
    return result.data!.createPayoutBatch;
  }
  return { createBatch, creating: loading };
}
