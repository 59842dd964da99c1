import { graphql } from '../../../gql';

/** One level of a commission rule. */
export const LEVEL_RULE_FIELDS = graphql(`
  fragment LevelRuleFields on LevelRule {
    level
    sale {
      kind
      percent
      of
      amount {
        amountMinor
        currency
      }
    }
    leadPayout {
      amountMinor
      currency
    }
  }
`);
