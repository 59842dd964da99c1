import { graphql } from '../../../gql';

export const IMPORT_PARTNERS = graphql(`
  mutation ImportPartners($csv: String!, $dryRun: Boolean!) {
    importPartners(csv: $csv, dryRun: $dryRun) {
      dryRun
      totalRows
      validRows
      created
      rows {
        line
        code
        problems {
          column
          reason
          message
        }
      }
    }
  }
`);
