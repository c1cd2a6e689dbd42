import { Alert, Button, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/endpoints.ts';
import { PasswordField } from '../../components/PasswordField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { clearSession, setPendingMfa } from '../../session/session.ts';

const route = getRouteApi('/public/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { reason } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () => authApi.login(username.trim(), password),
    onSuccess: async ({ next }) => {
      // Whatever was cached belonged to an earlier session.
      clearSession(queryClient);
      if (next === 'done') {
        await navigate({ to: '/' });
      } else {
        setPendingMfa(next);
        await navigate({ to: next === 'mfa-enrol' ? '/mfa/enrol' : '/mfa/challenge' });
      }
    },
    onError: () => setPassword(''),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <FormStack onSubmit={submit}>
        <div>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('signIn.subtitle')}
          </Text>
        </div>
        {reason && !login.isError && (
          <Alert color={reason === 'expired' ? 'yellow' : 'blue'} variant="light" role="status">
            {t(`signIn.reason.${reason}`)}
          </Alert>
        )}
        <ErrorAlert error={login.error} title={t('signIn.failed')} />
        <TextInput
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          data-autofocus
        />
        <PasswordField
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </FormStack>
    </Paper>
  );
}
