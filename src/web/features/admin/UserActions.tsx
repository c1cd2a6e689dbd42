// Row actions for one user. Disabling and resetting MFA lock someone out of their work, so both ask
// for confirmation first.
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminUsersApi } from '../../api/endpoints.ts';
import type { AdminUser } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

type Action = 'disable' | 'enable' | 'reset-mfa';

export function UserActions({ user, onEdit }: { user: AdminUser; onEdit: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Action | null>(null);

  const act = useMutation({
    mutationFn: (action: Action) => adminUsersApi.act(user, action),
    onSuccess: async () => {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });

  function close() {
    setPending(null);
    act.reset();
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            aria-label={t('admin.users.actionsFor', { name: user.displayName })}
          >
            {t('admin.users.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onEdit}>{t('common.edit')}</Menu.Item>
          {user.status === 'active' ? (
            <Menu.Item onClick={() => setPending('disable')}>{t('admin.users.disable')}</Menu.Item>
          ) : (
            <Menu.Item onClick={() => setPending('enable')}>{t('admin.users.enable')}</Menu.Item>
          )}
          {user.mfaEnabled && (
            <Menu.Item onClick={() => setPending('reset-mfa')}>{t('admin.users.resetMfa')}</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={pending !== null}
        onClose={close}
        title={pending ? t(`admin.users.confirm.${pending}.title`) : ''}
      >
        <Stack gap="md">
          <Text>{pending ? t(`admin.users.confirm.${pending}.body`, { name: user.displayName }) : ''}</Text>
          <ErrorAlert error={act.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={pending === 'enable' ? 'blue' : 'red.9'}
              loading={act.isPending}
              onClick={() => pending && act.mutate(pending)}
            >
              {pending ? t(`admin.users.${pending === 'reset-mfa' ? 'resetMfa' : pending}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
