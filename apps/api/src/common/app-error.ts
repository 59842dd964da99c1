/**
 * Error categories a client can rely on; they become GraphQL `extensions.code` (one mapper:
 * `graphql/format-error.ts`). `reason` is the specific, stable cause (e.g. `PARTNER_CODE_TAKEN`) and `field`
 * names the input at fault, so a form can show the message next to it.
 */
export type ErrorCategory =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class AppError extends Error {
  constructor(
    readonly category: ErrorCategory,
    readonly reason: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (reason: string, message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', reason, message, field);
export const notFound = (what: string, field?: string) =>
  new AppError(
    'NOT_FOUND',
    `${what.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`,
    `${what} not found.`,
    field,
  );
export const conflict = (reason: string, message: string, field?: string) =>
  new AppError('CONFLICT', reason, message, field);
export const unauthenticated = (message = 'Sign in first.') =>
  new AppError('UNAUTHENTICATED', 'UNAUTHENTICATED', message);
export const forbidden = (message = 'You may not do this.') =>
  new AppError('FORBIDDEN', 'FORBIDDEN', message);
export const tooManyRequests = (message = 'Too many attempts; try again in a few minutes.') =>
  new AppError('TOO_MANY_REQUESTS', 'RATE_LIMITED', message);
