// Where this SPA finds the Partnerkit API. Same origin by default; for another origin, for example:
// window.PARTNERKIT_CONFIG = { apiUrl: 'https://partners-api.example.com/graphql' };
window.PARTNERKIT_CONFIG = window.PARTNERKIT_CONFIG || {};
