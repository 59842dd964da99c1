import type { SignupFormQuery, SignUpPartnerInput } from '../../gql/graphql';

export type SignupFormDefinition = SignupFormQuery['signupForm'];

export interface SignupValues {
  name: string;
  email: string;
  code: string;
  password: string;
  parentCode: string;
  payoutEmail: string;
  /** Answers by key: text for TEXT/NUMBER/CHOICE, boolean for CHECKBOX. */
  answers: Record<string, string | boolean>;
}

export function emptySignupValues(form: SignupFormDefinition, parentCode: string): SignupValues {
  return {
    name: '',
    email: '',
    code: '',
    password: '',
    parentCode,
    payoutEmail: '',
    answers: Object.fromEntries(
      form.fields.map((field) => [field.key, field.type === 'CHECKBOX' ? false : '']),
    ),
  };
}

/** Field names the API may name in an error, so the form can show it next to the input. */
export const signupErrorFields = (form: SignupFormDefinition) => [
  'code',
  'name',
  'email',
  'password',
  'parentCode',
  'payoutEmail',
  ...form.fields.map((field) => `customFields.${field.key}`),
];

export function signUpInputOf(
  programId: string,
  form: SignupFormDefinition,
  values: SignupValues,
): SignUpPartnerInput {
  const customFields: Record<string, unknown> = {};
  for (const field of form.fields) {
    const answer = values.answers[field.key];
    if (typeof answer === 'boolean') customFields[field.key] = answer;
    else if (answer && answer.trim() !== '') customFields[field.key] = answer.trim();
  }
  return {
    programId,
    name: values.name.trim(),
    email: values.email.trim(),
    code: values.code.trim(),
    password: values.password,
    parentCode: values.parentCode.trim() || null,
    payoutEmail: form.asksPayoutEmail ? values.payoutEmail.trim() || null : null,
    customFields,
  };
}
