import { graphql } from '../../../gql';

export const COLLATERAL_ITEM_FIELDS = graphql(`
  fragment CollateralItemFields on CollateralItem {
    id
    kind
    title
    notes
    sortOrder
    landingUrl
    archived
    contentType
    fileExtension
    byteSize
    width
    height
    subject
    body
    format
    imageUrl
    downloadUrl
    updatedAt
    programs {
      id
      name
    }
    usage {
      copies
      downloads
      partners {
        partner {
          id
          code
          name
        }
        copies
        downloads
        lastUsedAt
      }
    }
  }
`);
