import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import { DomainError } from '@partnerkit/domain';
import { conflict } from '../common/app-error.js';
import { createFormatError } from './format-error.js';

const formatted = (message: string) => ({
  message,
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
});

describe('createFormatError', () => {
  test('hides unexpected errors (message, SQL, stack) in production and logs them', () => {
    const logger = { error: vi.fn() };
    const format = createFormatError({ production: true, logger });
    const error = new Error('insert into "partners" ... violates constraint');
    const result = format(formatted(error.message), error);
    expect(result).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('partners');
    expect(logger.error).toHaveBeenCalledOnce();
  });

  test('keeps coded service and domain errors with reason and field', () => {
    const format = createFormatError({ production: true, logger: { error: vi.fn() } });
    expect(format(formatted('x'), conflict('PARTNER_CODE_TAKEN', 'Taken.', 'code')).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'PARTNER_CODE_TAKEN',
      field: 'code',
    });
    expect(
      format(formatted('x'), new DomainError('PARTNER_CODE_INVALID', 'Bad code.', 'code')),
    ).toMatchObject({
      message: 'Bad code.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'PARTNER_CODE_INVALID', field: 'code' },
    });
  });

  test("keeps GraphQL's own coded errors (validation) without stack traces", () => {
    const format = createFormatError({ production: true, logger: { error: vi.fn() } });
    const error = new GraphQLError('Cannot query field "nope".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const result = format(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['a'] } },
      error,
    );
    expect(result.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
