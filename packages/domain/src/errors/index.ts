export { DomainError, isDomainError } from './domain-error.js';
export { DOMAIN_ERROR_CODES, type DomainErrorCode } from './domain-error-code.js';
export { quoteInput } from './quote-input.js';
