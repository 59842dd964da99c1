import type {
  PartnerDetailFieldsFragment,
  PartnerStatus,
  PayoutMethod,
  UpdatePartnerInput,
} from '../../gql/graphql';

/** What the partner form edits; the cookie window is '' while its field is empty. */
export interface PartnerEditValues {
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

/** Only what the person changed: untouched fields are left out of the update. */
export function changedPartnerInput(saved: PartnerEditValues, edited: PartnerEditValues): UpdatePartnerInput {
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

export function partnerEditValuesOf(partner: PartnerDetailFieldsFragment): PartnerEditValues {
  return {
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
