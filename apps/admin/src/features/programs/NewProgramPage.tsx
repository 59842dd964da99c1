import { notifySuccess, PageHeader } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import { ProgramForm } from './ProgramForm';
import { NEW_PROGRAM_VALUES, programInputOf } from './programFormValues';
import { useCreateProgram } from './useCreateProgram';
import { BackLink } from '../session/BackLink';

export function NewProgramPage() {
  const navigate = useNavigate();
  const { createProgram, creating } = useCreateProgram();
  return (
    <>
      <BackLink to="/programs">Programs</BackLink>
      <PageHeader title="New program" description="A commission program partners can join." />
      <ProgramForm
        initialValues={NEW_PROGRAM_VALUES}
        submitLabel="Create program"
        busy={creating}
        onSubmit={async (values) => {
          const program = await createProgram(programInputOf(values));
          notifySuccess(`Program ${program.name} created.`);
          navigate(`/programs/${program.id}`);
        }}
      />
    </>
  );
}
