// "Use a passkey" on the second sign-in step: asks the server for a challenge naming the account's
// passkeys, lets the browser sign it, and sends the answer back.
import { Button, Stack, Text } from '@mantine/core';
import { startAuthentication } from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { passkeysApi } from '../../api/passkeys.ts';
import { passkeyErrorMessage } from './passkeyErrors.ts';

async function signInWithPasskey() {
  const optionsJSON = await passkeysApi.authenticationOptions();
  const response = await startAuthentication({ optionsJSON });
  return passkeysApi.authenticate(response);
}

export function PasskeySignInButton({
  onSignedIn,
  primary,
}: {
  onSignedIn: () => Promise<void> | void;
  /** The only way in (the role requires a passkey): a filled button rather than an outlined one. */
  primary: boolean;
}) {
  const { t } = useTranslation();
  const passkey = useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: async () => onSignedIn(),
  });
  const message = passkeyErrorMessage(t, passkey.error);
  return (
    <Stack gap="xs">
      <Button
        type="button"
        variant={primary ? 'filled' : 'default'}
        loading={passkey.isPending}
        onClick={() => passkey.mutate()}
        fullWidth
      >
        {t('passkeys.usePasskey')}
      </Button>
      {message && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
    </Stack>
  );
}
