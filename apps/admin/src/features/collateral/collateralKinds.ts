import type { CollateralKind } from '../../gql/graphql';

export const COLLATERAL_KIND_LABELS: Record<CollateralKind, string> = {
  BANNER: 'Banners',
  EMAIL_SWIPE: 'Email swipes',
  SNIPPET: 'Snippets',
  FILE: 'Files',
};

export const COLLATERAL_KIND_ORDER: CollateralKind[] = ['BANNER', 'EMAIL_SWIPE', 'SNIPPET', 'FILE'];

/** `12 KiB`, `1.5 MiB`. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
