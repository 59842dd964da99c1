import { CombinedGraphQLErrors } from '@apollo/client';

export interface ProblemDetails {
  /** The first error's message, fit to show a person. */
  message: string;
  /** Stable category (`BAD_USER_INPUT`, `CONFLICT`, `UNAUTHENTICATED`, ...). */
  code: string | undefined;
  /** Stable specific cause (`PARTNER_CODE_TAKEN`, ...). */
  reason: string | undefined;
  /** Messages by input field, to show next to the field in a form. */
  fieldErrors: Record<string, string>;
}

/** Reads the API's coded errors (extensions.code / reason / field) out of any Apollo error. */
export function problemOf(error: unknown): ProblemDetails {
  if (CombinedGraphQLErrors.is(error)) {
    const fieldErrors: Record<string, string> = {};
    for (const item of error.errors) {
      const field = item.extensions?.field;
      if (typeof field === 'string' && !(field in fieldErrors)) fieldErrors[field] = item.message;
    }
    const first = error.errors[0];
    return {
      message: first?.message ?? 'Something went wrong.',
      code: typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined,
      reason: typeof first?.extensions?.reason === 'string' ? first.extensions.reason : undefined,
      fieldErrors,
    };
  }
  if (error instanceof Error) {
    // A local validation error with a stable code and field (e.g. @partnerkit/domain's DomainError).
    const { code, field } = error as Error & { code?: unknown; field?: unknown };
    return {
      message: error.message,
      code: undefined,
      reason: typeof code === 'string' ? code : undefined,
      fieldErrors: typeof field === 'string' ? { [field]: error.message } : {},
    };
  }
  return { message: 'Something went wrong.', code: undefined, reason: undefined, fieldErrors: {} };
}
