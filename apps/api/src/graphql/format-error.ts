import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isDomainError } from '@partnerkit/domain';
import { AppError } from '../common/app-error.js';

interface ErrorLogger {
  error(object: unknown, message: string): void;
}

/**
 * The one place where errors become what a client sees. Every error leaves with a stable `extensions.code`;
 * service and domain errors add `reason` and `field`. Unknown errors are logged and hidden behind a generic
 * message in production (no stack traces, no SQL).
 */
export function createFormatError(options: { production: boolean; logger: ErrorLogger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.category, reason: original.reason, field: original.field },
      };
    }
    if (isDomainError(original)) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', reason: original.code, field: original.field },
      };
    }
    if (original instanceof AuthenticationError) {
      return {
        ...base,
        message: 'Sign in first.',
        extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' },
      };
    }
    if (original instanceof AuthorizationError) {
      return {
        ...base,
        message: 'You may not do this.',
        extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENT' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return {
        ...base,
        message: 'This record already exists.',
        extensions: { code: 'CONFLICT', reason: 'ALREADY_EXISTS' },
      };
    }
    const code = formatted.extensions?.code;
    // Errors raised by GraphQL itself (parse, validation, bad variables) are safe and already coded.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const reason = formatted.extensions?.reason;
      return { ...base, extensions: typeof reason === 'string' ? { code, reason } : { code } };
    }
    options.logger.error({ err: original }, 'unexpected error in a GraphQL operation');
    return {
      ...base,
      message: options.production ? 'Internal server error.' : formatted.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
