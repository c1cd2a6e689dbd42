// Create a user, or edit one (name, agency, roles). Edits carry the record version the form was
// opened with, so a concurrent change by another administrator is reported instead of overwritten.
import { Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminUsersApi } from '../../api/endpoints.ts';
import type { AdminUser, RoleGrant } from '../../api/types.ts';
import { PasswordField } from '../../components/PasswordField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useMe } from '../../session/session.ts';
import { useAgencies, useUnits } from '../../api/referenceQueries.ts';
import { RolesEditor } from './RolesEditor.tsx';

interface Props {
  /** null: create a new user. */
  user: AdminUser | null;
  opened: boolean;
  onClose: () => void;
}

export function UserFormModal({ user, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.createTitle')}
      size="xl"
    >
      {/* Keyed so each opening starts from the record as it is now. */}
      {opened && <UserForm key={user?.id ?? 'new'} user={user} onDone={onClose} />}
    </Modal>
  );
}

function UserForm({ user, onDone }: { user: AdminUser | null; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const units = useUnits(me.user.country);
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [agencyId, setAgencyId] = useState<string | null>(user?.agencyId ?? null);
  const [roles, setRoles] = useState<RoleGrant[]>(user?.roles ?? []);
  const [password, setPassword] = useState('');

  const save = useMutation({
    mutationFn: () =>
      user
        ? adminUsersApi.update(user, {
            displayName: displayName.trim(),
            agencyId,
            // Roles go only when changed: an account whose grants await a second administrator shows none
            // in force, and renaming it must not ask to change (or empty) them.
            ...(JSON.stringify(roles) !== JSON.stringify(user.roles) ? { roles } : {}),
          })
        : adminUsersApi.create({
            username: username.trim(),
            displayName: displayName.trim(),
            agencyId,
            roles,
            password,
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  const agencyOptions = (agencies.data ?? [])
    .filter((agency) => agency.status === 'active' || agency.id === user?.agencyId)
    .map((agency) => ({ value: agency.id, label: agency.name }));

  return (
    <FormStack onSubmit={submit}>
      <ErrorAlert error={save.error} />
      <Group grow align="flex-start">
        <TextInput
          label={t('admin.users.username')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          disabled={Boolean(user)}
          autoComplete="off"
          spellCheck={false}
          required
          data-autofocus={user ? undefined : true}
        />
        <TextInput
          label={t('admin.users.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          required
          data-autofocus={user ? true : undefined}
        />
      </Group>
      <Select
        label={t('admin.users.agency')}
        placeholder={t('admin.users.noAgency')}
        data={agencyOptions}
        value={agencyId}
        onChange={setAgencyId}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <RolesEditor value={roles} onChange={setRoles} units={units.data} />
      {!user && (
        <PasswordField
          label={t('admin.users.initialPassword')}
          description={t('admin.users.initialPasswordHelp')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="new-password"
          required
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {user ? t('common.save') : t('admin.users.create')}
        </Button>
      </Group>
    </FormStack>
  );
}
