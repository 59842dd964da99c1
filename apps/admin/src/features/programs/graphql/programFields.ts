import { graphql } from '../../../gql';

/** Everything the program pages show and edit. */
export const PROGRAM_FIELDS = graphql(`
  fragment ProgramFields on Program {
    id
    name
    notes
    priority
    currency
    cookieWindowDays
    attributionMode
    levels
    holdDays
    timeZone
    autoApprove
    ipWindowMinutes
    permanentReferral
    timing
    unusedLevelShare
    createdAt
    updatedAt
    minimumPayout {
      ...MoneyFields
    }
    splitWeights {
      firstBps
      middleBps
      lastBps
    }
    rules {
      id
      layer
      productIds
      levels {
        ...LevelRuleFields
      }
      recurring {
        maxPayments
        maxMonths
        afterPayments
        afterLevels {
          ...LevelRuleFields
        }
      }
    }
    signupOpen
    signupAsksParentCode
    signupAsksPayoutEmail
    signupParent {
      id
      code
    }
    signupFields {
      key
      label
      type
      required
      options
    }
  }
`);
