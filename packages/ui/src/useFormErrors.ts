import { useCallback, useState } from 'react';
import { problemOf } from './graphql-errors.js';
import { notifyError } from './notify.js';

export interface FormErrors<Field extends string> {
  /** Server messages by form field, to pass as a field's `error`. */
  fieldErrors: Partial<Record<Field, string>>;
  /** Forget a field's message (call when the person edits that field). */
  clearFieldError: (field: Field) => void;
  /** Forget all messages (call before submitting). */
  clearFieldErrors: () => void;
  /**
   * Shows an API error: next to its field when the error names one of `fields`, otherwise as a notification.
   */
  showError: (error: unknown) => void;
}

/** Server-side validation errors of one form (extensions.field of the API's coded errors). */
export function useFormErrors<Field extends string>(fields: readonly Field[]): FormErrors<Field> {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});

  const clearFieldError = useCallback((field: Field) => {
    setFieldErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const clearFieldErrors = useCallback(() => setFieldErrors({}), []);

  const fieldKey = fields.join('\n');
  const showError = useCallback(
    (error: unknown) => {
      const known = new Set<string>(fieldKey.split('\n'));
      const matched: Partial<Record<Field, string>> = {};
      let unmatched = false;
      for (const [field, message] of Object.entries(problemOf(error).fieldErrors)) {
        if (known.has(field)) matched[field as Field] = message;
        else unmatched = true;
      }
      setFieldErrors(matched);
      if (unmatched || Object.keys(matched).length === 0) notifyError(error);
    },
    [fieldKey],
  );

  return { fieldErrors, clearFieldError, clearFieldErrors, showError };
}
