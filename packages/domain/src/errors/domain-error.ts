import { type DomainErrorCode } from './domain-error-code.js';

/**
 * Every rule of the domain that refuses input throws a {@link DomainError} with a stable, machine-readable
 * `code` (SCREAMING_SNAKE, never reworded once published; one of {@link DomainErrorCode}) and, where one
 * input field is at fault, its `field`. The API maps each code to its category in one catalogue; clients
 * may rely on `code` and `field`.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | undefined;

  constructor(code: DomainErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

/** True when `error` is a {@link DomainError}, optionally with the given code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
