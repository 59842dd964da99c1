import type {
  CreatePartnerInput,
  PartnerDetailFieldsFragment,
  PartnerStatus,
  PayoutMethod,
  UpdatePartnerInput,
} from '../../gql/graphql';

/** What the partner form edits; the cookie window is '' while its field is empty. */
export interface PartnerFormValues {
  code: string;
  name: string;
  email: string;
  status: PartnerStatus;
  parentCode: string;
  programIds: string[];
  cookieWindowDays: number | '';
  payoutMethod: PayoutMethod | '';
  payoutDestination: string;
  password: string;
}

/** The form of a partner not yet enrolled: active unless said otherwise. */
export const NEW_PARTNER_VALUES: PartnerFormValues = {
  code: '',
  name: '',
  email: '',
  status: 'ACTIVE',
  parentCode: '',
  programIds: [],
  cookieWindowDays: '',
  payoutMethod: '',
  payoutDestination: '',
  password: '',
};

/** A new partner as the API creates it (it takes no cookie window or payout details at creation). */
export function newPartnerInput(values: PartnerFormValues): CreatePartnerInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    email: values.email.trim(),
    status: values.status,
    parentCode: values.parentCode.trim() || null,
    programIds: values.programIds,
    password: values.password || null,
  };
}

/** Only what the person changed: untouched fields are left out of the update. */
export function changedPartnerInput(saved: PartnerFormValues, edited: PartnerFormValues): UpdatePartnerInput {
  const input: UpdatePartnerInput = {};
  const name = edited.name.trim();
  const email = edited.email.trim();
  const parentCode = edited.parentCode.trim().toLowerCase();
  const payoutDestination = edited.payoutDestination.trim();
  if (name !== saved.name) input.name = name;
  if (email !== saved.email) input.email = email;
  if (edited.status !== saved.status) input.status = edited.status;
  if (parentCode !== saved.parentCode) input.parentCode = parentCode || null;
  if ([...edited.programIds].sort().join() !== [...saved.programIds].sort().join()) {
    input.programIds = edited.programIds;
  }
  if (edited.cookieWindowDays !== saved.cookieWindowDays) {
    input.cookieWindowDays = edited.cookieWindowDays === '' ? null : edited.cookieWindowDays;
  }
  if (edited.payoutMethod !== saved.payoutMethod) input.payoutMethod = edited.payoutMethod || null;
  if (payoutDestination !== saved.payoutDestination) input.payoutDestination = payoutDestination || null;
  if (edited.password) input.password = edited.password;
  return input;
}

/** The form of a saved partner (no password: one is only ever set, never shown). */
export function partnerFormValuesOf(partner: PartnerDetailFieldsFragment): PartnerFormValues {
  return {
    code: partner.code,
    name: partner.name,
    email: partner.email,
    status: partner.status,
    parentCode: partner.parent?.code ?? '',
    programIds: partner.programs.map((program) => program.id),
    cookieWindowDays: partner.cookieWindowDays ?? '',
    payoutMethod: partner.payoutMethod ?? '',
    payoutDestination: partner.payoutDestination ?? '',
    password: '',
  };
}
