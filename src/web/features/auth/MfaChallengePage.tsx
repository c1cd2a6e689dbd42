import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { authApi } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { meQuery, setPendingMfa } from '../../session/session.ts';
import { PasskeySignInButton } from '../passkeys/PasskeySignInButton.tsx';

export function MfaChallengePage() {
  const { t } = useTranslation();
  usePageTitle(t('mfaChallenge.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  // The page cannot ask /api/me before the second step, so it learns that the role requires a passkey
  // from the server's refusal of a code (passkey_required) and then offers only the passkey.
  const [passkeyOnly, setPasskeyOnly] = useState(false);

  async function signedIn() {
    setPendingMfa(null);
    queryClient.removeQueries({ queryKey: meQuery.queryKey });
    await navigate({ to: '/' });
  }

  const verify = useMutation({
    mutationFn: () =>
      authApi.verifyMfa(useRecovery ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') }),
    onSuccess: signedIn,
    onError: (error) => {
      setValue('');
      if (error instanceof ApiError && error.code === 'passkey_required') setPasskeyOnly(true);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    verify.mutate();
  }

  function toggleMode() {
    setUseRecovery((current) => !current);
    setValue('');
    verify.reset();
  }

  if (passkeyOnly)
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('mfaChallenge.title')}
          </Title>
          <Text size="sm">{t('passkeys.requiredHelp')}</Text>
          <PasskeySignInButton onSignedIn={signedIn} primary />
          <AnchorLink to="/sign-in" size="sm">
            {t('common.backToSignIn')}
          </AnchorLink>
        </Stack>
      </Paper>
    );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={1} size="h2">
          {t('mfaChallenge.title')}
        </Title>
        <Text size="sm">{useRecovery ? t('mfaChallenge.recoveryHelp') : t('mfaChallenge.codeHelp')}</Text>
        <ErrorAlert error={verify.error} />
        {useRecovery ? (
          <TextInput
            key="recovery"
            label={t('mfaChallenge.recoveryCode')}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            data-autofocus
          />
        ) : (
          <TextInput
            key="code"
            label={t('mfaChallenge.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            required
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            data-autofocus
          />
        )}
        <Button type="submit" loading={verify.isPending} disabled={!value.trim()} fullWidth>
          {t('mfaChallenge.submit')}
        </Button>
        <Text size="sm">{t('passkeys.challengeHelp')}</Text>
        <PasskeySignInButton onSignedIn={signedIn} primary={false} />
        <Anchor component="button" type="button" size="sm" onClick={toggleMode}>
          {useRecovery ? t('mfaChallenge.useCode') : t('mfaChallenge.useRecovery')}
        </Anchor>
        <AnchorLink to="/sign-in" size="sm">
          {t('common.backToSignIn')}
        </AnchorLink>
      </FormStack>
    </Paper>
  );
}
