export type {
  Attribution,
  AttributionInput,
  AttributionMethod,
  AttributionPartner,
  AttributionProgram,
  Touch,
} from './attribution.types.js';
export { AttributionErrorCode } from './attribution.errors.js';
export { attributeConversion, splitCredit } from './attribute-conversion.js';
export { isSelfReferral, normalizeEmailForComparison } from './self-referral.js';
export { referringPartner } from './referring-partner.js';
export { defaultAttributionProgram, type ProgramRank } from './attribution-program.js';
