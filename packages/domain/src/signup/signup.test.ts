import { describe, expect, test } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import {
  assertTemplateText,
  defineCustomFields,
  parseCustomFieldValues,
  renderTemplateText,
  type CustomFieldDefinition,
} from './index.js';

const FIELDS: CustomFieldDefinition[] = [
  { key: 'website', label: 'Website', type: 'TEXT', required: true, options: [] },
  { key: 'audience', label: 'Audience size', type: 'NUMBER', required: false, options: [] },
  { key: 'channel', label: 'Channel', type: 'CHOICE', required: false, options: ['Blog', 'Video'] },
  { key: 'terms', label: 'I accept the terms', type: 'CHECKBOX', required: true, options: [] },
];

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return [error.code, error.field];
    throw error;
  }
  return null;
};

describe('custom fields', () => {
  test('types the answers, accepting CSV text', () => {
    expect(
      parseCustomFieldValues(FIELDS, {
        website: ' x.test ',
        audience: '1200',
        channel: 'Video',
        terms: 'yes',
      }),
    ).toEqual({ website: 'x.test', audience: 1200, channel: 'Video', terms: true });
  });

  test.each([
    [{ terms: true }, 'CUSTOM_FIELD_REQUIRED', 'customFields.website'],
    [{ website: 'a', terms: false }, 'CUSTOM_FIELD_REQUIRED', 'customFields.terms'],
    [{ website: 'a', terms: true, audience: 'many' }, 'CUSTOM_FIELD_INVALID', 'customFields.audience'],
    [{ website: 'a', terms: true, channel: 'Radio' }, 'CUSTOM_FIELD_INVALID', 'customFields.channel'],
    [{ website: 'a', terms: true, shoe: '42' }, 'CUSTOM_FIELD_UNKNOWN', 'customFields.shoe'],
  ])('refuses %j', (raw, code, field) => {
    expect(codeOf(() => parseCustomFieldValues(FIELDS, raw))).toEqual([code, field]);
  });

  test.each([
    [[{ ...FIELDS[0]!, key: 'Bad key' }], 'SIGNUP_FIELD_KEY_INVALID', 'signupFields[0].key'],
    [[FIELDS[0]!, FIELDS[0]!], 'SIGNUP_FIELD_KEY_DUPLICATE', 'signupFields[1].key'],
    [[{ ...FIELDS[2]!, options: [] }], 'SIGNUP_FIELD_OPTIONS_INVALID', 'signupFields[0].options'],
    [[{ ...FIELDS[0]!, label: ' ' }], 'SIGNUP_FIELD_LABEL_INVALID', 'signupFields[0].label'],
  ])('refuses a form definition (%#)', (fields, code, field) => {
    expect(codeOf(() => defineCustomFields(fields))).toEqual([code, field]);
  });
});

describe('email templates', () => {
  test('renders merge fields', () => {
    expect(renderTemplateText('Hi {{ name }}, {{code}}!', { name: 'Ann', code: 'ann1' })).toBe(
      'Hi Ann, ann1!',
    );
  });

  test('refuses unknown merge fields and fields of another kind', () => {
    expect(codeOf(() => assertTemplateText('WELCOME', 'Hi {{nme}}', 'body'))).toEqual([
      'EMAIL_TEMPLATE_MERGE_FIELD_UNKNOWN',
      'body',
    ]);
    expect(codeOf(() => assertTemplateText('WELCOME', '{{amount}}', 'subject'))?.[1]).toBe('subject');
    expect(
      codeOf(() => assertTemplateText('PAYMENT_SENT', '{{amount}} {{trackingLink}}', 'body')),
    ).toBeNull();
  });
});
