// Setting up the second step. A passkey is offered first: it cannot be phished, and a role listed in
// HAVEN_PASSKEY_REQUIRED_ROLES accepts nothing else. The authenticator app stays one click away, unless
// the server has said (passkey_required) that this account may not use it.
import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { meQuery, setPendingMfa } from '../../session/session.ts';
import { MfaEnrolPage } from '../auth/MfaEnrolPage.tsx';
import { AddPasskeyForm } from './AddPasskeyForm.tsx';

export function SecondFactorEnrolPage() {
  const { t } = useTranslation();
  usePageTitle(t('mfaEnrol.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<'passkey' | 'app'>('passkey');
  const [passkeyRequired, setPasskeyRequired] = useState(false);

  async function added(next: 'done' | null) {
    // 'done': this passkey finished a pending sign-in; otherwise the user was already signed in.
    if (next === 'done') setPendingMfa(null);
    queryClient.removeQueries({ queryKey: meQuery.queryKey });
    await navigate({ to: next === 'done' ? '/' : '/account/passkeys' });
  }

  if (method === 'app')
    return (
      <Stack gap="sm">
        <MfaEnrolPage
          onPasskeyRequired={() => {
            setPasskeyRequired(true);
            setMethod('passkey');
          }}
        />
        <Anchor component="button" type="button" size="sm" onClick={() => setMethod('passkey')}>
          {t('passkeys.usePasskeyInstead')}
        </Anchor>
      </Stack>
    );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('mfaEnrol.title')}
        </Title>
        {passkeyRequired ? (
          <Alert color="yellow" variant="light" role="status">
            {t('passkeys.enrolRequired')}
          </Alert>
        ) : (
          <Text size="sm">{t('passkeys.enrolIntro')}</Text>
        )}
        <AddPasskeyForm onAdded={(next) => void added(next)} />
        {!passkeyRequired && (
          <Anchor component="button" type="button" size="sm" onClick={() => setMethod('app')}>
            {t('passkeys.useApp')}
          </Anchor>
        )}
        <AnchorLink to="/sign-in" size="sm">
          {t('common.backToSignIn')}
        </AnchorLink>
      </Stack>
    </Paper>
  );
}
