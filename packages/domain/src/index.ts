/**
 * @partnerkit/domain: every rule of Partnerkit as pure functions. See README.md for an overview.
 */
export * from './errors/index.js';
export * from './partners/index.js';
export * from './money/index.js';
export * from './time/index.js';
export * from './programs/index.js';
export * from './commissions/index.js';
export * from './attribution/index.js';
export * from './lifecycle/index.js';
export * from './ledger/index.js';
export * from './sales/index.js';
export * from './preview/index.js';
export * from './clicks/index.js';
export * from './signup/index.js';
export * from './tracking/index.js';
export * from './coupons/index.js';
export * from './collateral/index.js';
