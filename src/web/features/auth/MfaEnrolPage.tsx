// Two-step verification enrolment: scan (or type) the secret, prove it with a code, then keep the
// recovery codes, which the server shows only this once.
import { Button, Center, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { authApi } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';

/** Groups of four are easier to copy by hand into an authenticator app. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** `onPasskeyRequired`: the server refused the app because the role must use a passkey. */
export function MfaEnrolPage({ onPasskeyRequired }: { onPasskeyRequired?: () => void } = {}) {
  const { t } = useTranslation();
  usePageTitle(t('mfaEnrol.title'));
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');

  // Step-up: the server asks for the password again before it hands out a new secret.
  const enrolment = useMutation({
    mutationFn: () => authApi.startMfaEnrolment(password),
    onSettled: () => setPassword(''),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'passkey_required') onPasskeyRequired?.();
    },
  });
  const confirm = useMutation({
    mutationFn: () => authApi.confirmMfaEnrolment(code.replace(/\s/g, '')),
    onError: () => setCode(''),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate();
  }

  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} />;

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('mfaEnrol.title')}
        </Title>
        <Text size="sm">{t('mfaEnrol.intro')}</Text>
        {!enrolment.data && (
          <FormStack
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              enrolment.mutate();
            }}
          >
            <Text size="sm">{t('stepUp.help')}</Text>
            <ErrorAlert error={enrolment.error} />
            <PasswordField
              label={t('stepUp.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={enrolment.isPending} disabled={!password} fullWidth>
              {t('stepUp.continue')}
            </Button>
            <AnchorLink to="/sign-in">{t('common.backToSignIn')}</AnchorLink>
          </FormStack>
        )}
        {enrolment.data && (
          <>
            <Center>
              <Image
                src={enrolment.data.qrDataUrl}
                alt={t('mfaEnrol.qrAlt')}
                w={200}
                h={200}
                fit="contain"
                bd="1px solid gray.3"
              />
            </Center>
            <Text size="sm">{t('mfaEnrol.manual')}</Text>
            <Text
              ff="monospace"
              fz="md"
              ta="center"
              p="sm"
              bg="gray.1"
              style={{ wordSpacing: '0.2em', borderRadius: 'var(--mantine-radius-md)' }}
              data-testid="mfa-secret"
              aria-label={t('mfaEnrol.secretLabel')}
            >
              {groupSecret(enrolment.data.secret)}
            </Text>
            <FormStack onSubmit={submit}>
              <ErrorAlert error={confirm.error} />
              <TextInput
                label={t('mfaEnrol.code')}
                description={t('mfaEnrol.codeHelp')}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={6}
                required
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
              />
              <Button type="submit" loading={confirm.isPending} fullWidth>
                {t('mfaEnrol.confirm')}
              </Button>
            </FormStack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
