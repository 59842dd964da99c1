/** Error codes of a request as a whole, before or beyond any module: transport, routing, availability. */
export const RequestErrorCode = {
  BodyInvalid: 'BODY_INVALID',
  BodyTooLarge: 'BODY_TOO_LARGE',
  ContentTypeUnsupported: 'CONTENT_TYPE_UNSUPPORTED',
  UrlInvalid: 'URL_INVALID',
  RequestInvalid: 'REQUEST_INVALID',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
