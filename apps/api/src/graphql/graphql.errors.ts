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
} as const;
