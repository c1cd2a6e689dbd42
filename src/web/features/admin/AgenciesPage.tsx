import { Button, Center, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, Locale } from '../../api/types.ts';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../session/session.ts';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { unitName, useAgencies, useAgencyKinds, useUnits } from '../../api/referenceQueries.ts';

export function AgenciesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.agencies.title'));
  const me = useMe();
  const agencies = useAgencies();
  const kinds = useAgencyKinds();
  const units = useUnits(me.user.country);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Agency | null>(null);
  const [formOpen, setFormOpen] = useState(false);

  const kindName = (kind: string) => {
    const found = kinds.data?.find((item) => item.kind === kind);
    return found ? (found.names[i18n.language as Locale] ?? found.names.en) : kind;
  };
  const unitLabel = (code: string) => {
    const found = units.data?.find((unit) => unit.code === code);
    return found ? unitName(found, i18n.language) : code;
  };
  const needle = filter.trim().toLocaleLowerCase();
  const visible = (agencies.data ?? []).filter(
    (agency) => !needle || agency.name.toLocaleLowerCase().includes(needle),
  );

  function openForm(agency: Agency | null) {
    setEditing(agency);
    setFormOpen(true);
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('admin.agencies.title')}</Title>
        <Button onClick={() => openForm(null)}>{t('admin.agencies.create')}</Button>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <TextInput
            label={t('admin.agencies.filter')}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            maw={420}
          />
          <ErrorAlert error={agencies.error} />
          {agencies.isPending && (
            <Center py="lg">
              <Loader />
            </Center>
          )}
          {agencies.data && visible.length === 0 && <Text role="status">{t('admin.agencies.empty')}</Text>}
          {visible.length > 0 && (
            <TableScroller label={t('admin.agencies.caption')} minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption className="visually-hidden">{t('admin.agencies.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.agencies.name')}</Table.Th>
                    <Table.Th scope="col">{t('admin.agencies.kind')}</Table.Th>
                    <Table.Th scope="col">{t('admin.agencies.units')}</Table.Th>
                    <Table.Th scope="col">{t('admin.agencies.statusLabel')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('admin.users.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visible.map((agency) => (
                    <Table.Tr key={agency.id}>
                      <Table.Td fw={600}>{agency.name}</Table.Td>
                      <Table.Td>{kindName(agency.kind)}</Table.Td>
                      <Table.Td>{agency.unitCodes.map(unitLabel).join(', ') || '—'}</Table.Td>
                      <Table.Td>
                        <StatusLabel
                          tone={agency.status === 'active' ? 'green' : 'gray'}
                          label={t(`admin.agencies.status.${agency.status}`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="default"
                          size="xs"
                          onClick={() => openForm(agency)}
                          aria-label={t('admin.agencies.editNamed', { name: agency.name })}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroller>
          )}
        </Stack>
      </Paper>
      <AgencyFormModal agency={editing} opened={formOpen} onClose={() => setFormOpen(false)} />
    </Stack>
  );
}
