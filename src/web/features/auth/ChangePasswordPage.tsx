import { Alert, Button, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/endpoints.ts';
import { PasswordField } from '../../components/PasswordField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { meQuery, useMe } from '../../session/session.ts';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.title'));
  const queryClient = useQueryClient();
  const mustChange = useMe().user.mustChangePassword;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && next !== repeat;

  const change = useMutation({
    mutationFn: () => authApi.changePassword(current, next),
    onSuccess: () => {
      // The server has lifted "must change password"; the cached user must learn it.
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      setCurrent('');
      setNext('');
      setRepeat('');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (next !== repeat) return;
    change.mutate();
  }

  return (
    <Paper withBorder p="xl" radius="md" maw={520}>
      <FormStack onSubmit={submit}>
        <Title order={1} size="h2">
          {t('password.title')}
        </Title>
        {mustChange && (
          <Alert color="yellow" variant="light" role="status">
            {t('firstPassword.required')}
          </Alert>
        )}
        <Text size="sm">{t('password.help')}</Text>
        {change.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t('password.changed')}
          </Alert>
        )}
        <ErrorAlert error={change.error} />
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
        />
        <PasswordField
          label={t('password.new')}
          autoComplete="new-password"
          required
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
        />
        <PasswordField
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          error={mismatch ? t('password.mismatch') : undefined}
          onChange={(event) => setRepeat(event.currentTarget.value)}
        />
        <Button type="submit" loading={change.isPending} disabled={!current || !next || mismatch}>
          {t('password.submit')}
        </Button>
      </FormStack>
    </Paper>
  );
}
