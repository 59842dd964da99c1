import { runtimeConfig } from '@partnerkit/ui';

/**
 * Where the partner portal lives: `portalUrl` of `config.js` when the portal is deployed elsewhere, else next
 * to this console (`/admin/` -> `/portal/`).
 */
export function portalBaseUrl(origin: string = window.location.origin): string {
  return runtimeConfig().portalUrl ?? `${origin}/portal`;
}

/** The hosted signup page, the recruiting link form and the embeddable snippet of a program. */
export function signupLinksOf(programId: string, origin: string = window.location.origin) {
  const page = `${portalBaseUrl(origin)}/signup/${programId}`;
  return {
    page,
    recruitingLink: `${page}?parent=PARTNER_CODE`,
    snippet: `<div id="partnerkit-signup"></div>\n<script src="${origin}/embed/signup.js?program=${programId}" data-target="#partnerkit-signup"></script>`,
  };
}
