import { type ErrorCode } from './error-catalogue.js';

/**
 * An error a service raises on purpose, by its stable code (the catalogue gives its category and HTTP
 * status). `field` names the caller's input at fault, as the caller sent it (`referral.programId`,
 * `items[2].sku`), so a form can show the message next to it.
 */
export class AppError extends Error {
  /** Seconds after which a retry may succeed, when it depends on the case (a rate limit's window). */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Throws the {@link AppError} of `code`: `if (!order) fail('ORDER_NOT_FOUND', 'Order not found.', 'id')`. */
export function fail(code: ErrorCode, message: string, field?: string): never {
  throw new AppError(code, message, field);
}
