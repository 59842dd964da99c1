import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { problemOf } from '@partnerkit/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PartnerStatus } from '../../gql/graphql';
import { SIGNUP_FORM } from './graphql/signupForm';
import { SignupForm } from './SignupForm';

/** Tells the page that embeds the form (embed snippet) how tall it is. */
function useReportHeight(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      window.parent.postMessage({ partnerkitSignupHeight: element.scrollHeight + 32 }, '*'),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}

/** The hosted public signup page of a program: `/portal/signup/:programId[?parent=CODE][&embed=1]`. */
export function SignupPage() {
  const { programId = '' } = useParams();
  const [params] = useSearchParams();
  const embedded = params.get('embed') === '1';
  const parentCode = params.get('parent') ?? '';
  const { data, loading, error } = useQuery(SIGNUP_FORM, { variables: { programId } });
  const [done, setDone] = useState<{ code: string; status: PartnerStatus } | null>(null);
  const ref = useReportHeight(embedded);
  const form = data?.signupForm;

  let content;
  if (done) {
    content = (
      <Stack>
        <Title order={2}>{done.status === 'ACTIVE' ? 'Welcome aboard!' : 'Thank you for applying'}</Title>
        <Text>
          {done.status === 'ACTIVE'
            ? `Your partner account ${done.code} is active. We sent you an email with your links.`
            : `Your application (partner code ${done.code}) is waiting for approval. We sent you a confirmation email and will write again once it is reviewed.`}
        </Text>
        <Anchor component={Link} to="/" target={embedded ? '_top' : undefined}>
          Sign in to the partner portal
        </Anchor>
      </Stack>
    );
  } else if (form) {
    content = (
      <Stack>
        <div>
          <Title order={2}>Become a partner</Title>
          <Text c="dimmed">{form.programName}</Text>
        </div>
        {form.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {form.notes}
          </Text>
        )}
        <SignupForm form={form} parentCode={parentCode} onSignedUp={setDone} />
        {!embedded && (
          <Text size="sm">
            Already a partner?{' '}
            <Anchor component={Link} to="/">
              Sign in
            </Anchor>
          </Text>
        )}
      </Stack>
    );
  } else if (loading) {
    content = (
      <Center p="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  } else {
    content = (
      <Alert color="red" title="This signup form is not available">
        {error && problemOf(error).code !== 'NOT_FOUND'
          ? problemOf(error).message
          : 'The program does not exist or does not accept applications.'}
      </Alert>
    );
  }

  return (
    <>
      <title>{form ? `Join ${form.programName}` : 'Partner signup'}</title>
      <Box ref={ref} p={embedded ? 'xs' : undefined}>
        {embedded ? (
          content
        ) : (
          <Container size={520} py="xl">
            <Paper withBorder p="xl" radius="md">
              {content}
            </Paper>
          </Container>
        )}
      </Box>
    </>
  );
}
