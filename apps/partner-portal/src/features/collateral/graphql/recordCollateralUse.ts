import { graphql } from '../../../gql';

export const RECORD_COLLATERAL_USE = graphql(`
  mutation RecordCollateralUse($id: ID!, $kind: CollateralUseKind!) {
    recordCollateralUse(id: $id, kind: $kind)
  }
`);
