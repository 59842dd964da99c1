import { useQuery } from '@apollo/client/react';
import { MY_RECRUITING } from './graphql/myRecruiting';

/** The portal's own signup page of a program, with the partner as the recruiter (`?parent=CODE`). */
export function recruitingLink(origin: string, base: string, programId: string, code: string): string {
  const path = `${base.replace(/\/?$/, '/')}signup/${encodeURIComponent(programId)}`;
  return `${origin}${path}?parent=${encodeURIComponent(code)}`;
}

/** The programs of the signed-in partner that pay levels (recruits earn them overrides), with their recruiting links. */
export function useRecruiting() {
  const { data, loading, error } = useQuery(MY_RECRUITING);
  const partner = data?.me?.partner ?? null;
  const programs = (partner?.programs ?? [])
    .filter((program) => program.levels > 1)
    .map((program) => ({
      ...program,
      link: recruitingLink(window.location.origin, import.meta.env.BASE_URL, program.id, partner!.code),
    }));
  return { paysLevels: programs.length > 0, programs, loaded: data !== undefined, loading, error };
}
