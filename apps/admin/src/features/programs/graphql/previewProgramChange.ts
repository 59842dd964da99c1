import { graphql } from '../../../gql';

export const PREVIEW_PROGRAM_CHANGE = graphql(`
  query PreviewProgramChange(
    $programId: ID!
    $input: UpdateProgramInput!
    $from: DateTimeISO!
    $to: DateTimeISO!
  ) {
    previewProgramChange(programId: $programId, input: $input, from: $from, to: $to) {
      salesCompared
      truncated
      rows {
        partner {
          id
          code
          name
        }
        current {
          ...MoneyFields
        }
        changed {
          ...MoneyFields
        }
        difference {
          ...MoneyFields
        }
      }
    }
  }
`);
