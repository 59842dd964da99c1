import { GraphQLError } from 'graphql';
import { describe, expect, test, vi } from 'vitest';
import { DomainError } from '@partnerkit/domain';
import { AppError } from '../errors/app-error.js';
import { createFormatError } from './format-error.js';

const formatted = (message: string) => ({
  message,
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
});
const logger = () => ({ error: vi.fn(), warn: vi.fn() });

describe('createFormatError', () => {
  test('hides unexpected errors (message, SQL, stack) and logs them once', () => {
    const log = logger();
    const format = createFormatError({ log });
    const error = new Error('insert into "partners" ... violates constraint');
    const result = format(formatted(error.message), error);
    expect(result).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('partners');
    expect(log.error).toHaveBeenCalledOnce();
  });

  test('gives service and domain errors the category of their code in the catalogue', () => {
    const format = createFormatError({ log: logger() });
    expect(format(formatted('x'), new AppError('PARTNER_CODE_TAKEN', 'Taken.', 'code')).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'PARTNER_CODE_TAKEN',
      field: 'code',
    });
    expect(
      format(formatted('x'), new AppError('PROGRAM_NOT_FOUND', 'Nope.', 'referral.programId')),
    ).toMatchObject({
      extensions: { code: 'NOT_FOUND', reason: 'PROGRAM_NOT_FOUND', field: 'referral.programId' },
    });
    expect(
      format(formatted('x'), new DomainError('PARTNER_CODE_INVALID', 'Bad code.', 'code')),
    ).toMatchObject({
      message: 'Bad code.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'PARTNER_CODE_INVALID', field: 'code' },
    });
  });

  test("codes GraphQL's own errors (validation) without stack traces", () => {
    const format = createFormatError({ log: logger() });
    const error = new GraphQLError('Cannot query field "nope".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const result = format(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['a'] } },
      error,
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  test('a database outage is SERVICE_UNAVAILABLE, logged as one line without a stack', () => {
    const log = logger();
    const format = createFormatError({ log });
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(format(formatted(outage.message), outage).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
    });
    expect(log.error).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.warn.mock.calls[0])).not.toContain('    at ');
  });
});
