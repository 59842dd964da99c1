import { notifyError, notifySuccess, problemOf } from '@partnerkit/ui';
import { useState, type FormEvent } from 'react';
import { type PortalPartner } from '../session/useCurrentPartner';
import {
  mergeServerChanges,
  PROFILE_FIELDS,
  profileChanges,
  profileValuesOf,
  type ProfileField,
  type ProfileValues,
} from './profileValues';
import { useUpdateMyProfile } from './useUpdateMyProfile';

/** State of the profile form: the edited values, live server changes merged in, and the API's errors. */
export function useProfileForm(partner: PortalPartner) {
  const { updateMyProfile, saving } = useUpdateMyProfile();
  const [values, setValues] = useState(() => profileValuesOf(partner));
  const [shownPartner, setShownPartner] = useState(partner);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  // The partner changed on the server (live update or our own save): adopt it where the form is untouched.
  if (shownPartner !== partner) {
    setShownPartner(partner);
    setValues(mergeServerChanges(profileValuesOf(shownPartner), profileValuesOf(partner), values));
  }

  function setField<F extends ProfileField>(field: F, value: ProfileValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors(({ [field]: _cleared, ...others }) => others);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = profileChanges(profileValuesOf(partner), values);
    if (Object.keys(input).length === 0) {
      notifySuccess('Your profile is already up to date.');
      return;
    }
    try {
      const updated = await updateMyProfile(input);
      if (updated) setValues(profileValuesOf(updated));
      setFieldErrors({});
      notifySuccess('Your profile is saved.');
    } catch (error) {
      const problem = problemOf(error);
      const known = PROFILE_FIELDS.filter((field) => problem.fieldErrors[field]);
      setFieldErrors(Object.fromEntries(known.map((field) => [field, problem.fieldErrors[field]])));
      if (known.length === 0) {
        setFormError(problem.message);
        notifyError(error);
      }
    }
  }

  return { values, setField, fieldErrors, formError, saving, submit };
}
