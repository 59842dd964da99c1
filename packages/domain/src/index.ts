/**
 * @partnerkit/domain: every rule of Partnerkit as pure functions. See README.md for an overview.
 */
export * from './errors/index.js';
export * from './partners/index.js';
export * from './money/index.js';
