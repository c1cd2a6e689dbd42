// Account page "Passkeys": the user's passkeys (name, added, last used), adding one and removing one.
// Both changes ask for the password again, as the server does (step-up).
import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Passkey, passkeyKeys, passkeysApi } from '../../api/passkeys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { meQuery } from '../../session/session.ts';
import { AddPasskeyForm } from './AddPasskeyForm.tsx';
import { isPasswordError, passkeyErrorMessage } from './passkeyErrors.ts';

function RemovePasskeyForm({ passkey, onDone }: { passkey: Passkey; onDone: (removed: boolean) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const remove = useMutation({
    mutationFn: () => passkeysApi.remove(passkey.id, password),
    onSettled: () => setPassword(''),
    onSuccess: () => onDone(true),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate();
  }
  const message = passkeyErrorMessage(t, remove.error);
  return (
    <FormStack onSubmit={submit}>
      <Text size="sm">{t('passkeys.removeConfirm', { name: passkey.name })}</Text>
      <PasswordField
        label={t('passkeys.password')}
        autoComplete="current-password"
        required
        value={password}
        error={isPasswordError(remove.error) ? message : undefined}
        onChange={(event) => setPassword(event.currentTarget.value)}
        data-autofocus
      />
      {message && !isPasswordError(remove.error) && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
      <Group>
        <Button type="submit" color="red" loading={remove.isPending} disabled={!password}>
          {t('passkeys.remove')}
        </Button>
        <Button variant="default" onClick={() => onDone(false)}>
          {t('passkeys.cancel')}
        </Button>
      </Group>
    </FormStack>
  );
}

export function PasskeysPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('passkeys.title'));
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: passkeyKeys.mine, queryFn: passkeysApi.list });
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [notice, setNotice] = useState<'added' | 'removed' | null>(null);

  function changed(what: 'added' | 'removed') {
    setNotice(what);
    void queryClient.invalidateQueries({ queryKey: passkeyKeys.mine });
    // /api/me counts passkeys (and whether the second step is satisfied): refresh it once, on purpose.
    void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
  }

  return (
    <Paper withBorder p="xl" radius="md" maw={720}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('passkeys.title')}
        </Title>
        <Text size="sm">{t('passkeys.intro')}</Text>
        {notice && (
          <Alert color="green" variant="light" role="status">
            {t(notice === 'added' ? 'passkeys.added' : 'passkeys.removed')}
          </Alert>
        )}
        {list.isPending && <Loader />}
        <ErrorAlert error={list.error} />
        {list.data && list.data.length === 0 && <Text c="dimmed">{t('passkeys.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <TableScroller label={t('passkeys.title')} minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('passkeys.name')}</Table.Th>
                  <Table.Th>{t('passkeys.createdAt')}</Table.Th>
                  <Table.Th>{t('passkeys.lastUsedAt')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('passkeys.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((passkey) => (
                  <Table.Tr key={passkey.id}>
                    <Table.Td>{passkey.name}</Table.Td>
                    <Table.Td>{formatDateTime(passkey.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {passkey.lastUsedAt
                        ? formatDateTime(passkey.lastUsedAt, i18n.language)
                        : t('passkeys.never')}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        aria-label={t('passkeys.removeNamed', { name: passkey.name })}
                        onClick={() => {
                          setNotice(null);
                          setRemoving(passkey);
                        }}
                      >
                        {t('passkeys.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
        )}
        {removing && (
          <RemovePasskeyForm
            key={removing.id}
            passkey={removing}
            onDone={(removed) => {
              setRemoving(null);
              if (removed) changed('removed');
            }}
          />
        )}
        <Title order={2} size="h3">
          {t('passkeys.add')}
        </Title>
        <AddPasskeyForm onAdded={() => changed('added')} />
      </Stack>
    </Paper>
  );
}
