import { MoneyText, notifySuccess, PageHeader } from '@partnerkit/ui';
import type { ProgramFieldsFragment } from '../../gql/graphql';
import { RecordRoute } from '../session/RecordRoute';
import { ProgramForm } from './ProgramForm';
import { ProgramPartners } from './ProgramPartners';
import { ProgramPreviewPanel } from './ProgramPreviewPanel';
import { ProgramSignupLinks } from './ProgramSignupLinks';
import { programFormValuesOf, programInputOf } from './programFormValues';
import { useProgram } from './useProgram';
import { useUpdateProgram } from './useUpdateProgram';

export function ProgramDetailPage() {
  return (
    <RecordRoute useRecord={useProgram} noun="program" list={{ path: '/programs', label: 'Programs' }}>
      {(program) => <ProgramDetails program={program} />}
    </RecordRoute>
  );
}

function ProgramDetails({ program }: { program: ProgramFieldsFragment }) {
  const { updateProgram, saving } = useUpdateProgram();
  return (
    <>
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
