import {
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminUsersApi } from '../../api/endpoints.ts';
import type { AdminUser } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { UserFormModal } from './UserFormModal.tsx';
import { UsersTable } from './UsersTable.tsx';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [formOpen, setFormOpen] = useState(false);

  const users = useQuery({
    queryKey: ['admin', 'users', { q, page }],
    queryFn: () => adminUsersApi.list({ q, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((users.data?.total ?? 0) / PAGE_SIZE));

  function openForm(user: AdminUser | null) {
    setEditing(user);
    setFormOpen(true);
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('admin.users.title')}</Title>
        <Button onClick={() => openForm(null)}>{t('admin.users.create')}</Button>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <TextInput
            label={t('admin.users.search')}
            description={t('admin.users.searchHelp')}
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            maw={420}
          />
          <ErrorAlert error={users.error} />
          {users.isPending && (
            <Center py="lg">
              <Loader />
            </Center>
          )}
          {users.data && users.data.items.length === 0 && <Text role="status">{t('admin.users.empty')}</Text>}
          {users.data && users.data.items.length > 0 && (
            <UsersTable users={users.data.items} onEdit={(user) => openForm(user)} />
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('admin.users.total', { count: users.data?.total ?? 0 })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label': t(`common.pagination.${control}`),
                })}
                getItemProps={(item) => ({ 'aria-label': t('common.pagination.page', { page: item }) })}
              />
            )}
          </Group>
        </Stack>
      </Paper>
      <UserFormModal user={editing} opened={formOpen} onClose={() => setFormOpen(false)} />
    </Stack>
  );
}
