// Where this SPA finds the Partnerkit API. Same origin by default; for another origin, for example:
// window.PARTNERKIT_CONFIG = { apiUrl: 'https://partners-api.example.com/graphql' };
// and, when the partner portal is on another origin too (for "View as partner" and the signup links):
// window.PARTNERKIT_CONFIG = { apiUrl: '…', portalUrl: 'https://partners.example.com/portal' };
window.PARTNERKIT_CONFIG = window.PARTNERKIT_CONFIG || {};
