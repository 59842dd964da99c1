import { graphql } from '../../../gql';

export const MY_COLLATERAL = graphql(`
  query MyCollateral {
    myCollateral {
      id
      kind
      title
      notes
      landingUrl
      trackingLink
      contentType
      fileExtension
      byteSize
      width
      height
      imageUrl
      bannerHtml
      subject
      body
      format
      downloadUrl
    }
  }
`);
