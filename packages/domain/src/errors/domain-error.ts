/**
 * Every rule of the domain that refuses input throws a {@link DomainError} with a stable, machine-readable
 * `code` (SCREAMING_SNAKE, never reworded once published) and, where one input field is at fault, its `field`.
 * The API maps codes to GraphQL `extensions.code` in one place; clients may rely on `code` and `field`.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

/** True when `error` is a {@link DomainError}, optionally with the given code. */
export function isDomainError(error: unknown, code?: string): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
