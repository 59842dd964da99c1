/** Stable codes of the signup and partner-email rules. */
export const SignupErrorCode = {
  FieldKeyInvalid: 'SIGNUP_FIELD_KEY_INVALID',
  FieldKeyDuplicate: 'SIGNUP_FIELD_KEY_DUPLICATE',
  FieldLabelInvalid: 'SIGNUP_FIELD_LABEL_INVALID',
  FieldOptionsInvalid: 'SIGNUP_FIELD_OPTIONS_INVALID',
  TooManyFields: 'SIGNUP_FIELDS_TOO_MANY',
  ValueRequired: 'CUSTOM_FIELD_REQUIRED',
  ValueInvalid: 'CUSTOM_FIELD_INVALID',
  ValueUnknown: 'CUSTOM_FIELD_UNKNOWN',
  MergeFieldUnknown: 'EMAIL_TEMPLATE_MERGE_FIELD_UNKNOWN',
  TemplateInvalid: 'EMAIL_TEMPLATE_INVALID',
} as const;
