import { DomainError } from '../errors/domain-error.js';
import { PartnerErrorCode } from './partner.errors.js';

/**
 * Checks that giving `partnerId` the parent `parentId` keeps the partner tree free of cycles: the partner
 * may not be its own parent nor an ancestor of its new parent.
 *
 * `parentOf` returns the current parent id of any partner (or null). It is called at most once per ancestor;
 * a chain that loops already (corrupt data) is also reported as a cycle instead of looping forever.
 *
 * @throws DomainError `PARTNER_PARENT_CYCLE` (field `parentId`) when the change would create a cycle.
 */
export function assertNoParentCycle(
  partnerId: string,
  parentId: string | null,
  parentOf: (id: string) => string | null,
): void {
  const seen = new Set<string>();
  let current = parentId;
  while (current !== null) {
    if (current === partnerId || seen.has(current)) {
      throw new DomainError(
        PartnerErrorCode.ParentCycle,
        'A partner cannot be its own ancestor: this parent would create a cycle.',
        'parentId',
      );
    }
    seen.add(current);
    current = parentOf(current);
  }
}
