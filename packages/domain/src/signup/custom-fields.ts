import { DomainError } from '../errors/domain-error.js';
import { SignupErrorCode } from './signup.errors.js';

export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'CHOICE', 'CHECKBOX'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A question of a program's signup form whose answer is stored on the partner under `key`. */
export interface CustomFieldDefinition {
  readonly key: string;
  readonly label: string;
  readonly type: CustomFieldType;
  readonly required: boolean;
  /** CHOICE: the allowed answers (1 to 50, unique); empty for the other types. */
  readonly options: readonly string[];
}

export type CustomFieldValue = string | number | boolean;

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const MAX_FIELDS = 30;
const MAX_TEXT = 500;

/**
 * Validates the custom fields of a signup form. Keys are 1 to 40 characters of letters, digits and `_`,
 * starting with a lower-case letter (they become JSON keys and CSV columns `custom.<key>`), unique per
 * form; labels 1 to 120 characters; CHOICE fields list 1 to 50 unique options. Returns the normalised list.
 *
 * @throws DomainError with the field path `signupFields[i].key|label|options`.
 */
export function defineCustomFields(
  fields: readonly CustomFieldDefinition[],
  path = 'signupFields',
): CustomFieldDefinition[] {
  if (fields.length > MAX_FIELDS) {
    throw new DomainError(SignupErrorCode.TooManyFields, `A form has at most ${MAX_FIELDS} fields.`, path);
  }
  const seen = new Set<string>();
  return fields.map((field, index) => {
    const at = `${path}[${index}]`;
    const key = field.key.trim();
    if (!KEY.test(key)) {
      throw new DomainError(
        SignupErrorCode.FieldKeyInvalid,
        'A field key is 1 to 40 letters, digits or "_", starting with a lower-case letter.',
        `${at}.key`,
      );
    }
    if (seen.has(key)) {
      throw new DomainError(
        SignupErrorCode.FieldKeyDuplicate,
        `The key "${key}" is used twice.`,
        `${at}.key`,
      );
    }
    seen.add(key);
    const label = field.label.trim();
    if (label.length === 0 || label.length > 120) {
      throw new DomainError(
        SignupErrorCode.FieldLabelInvalid,
        'A label has 1 to 120 characters.',
        `${at}.label`,
      );
    }
    const options = field.type === 'CHOICE' ? field.options.map((option) => option.trim()) : [];
    if (
      field.type === 'CHOICE' &&
      (options.length === 0 ||
        options.length > 50 ||
        options.some((option) => option.length === 0 || option.length > 120) ||
        new Set(options).size !== options.length)
    ) {
      throw new DomainError(
        SignupErrorCode.FieldOptionsInvalid,
        'A choice lists 1 to 50 different, non-empty options.',
        `${at}.options`,
      );
    }
    return { key, label, type: field.type, required: field.required, options };
  });
}

/**
 * Checks the answers to a form's custom fields and returns them typed: TEXT a trimmed string (at most 500
 * characters), NUMBER a finite number (numeric strings accepted, as from a CSV), CHOICE one of the options,
 * CHECKBOX a boolean (`true/false/yes/no/1/0` accepted). Empty answers are left out; a required field must be
 * answered (a required CHECKBOX must be ticked: "I accept the terms"). Keys the form does not ask are refused.
 *
 * @throws DomainError with the field `customFields.<key>`.
 */
export function parseCustomFieldValues(
  fields: readonly CustomFieldDefinition[],
  raw: Readonly<Record<string, unknown>>,
): Record<string, CustomFieldValue> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  for (const key of Object.keys(raw)) {
    if (!byKey.has(key)) {
      throw new DomainError(
        SignupErrorCode.ValueUnknown,
        `The form has no field "${key}".`,
        `customFields.${key}`,
      );
    }
  }
  const values: Record<string, CustomFieldValue> = {};
  for (const field of fields) {
    const at = `customFields.${field.key}`;
    const value = parseOne(field, raw[field.key], at);
    if (value === undefined || (field.type === 'CHECKBOX' && value === false && field.required)) {
      if (field.required) {
        throw new DomainError(SignupErrorCode.ValueRequired, `${field.label} is required.`, at);
      }
      if (value === undefined) continue;
    }
    values[field.key] = value;
  }
  return values;
}

function parseOne(field: CustomFieldDefinition, raw: unknown, at: string): CustomFieldValue | undefined {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const invalid = (message: string) => new DomainError(SignupErrorCode.ValueInvalid, message, at);
  switch (field.type) {
    case 'TEXT': {
      if (typeof raw !== 'string') throw invalid(`${field.label} must be text.`);
      const text = raw.trim();
      if (text.length > MAX_TEXT) throw invalid(`${field.label} has at most ${MAX_TEXT} characters.`);
      return text;
    }
    case 'NUMBER': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(number)) throw invalid(`${field.label} must be a number.`);
      return number;
    }
    case 'CHOICE': {
      const choice = typeof raw === 'string' ? raw.trim() : '';
      if (!field.options.includes(choice)) {
        throw invalid(`${field.label} must be one of: ${field.options.join(', ')}.`);
      }
      return choice;
    }
    case 'CHECKBOX': {
      if (typeof raw === 'boolean') return raw;
      const text = typeof raw === 'string' ? raw.trim().toLowerCase() : String(raw);
      if (['true', 'yes', '1', 'x'].includes(text)) return true;
      if (['false', 'no', '0'].includes(text)) return false;
      throw invalid(`${field.label} must be yes or no.`);
    }
  }
}
