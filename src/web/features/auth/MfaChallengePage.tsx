import { Anchor, Button, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { meQuery, setPendingMfa } from '../../session/session.ts';

export function MfaChallengePage() {
  const { t } = useTranslation();
  usePageTitle(t('mfaChallenge.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  const verify = useMutation({
    mutationFn: () =>
      authApi.verifyMfa(useRecovery ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') }),
    onSuccess: async () => {
      setPendingMfa(null);
      queryClient.removeQueries({ queryKey: meQuery.queryKey });
      await navigate({ to: '/' });
    },
    onError: () => setValue(''),
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
