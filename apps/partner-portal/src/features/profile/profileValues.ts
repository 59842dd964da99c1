import { type PayoutMethod, type UpdateMyProfileInput } from '../../gql/graphql';
import { type PortalPartner } from '../session/useCurrentPartner';

/** The editable profile as the form holds it: empty strings for "none". */
export interface ProfileValues {
  name: string;
  email: string;
  payoutMethod: PayoutMethod | '';
  payoutDestination: string;
  notifyOnSale: boolean;
  notifyOnPayment: boolean;
}

export type ProfileField = keyof ProfileValues;

export const PROFILE_FIELDS: ProfileField[] = [
  'name',
  'email',
  'payoutMethod',
  'payoutDestination',
  'notifyOnSale',
  'notifyOnPayment',
];

export function profileValuesOf(partner: PortalPartner): ProfileValues {
  return {
    name: partner.name,
    email: partner.email,
    payoutMethod: partner.payoutMethod ?? '',
    payoutDestination: partner.payoutDestination ?? '',
    notifyOnSale: partner.notifyOnSale,
    notifyOnPayment: partner.notifyOnPayment,
  };
}

/** Only what the partner changed, so a save never overwrites a field someone else just changed. */
export function profileChanges(saved: ProfileValues, edited: ProfileValues): UpdateMyProfileInput {
  const input: UpdateMyProfileInput = {};
  if (edited.name !== saved.name) input.name = edited.name;
  if (edited.email !== saved.email) input.email = edited.email;
  if (edited.payoutMethod !== saved.payoutMethod) input.payoutMethod = edited.payoutMethod || null;
  if (edited.payoutDestination !== saved.payoutDestination) {
    input.payoutDestination = edited.payoutDestination.trim() || null;
  }
  if (edited.notifyOnSale !== saved.notifyOnSale) input.notifyOnSale = edited.notifyOnSale;
  if (edited.notifyOnPayment !== saved.notifyOnPayment) input.notifyOnPayment = edited.notifyOnPayment;
  return input;
}

/**
 * The profile changed on the server while the form is open (an admin edit, another tab): fields the partner
 * has not touched take the new value, fields they are editing keep their edit.
 */
export function mergeServerChanges(
  before: ProfileValues,
  after: ProfileValues,
  edited: ProfileValues,
): ProfileValues {
  const merged = { ...edited };
  for (const field of PROFILE_FIELDS) {
    if (edited[field] === before[field]) (merged as Record<ProfileField, unknown>)[field] = after[field];
  }
  return merged;
}
