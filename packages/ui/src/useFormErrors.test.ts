import { CombinedGraphQLErrors } from '@apollo/client';
import { act, renderHook } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { problemOf } from './graphql-errors.js';
import { useFormErrors } from './useFormErrors.js';

function apiError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [new GraphQLError(message, { extensions })] });
}

describe('problemOf', () => {
  test('reads code, reason and field of an API error', () => {
    const problem = problemOf(
      apiError('Taken.', { code: 'CONFLICT', reason: 'PARTNER_CODE_TAKEN', field: 'code' }),
    );
    expect(problem).toEqual({
      message: 'Taken.',
      code: 'CONFLICT',
      reason: 'PARTNER_CODE_TAKEN',
      fieldErrors: { code: 'Taken.' },
    });
  });

  test('reads the field of a local validation error (code + field on the error)', () => {
    const error = Object.assign(new Error('Not an amount.'), {
      code: 'MONEY_DECIMAL_INVALID',
      field: 'minimumPayout',
    });
    expect(problemOf(error).fieldErrors).toEqual({ minimumPayout: 'Not an amount.' });
    expect(problemOf(error).reason).toBe('MONEY_DECIMAL_INVALID');
  });

  test('a plain error has no field errors', () => {
    expect(problemOf(new Error('Offline.'))).toMatchObject({ message: 'Offline.', fieldErrors: {} });
  });
});

describe('useFormErrors', () => {
  test('keeps errors of known fields and clears them one by one', () => {
    const { result } = renderHook(() => useFormErrors(['code', 'email'] as const));
    act(() => result.current.showError(apiError('Taken.', { code: 'CONFLICT', field: 'code' })));
    expect(result.current.fieldErrors).toEqual({ code: 'Taken.' });
    act(() => result.current.clearFieldError('code'));
    expect(result.current.fieldErrors).toEqual({});
  });

  test('an error of a field the form does not have is not shown on a field', () => {
    const { result } = renderHook(() => useFormErrors(['code'] as const));
    act(() => result.current.showError(apiError('Bad.', { code: 'BAD_USER_INPUT', field: 'other' })));
    expect(result.current.fieldErrors).toEqual({});
  });
});
