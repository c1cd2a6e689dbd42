import { Group, Table, Text } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types.ts';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { ScopeText } from '../home/HomePage.tsx';
import { PendingGrants } from './PendingGrants.tsx';
import { UserActions } from './UserActions.tsx';

function StatusBadge({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
  if (user.status === 'disabled') return <StatusLabel tone="gray" label={t('admin.users.status.disabled')} />;
  if (locked) return <StatusLabel tone="orange" label={t('admin.users.status.locked')} />;
  return <StatusLabel tone="green" label={t('admin.users.status.active')} />;
}

export function UsersTable({ users, onEdit }: { users: AdminUser[]; onEdit: (user: AdminUser) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroller label={t('admin.users.caption')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{t('admin.users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.agency')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.mfa')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('admin.users.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td>{user.agencyName ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((grant) => (
                    <Text key={`${grant.role}:${grant.scope}:${grant.unitCode ?? ''}`} size="xs">
                      {t(`roles.${grant.role}.name`)} (<ScopeText grant={grant} />)
                    </Text>
                  ))}
                </Group>
                <PendingGrants user={user} />
              </Table.Td>
              <Table.Td>
                <StatusBadge user={user} />
              </Table.Td>
              <Table.Td>{user.mfaEnabled ? t('common.yes') : t('common.no')}</Table.Td>
              <Table.Td>
                {user.lastSignInAt
                  ? formatDateTime(user.lastSignInAt, i18n.language)
                  : t('admin.users.never')}
              </Table.Td>
              <Table.Td>
                <UserActions user={user} onEdit={() => onEdit(user)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
