import { Anchor } from '@mantine/core';
import { MoneyText, notifySuccess, PageHeader, RecordPage } from '@partnerkit/ui';
import type { ProgramFieldsFragment } from '../../gql/graphql';
import { Link, useNavigate, useParams } from 'react-router';
import { ProgramForm } from './ProgramForm';
import { ProgramPartners } from './ProgramPartners';
import { ProgramPreviewPanel } from './ProgramPreviewPanel';
import { ProgramSignupLinks } from './ProgramSignupLinks';
import { programFormValuesOf, programInputOf } from './programFormValues';
import { useProgram } from './useProgram';
import { useUpdateProgram } from './useUpdateProgram';

export function ProgramDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { program, ...status } = useProgram(id);
  return (
    <RecordPage
      record={program}
      status={status}
      noun="program"
      backLabel="Back to programs"
      onBack={() => void navigate('/programs')}
    >
      {(loaded) => <ProgramDetails program={loaded} />}
    </RecordPage>
  );
}

function ProgramDetails({ program }: { program: ProgramFieldsFragment }) {
  const { updateProgram, saving } = useUpdateProgram();
  return (
    <>
      <Anchor component={Link} to="/programs" size="sm">
        ← Programs
      </Anchor>
      <PageHeader
        title={program.name}
        description={
          <>
            {program.currency} · {program.levels} level{program.levels === 1 ? '' : 's'} · minimum payout{' '}
            <MoneyText money={program.minimumPayout} />
          </>
        }
      />
      <ProgramForm
        key={program.updatedAt}
        initialValues={programFormValuesOf(program)}
        submitLabel="Save"
        busy={saving}
        onSubmit={async (values) => {
          const saved = await updateProgram(program.id, programInputOf(values));
          notifySuccess(`Program ${saved.name} saved.`);
        }}
        renderPreview={(form) => (
          <ProgramPreviewPanel
            programId={program.id}
            inputOf={() => programInputOf(form.values)}
            onStart={form.clearFieldErrors}
            onError={form.showError}
          />
        )}
      />
      <ProgramSignupLinks programId={program.id} open={program.signupOpen} />
      <ProgramPartners programId={program.id} />
    </>
  );
}
