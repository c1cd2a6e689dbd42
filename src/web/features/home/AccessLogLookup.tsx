// Supervisors check who has looked at or changed a record (the audit trail's access log). An account is
// named by its user name, as people know it; an agency by its identifier.
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { AuditActionText } from '../access-log/AuditActionText.tsx';

const ENTITY_TYPES = ['user', 'agency'] as const;

export function AccessLogLookup() {
  const { t, i18n } = useTranslation();
  const [entityType, setEntityType] = useState<string>('user');
  const [entityId, setEntityId] = useState('');
  const lookup = useMutation({
    mutationFn: () =>
      entityType === 'user'
        ? auditApi.accountAccessLog(entityId.trim())
        : auditApi.accessLog(entityType, entityId.trim()),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (entityId.trim()) lookup.mutate();
  }

  return (
    <Stack gap="sm" mt="sm">
      <Title order={3} size="h4">
        {t('accessLog.title')}
      </Title>
      <Text size="sm">{t('accessLog.help')}</Text>
      <Group component="form" onSubmit={submit} align="flex-end" gap="sm">
        <NativeSelect
          label={t('accessLog.entityType')}
          value={entityType}
          onChange={(event) => setEntityType(event.currentTarget.value)}
          data={ENTITY_TYPES.map((type) => ({ value: type, label: t(`accessLog.types.${type}`) }))}
        />
        <TextInput
          label={entityType === 'user' ? t('accessLog.username') : t('accessLog.entityId')}
          value={entityId}
          onChange={(event) => setEntityId(event.currentTarget.value)}
          spellCheck={false}
          w={320}
        />
        <Button type="submit" loading={lookup.isPending}>
          {t('accessLog.submit')}
        </Button>
      </Group>
      <ErrorAlert error={lookup.error} />
      {lookup.data && lookup.data.items.length === 0 && <Text role="status">{t('accessLog.empty')}</Text>}
      {lookup.data && lookup.data.items.length > 0 && (
        <TableScroller label={t('accessLog.title')} minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accessLog.at')}</Table.Th>
                <Table.Th>{t('accessLog.actor')}</Table.Th>
                <Table.Th>{t('caseAccessLog.agency')}</Table.Th>
                <Table.Th>{t('accessLog.action')}</Table.Th>
                <Table.Th>{t('accessLog.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lookup.data.items.map((entry) => (
                <Table.Tr key={`${entry.at}:${entry.actorId}:${entry.action}`}>
                  <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    {entry.actorUsername
                      ? `${entry.actorName ?? ''} (${entry.actorUsername})`
                      : t('accessLog.system')}
                  </Table.Td>
                  <Table.Td>{entry.actorAgencyName ?? ''}</Table.Td>
                  <Table.Td>
                    <AuditActionText action={entry.action} />
                  </Table.Td>
                  <Table.Td>
                    {t(`accessLog.outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
    </Stack>
  );
}
