/** Error codes of GraphQL requests themselves: the document, its variables and arguments, pagination. */
export const GraphQLErrorCode = {
  ParseFailed: 'GRAPHQL_PARSE_FAILED',
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  VariablesInvalid: 'VARIABLES_INVALID',
  ArgumentInvalid: 'INVALID_ARGUMENT',
  ArgumentMissing: 'ARGUMENT_MISSING',
  CursorInvalid: 'CURSOR_INVALID',
  OperationInvalid: 'OPERATION_INVALID',
  OperationNameUnknown: 'OPERATION_NAME_UNKNOWN',
  PersistedQueryNotFound: 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported: 'PERSISTED_QUERY_NOT_SUPPORTED',
  PersistedQueryHashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
  // Limits of the public API (graphql/query-limits.ts, graphql/operation-limits.plugin.ts)
  QueryTooDeep: 'QUERY_TOO_DEEP',
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  QueryTooManyAliases: 'QUERY_TOO_MANY_ALIASES',
  QueryTooManyDirectives: 'QUERY_TOO_MANY_DIRECTIVES',
  QueryTooLarge: 'QUERY_TOO_LARGE',
  PageSizeInvalid: 'PAGE_SIZE_INVALID',
  OperationTimeout: 'OPERATION_TIMEOUT',
  IntrospectionDisabled: 'INTROSPECTION_DISABLED',
} as const;
