// Adding a passkey: the password again (the server's step-up), a name the user will recognise, then the
// browser's own dialog. Used on the account page and, for a pending enrolment, on the enrol page.
import { Button, Text, TextInput } from '@mantine/core';
import { startRegistration } from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passkeysApi } from '../../api/passkeys.ts';
import { FormStack } from '../../components/FormStack.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { isPasswordError, passkeyErrorMessage } from './passkeyErrors.ts';

async function addPasskey(password: string, name: string) {
  const optionsJSON = await passkeysApi.registrationOptions(password);
  const response = await startRegistration({ optionsJSON });
  return passkeysApi.register(name, response);
}

export function AddPasskeyForm({ onAdded }: { onAdded: (next: 'done' | null) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => addPasskey(password, name.trim()),
    onSettled: () => setPassword(''),
    onSuccess: (result) => {
      setName('');
      onAdded(result.next);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }

  const message = passkeyErrorMessage(t, add.error);
  const passwordWrong = isPasswordError(add.error);
  return (
    <FormStack onSubmit={submit}>
      <TextInput
        label={t('passkeys.name')}
        description={t('passkeys.nameHelp')}
        name="passkeyName"
        autoComplete="off"
        maxLength={100}
        required
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <PasswordField
        label={t('passkeys.password')}
        description={t('passkeys.passwordHelp')}
        autoComplete="current-password"
        required
        value={password}
        error={passwordWrong ? message : undefined}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      {message && !passwordWrong && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
      <Button type="submit" loading={add.isPending} disabled={!password || !name.trim()}>
        {t('passkeys.add')}
      </Button>
    </FormStack>
  );
}
