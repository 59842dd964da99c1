import { Button } from '@mantine/core';
import { useViewAsPartner } from './useViewAsPartner';

/** Opens the partner's portal, as the partner sees it, read only, in a new tab. */
export function ViewAsPartnerButton({ partnerId }: { partnerId: string }) {
  const { viewAsPartner, starting } = useViewAsPartner(partnerId);
  return (
    <Button variant="default" size="xs" loading={starting} onClick={() => void viewAsPartner()}>
      View as partner
    </Button>
  );
}
