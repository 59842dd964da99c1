import { DomainError } from '@partnerkit/domain';

/**
 * Runs a domain function and names its error's field as the caller's input does (the domain says `amount`
 * where the input says `amountMinor`, `orderDiscountMinor` where it says `discountMinor`).
 */
export function withInputField<T>(run: () => T, domainField: string, inputField: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.field === domainField) {
      throw new DomainError(error.code, error.message, inputField);
    }
    throw error;
  }
}
